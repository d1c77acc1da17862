/**
 * Office-defined code patterns (a field's 格式) are matched by re2js, a linear-time engine: a pattern
 * such as `(a|a)+$` that makes a backtracking engine take seconds on one short value cannot slow a
 * station down. Patterns re2js cannot compile — backreferences, lookaround, or simply malformed — are
 * refused with a Chinese message in the catalog editor, in catalog checks and at setup-bundle import, so
 * every station matches with the same engine and the same meaning. The whole value must match.
 */
import { RE2JS } from 're2js';
import type { Catalog } from './catalog-types';

export interface FieldPattern {
  /** True when the whole `text` matches. */
  test(text: string): boolean;
}

const CACHE_MAX = 1000;
const cache = new Map<string, FieldPattern | null>();

/** The compiled pattern, or null when re2js cannot compile it. Never throws. */
export function compileFieldPattern(source: string): FieldPattern | null {
  const hit = cache.get(source);
  if (hit !== undefined || cache.has(source)) return hit ?? null;
  let compiled: FieldPattern | null;
  try {
    // Also a valid JavaScript pattern (unicode mode), so a sloppy source such as `\d{6` is refused rather
    // than read one way here and another way by a reader of the catalog. Compiling never backtracks.
    new RegExp(source, 'u');
    const re = RE2JS.compile(source);
    compiled = { test: (text) => re.testExact(text) };
  } catch {
    compiled = null;
  }
  if (cache.size >= CACHE_MAX) cache.clear();
  cache.set(source, compiled);
  return compiled;
}

/** Why a pattern is refused (Chinese), or null when it compiles. */
export function patternRefusal(source: string): string | null {
  return compileFieldPattern(source) === null
    ? `格式“${source}”无法识别：请使用标准正则写法，不支持回溯引用（如 \\1）和前瞻/后顾断言`
    : null;
}

/** The first field of `catalog` whose pattern is refused, with the message, or null. */
export function firstRefusedPattern(catalog: Pick<Catalog, 'tables'>): string | null {
  for (const t of catalog.tables)
    for (const f of t.fields) {
      const why = f.pattern === undefined ? null : patternRefusal(f.pattern);
      if (why !== null) return `表 ${t.code} 的字段「${f.label}」的${why}`;
    }
  return null;
}
