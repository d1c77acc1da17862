/**
 * JSON from an untrusted bundle (docs/SECURITY.md J1): a byte cap before anything is decoded, a nesting cap
 * checked by a linear scan before JSON.parse (so `[[[[…` cannot exhaust a recursive walker or the
 * validator), strict UTF-8, and a refusal of `__proto__`, `constructor` and `prototype` keys anywhere —
 * JSON.parse itself stores them as plain own properties, but a later spread, merge or zod record copy
 * could turn them into prototype writes. One text has one meaning: a key repeated in an object (JSON.parse
 * silently keeps the last) and an integer beyond 2^53 (silently rounded) are refused as non-canonical,
 * so what a signature covers is exactly what is read (docs/bundle-rules.md). Never throws.
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
const COLON = 0x3a;
const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * A caller's own walk of the parsed value (e.g. table-file-check.ts tableFileMembers): the value's object
 * members counted as `walk` counts them when it is sure the walk would find no forbidden key and no
 * unsafe number in it, else null (then the walk below runs and decides).
 */
export type CleanMembers = (value: unknown) => number | null;

/** `label` names the file in messages, e.g. "tables/A10-1.json". */
export function parseBoundedJson(
  bytes: Uint8Array,
  bounds: JsonBounds,
  label: string,
  cleanMembers?: CleanMembers,
): Result<unknown, BoundedJsonErrorCode> {
  if (bytes.length > bounds.maxBytes)
    return err('too-large', `文件 ${label} 过大，超过 ${bounds.maxBytes} 字节的上限。`);
  const scanned = scanJsonBytes(bytes, bounds.maxDepth);
  if (scanned.depth > bounds.maxDepth) {
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
  // The caller's walk vouches for a clean value; only the member count is left to compare.
  if (cleanMembers !== undefined && cleanMembers(value) === scanned.keys) return ok(value);
  const walked = walk(value);
  if (walked.forbidden !== null)
    return err('json-invalid', `文件 ${label} 含有不允许的键名 "${walked.forbidden}"，已拒绝。`);
  if (walked.unsafeNumber)
    return err(
      'json-invalid',
      `文件 ${label} 含有超出 2^53 的整数（读取时会被舍入），不是规范的数据，已拒绝。`,
    );
  if (walked.keys !== scanned.keys)
    return err('json-invalid', `文件 ${label} 的同一对象中有重复的键名，不是规范的数据，已拒绝。`);
  return ok(value);
}

/**
 * One pass over the bytes before anything is decoded: the bracket depth outside strings (stops once past
 * `cap`) and the object keys as written — a string token followed, after JSON whitespace, by ':'. The
 * keys are compared with the parsed value's members only once JSON.parse accepted the text, so a repeated
 * key (JSON.parse keeps one) shows as a difference. UTF-8 multi-byte sequences never contain these ASCII
 * bytes, so scanning bytes is scanning the text. Inside a string only a quote or a backslash matters, so a
 * string is crossed by a loop of its own that looks for nothing else (most of a table file's bytes are in
 * strings; a third faster than one loop for everything, while reading exactly what it read —
 * bounded-json.test.ts holds it to that byte-by-byte scan).
 */
export function scanJsonBytes(bytes: Uint8Array, cap: number): { depth: number; keys: number } {
  let depth = 0;
  let max = 0;
  let keys = 0;
  const n = bytes.length;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === QUOTE) {
      let j = i + 1;
      for (; j < n; j++) {
        const c = bytes[j]!;
        if (c === QUOTE) break;
        // An escape: the byte after the backslash is never the end of the string.
        if (c === BACKSLASH) j++;
      }
      // An unterminated string runs to the end: nothing after it counts.
      if (j >= n) return { depth: max, keys };
      i = j;
      let k = i + 1;
      while (k < n && isJsonSpace(bytes[k]!)) k++;
      if (bytes[k] === COLON) keys++;
    } else if (b === OPEN_ARRAY || b === OPEN_OBJECT) {
      if (++depth > max) max = depth;
      if (depth > cap) return { depth, keys };
    } else if (b === CLOSE_ARRAY || b === CLOSE_OBJECT) depth--;
  }
  return { depth: max, keys };
}

const isJsonSpace = (b: number): boolean => b === 0x20 || b === 0x09 || b === 0x0a || b === 0x0d;

interface Walked {
  /** Object members in the parsed value (a repeated key was kept once by JSON.parse). */
  readonly keys: number;
  readonly forbidden: string | null;
  /** An integer beyond ±(2^53 − 1), or a number too large to be finite. */
  readonly unsafeNumber: boolean;
}

/** Iterative walk (depth is already bounded, but no recursion keeps it cheap and obviously safe). */
function walk(root: unknown): Walked {
  let keys = 0;
  let unsafeNumber = false;
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const v = stack.pop();
    if (typeof v === 'number') {
      if (!Number.isFinite(v) || (Number.isInteger(v) && !Number.isSafeInteger(v))) unsafeNumber = true;
      continue;
    }
    if (v === null || typeof v !== 'object') continue;
    if (Array.isArray(v)) {
      for (const item of v)
        if (typeof item === 'number' || (item !== null && typeof item === 'object')) stack.push(item);
      continue;
    }
    for (const key of Object.keys(v)) {
      if (FORBIDDEN_JSON_KEYS.has(key)) return { keys, forbidden: key, unsafeNumber };
      keys++;
      const child = (v as Record<string, unknown>)[key];
      if (typeof child === 'number' || (child !== null && typeof child === 'object')) stack.push(child);
    }
  }
  return { keys, forbidden: null, unsafeNumber };
}
