/**
 * 公民身份号码 (GB 11643-1999): 6-digit region, 8-digit birth date, 3-digit sequence, 1 check character
 * computed with ISO 7064 MOD 11-2. The check catches almost every single-digit typo and transposition,
 * so the region test stays deliberately loose: known province prefixes plus 71/81/82/83 (台港澳, also used
 * by residence permits) and a leading 9 (the 2023 foreigners' permanent residence card uses the same
 * layout). 15-digit first-generation numbers were withdrawn in 2013 and are refused.
 */
import { PROVINCES } from '../workspace/provinces';
import { fullWidthToHalf } from './full-width';
import { isDateAt } from './date-text';

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK_CHARS = '10X98765432';
const REGION_PREFIXES: ReadonlySet<string> = new Set([
  ...PROVINCES.map(([code]) => code),
  '71',
  '81',
  '82',
  '83',
]);
const SHAPE = /^\d{17}[\dX]$/;

/** The check character for the first 17 digits of an ID number (caller guarantees 17 ASCII digits). */
export function idCardCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += (first17.charCodeAt(i) - 48) * (WEIGHTS[i] ?? 0);
  return CHECK_CHARS[sum % 11] ?? '';
}

export type IdCardFailure =
  | { readonly ok: false; readonly reason: 'id-card-length'; readonly length: number }
  | {
      readonly ok: false;
      readonly reason: 'id-card-chars' | 'id-card-region' | 'id-card-birth' | 'scientific-notation';
    }
  | { readonly ok: false; readonly reason: 'id-card-check'; readonly expected: string };

export type IdCardCheck = { readonly ok: true; readonly value: string } | IdCardFailure;

const SCIENTIFIC = /^\d(?:\.\d+)?E\+\d+$/;

/**
 * Checks and normalises an ID number: full-width folded, lowercase x → X. `text` is trimmed and non-empty.
 * Also used on stored values, which must already be in normal form to pass.
 */
export function checkIdCard(text: string): IdCardCheck {
  const s = fullWidthToHalf(text).toUpperCase();
  if (SCIENTIFIC.test(s)) return { ok: false, reason: 'scientific-notation' };
  if (s.length !== 18) return { ok: false, reason: 'id-card-length', length: s.length };
  if (!SHAPE.test(s)) return { ok: false, reason: 'id-card-chars' };
  if (!REGION_PREFIXES.has(s.slice(0, 2)) && s[0] !== '9') return { ok: false, reason: 'id-card-region' };
  if (!isDateAt(s, 6)) return { ok: false, reason: 'id-card-birth' };
  const expected = idCardCheckChar(s);
  if (s[17] !== expected) return { ok: false, reason: 'id-card-check', expected };
  return { ok: true, value: s };
}

/**
 * True when a stored value is a valid ID number in normal form. Same rules as checkIdCard without
 * allocating: it runs on every ID cell whenever a 100,000-row table is validated.
 */
export function isStoredIdCard(s: string): boolean {
  if (s.length !== 18) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const d = s.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return false;
    sum += d * (WEIGHTS[i] ?? 0);
  }
  if (s.charCodeAt(17) !== CHECK_CHARS.charCodeAt(sum % 11)) return false;
  const c0 = s.charCodeAt(0);
  if (c0 !== 57 && !REGION_PREFIXES.has(s.slice(0, 2))) return false;
  return isDateAt(s, 6);
}
