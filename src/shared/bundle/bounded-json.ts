/**
 * JSON from an untrusted bundle (docs/SECURITY.md J1): a byte cap before anything is decoded, a nesting cap
 * checked by a linear scan before JSON.parse (so `[[[[…` cannot exhaust a recursive walker or the
 * validator), strict UTF-8, and a refusal of `__proto__`, `constructor` and `prototype` keys anywhere —
 * JSON.parse itself stores them as plain own properties, but a later spread, merge or zod record copy
 * could turn them into prototype writes. Never throws.
 */
import { err, ok, type Result } from '../result';

export const FORBIDDEN_JSON_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

export type BoundedJsonErrorCode = 'too-large' | 'json-invalid';

export interface JsonBounds {
  readonly maxBytes: number;
  readonly maxDepth: number;
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_ARRAY = 0x5b;
const OPEN_OBJECT = 0x7b;
const CLOSE_ARRAY = 0x5d;
const CLOSE_OBJECT = 0x7d;
const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** `label` names the file in messages, e.g. "tables/A10-1.json". */
export function parseBoundedJson(
  bytes: Uint8Array,
  bounds: JsonBounds,
  label: string,
): Result<unknown, BoundedJsonErrorCode> {
  if (bytes.length > bounds.maxBytes)
    return err('too-large', `文件 ${label} 过大，超过 ${bounds.maxBytes} 字节的上限。`);
  if (maxNesting(bytes, bounds.maxDepth) > bounds.maxDepth) {
    return err('json-invalid', `文件 ${label} 的嵌套层数超过 ${bounds.maxDepth} 层，已拒绝。`);
  }
  let text: string;
  try {
    text = strictUtf8.decode(bytes);
  } catch {
    return err('json-invalid', `文件 ${label} 不是有效的 UTF-8 文本。`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return err('json-invalid', `文件 ${label} 不是有效的 JSON。`);
  }
  const bad = mayHoldForbiddenKey(text) ? findForbiddenKey(value) : null;
  if (bad !== null) return err('json-invalid', `文件 ${label} 含有不允许的键名 "${bad}"，已拒绝。`);
  return ok(value);
}

/** Bracket depth outside strings; stops counting once past `cap`. UTF-8 multi-byte sequences never contain these ASCII bytes. */
function maxNesting(bytes: Uint8Array, cap: number): number {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (inString) {
      if (b === BACKSLASH) i++;
      else if (b === QUOTE) inString = false;
    } else if (b === QUOTE) inString = true;
    else if (b === OPEN_ARRAY || b === OPEN_OBJECT) {
      if (++depth > cap) return depth;
    } else if (b === CLOSE_ARRAY || b === CLOSE_OBJECT) depth--;
  }
  return depth;
}

/**
 * Fast path: a key can only decode to a forbidden name if the raw text spells it out or uses a \u
 * escape (JSON has no other escape that yields a letter or '_'), so text without either needs no walk.
 */
function mayHoldForbiddenKey(text: string): boolean {
  return text.includes('\\u') || [...FORBIDDEN_JSON_KEYS].some((k) => text.includes(k));
}

/** Iterative walk (depth is already bounded, but no recursion keeps it cheap and obviously safe). */
function findForbiddenKey(root: unknown): string | null {
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const v = stack.pop();
    if (v === null || typeof v !== 'object') continue;
    if (Array.isArray(v)) {
      for (const item of v) if (item !== null && typeof item === 'object') stack.push(item);
      continue;
    }
    for (const key of Object.keys(v)) {
      if (FORBIDDEN_JSON_KEYS.has(key)) return key;
      const child = (v as Record<string, unknown>)[key];
      if (child !== null && typeof child === 'object') stack.push(child);
    }
  }
  return null;
}
