/**
 * Reads dates (stored YYYYMMDD) and year-months (stored YYYYMM) in the shapes Excel/WPS display and
 * people type: 2023/9/1, 2023-09-01, 2023.9.1, 20230901, 2023年9月1日; 2023年9月, 2023.09, 2023-9, 202309.
 * Nothing is invented or guessed: a year-month is never padded to a date, and '2023.1' (which Excel
 * shows for the number 2023.10) is refused as ambiguous.
 */
import { fullWidthToHalf } from './full-width';

/** Years a status-data date can plausibly hold (births from 1900, plans to 2099); catches 0023 and 20203. */
const MIN_YEAR = 1900;
const MAX_YEAR = 2099;

const COMPACT_DATE = /^(\d{4})(\d{2})(\d{2})$/;
const SEPARATED_DATE = /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})$/;
const CHINESE_DATE = /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日?$/;
// Excel copies a date-time cell as '2023/9/1 0:00'; a midnight time is a pure date, any other is not.
const WITH_TIME = /^(.+?)[\sT]+(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?$/;
// Excel date serials 10000…73050 cover 1927…2099: what a date cell formatted as General shows.
const EXCEL_SERIAL = /^\d{5}$/;

const COMPACT_YM = /^(\d{4})(\d{2})$/;
const SEPARATED_YM = /^(\d{4})[-/](\d{1,2})$/;
const DOTTED_YM = /^(\d{4})\.(\d{1,2})$/;
const CHINESE_YM = /^(\d{4})\s*年\s*(\d{1,2})\s*月?$/;

const pad2 = (s: string): string => (s.length === 1 ? `0${s}` : s);

/** True for a real calendar day (Gregorian leap years) within the plausible year range. */
export function isValidYmd(year: number, month: number, day: number): boolean {
  if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
  return day <= days;
}

/** Digits of s[from, from+count) as a number, or -1 when any is not an ASCII digit (no allocation). */
function digitsAt(s: string, from: number, count: number): number {
  let n = 0;
  for (let i = from; i < from + count; i++) {
    const d = s.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

// Stored checks run on every date cell of a 100,000-row table, so they read char codes instead of slicing.

/** True for a stored YYYYMMDD string naming a real day. */
export function isStoredDate(s: string): boolean {
  return s.length === 8 && isValidYmd(digitsAt(s, 0, 4), digitsAt(s, 4, 2), digitsAt(s, 6, 2));
}

/** True for a stored YYYYMM string naming a real month. */
export function isStoredYearMonth(s: string): boolean {
  return s.length === 6 && isValidYmd(digitsAt(s, 0, 4), digitsAt(s, 4, 2), 1);
}

/** True when s[from, from+8) is a real YYYYMMDD day; used inside ID numbers. */
export function isDateAt(s: string, from: number): boolean {
  return isValidYmd(digitsAt(s, from, 4), digitsAt(s, from + 4, 2), digitsAt(s, from + 6, 2));
}

export type DateText =
  | { readonly ok: true; readonly value: string }
  | {
      readonly ok: false;
      readonly reason: 'bad-date' | 'date-has-time' | 'date-is-year-month' | 'excel-date-serial';
    };

/** `text` is trimmed and non-empty. */
export function readDateText(text: string): DateText {
  let s = fullWidthToHalf(text).trim();
  const timed = WITH_TIME.exec(s);
  if (timed !== null) {
    if (Number(timed[2]) !== 0 || Number(timed[3]) !== 0 || Number(timed[4] ?? '0') !== 0) {
      return { ok: false, reason: 'date-has-time' };
    }
    s = timed[1] ?? '';
  }
  const m = COMPACT_DATE.exec(s) ?? CHINESE_DATE.exec(s);
  const sep = m === null ? SEPARATED_DATE.exec(s) : null;
  const parts = m !== null ? [m[1], m[2], m[3]] : sep !== null ? [sep[1], sep[3], sep[4]] : null;
  if (parts !== null) {
    const [y = '', mo = '', d = ''] = parts;
    if (!isValidYmd(Number(y), Number(mo), Number(d))) return { ok: false, reason: 'bad-date' };
    return { ok: true, value: `${y}${pad2(mo)}${pad2(d)}` };
  }
  const ym = readPlainYearMonth(s);
  if (ym !== null && 'value' in ym) return { ok: false, reason: 'date-is-year-month' };
  if (EXCEL_SERIAL.test(s)) return { ok: false, reason: 'excel-date-serial' };
  return { ok: false, reason: 'bad-date' };
}

export type YearMonthText =
  | { readonly ok: true; readonly value: string; readonly fromDate: boolean }
  | {
      readonly ok: false;
      readonly reason: 'bad-year-month' | 'date-for-year-month';
      readonly suggestion?: string;
    }
  | { readonly ok: false; readonly reason: 'ambiguous-year-month'; readonly year: string };

type PlainYm = { value: string } | { invalid: true } | { ambiguousYear: string };

function readPlainYearMonth(s: string): PlainYm | null {
  const dotted = DOTTED_YM.exec(s);
  if (dotted !== null && dotted[2] === '1') return { ambiguousYear: dotted[1] ?? '' };
  const m = COMPACT_YM.exec(s) ?? SEPARATED_YM.exec(s) ?? dotted ?? CHINESE_YM.exec(s);
  if (m === null) return null;
  const y = m[1] ?? '';
  const mo = m[2] ?? '';
  return isValidYmd(Number(y), Number(mo), 1) ? { value: `${y}${pad2(mo)}` } : { invalid: true };
}

/**
 * `text` is trimmed and non-empty. A full date is accepted only when it names the 1st (what Excel stores
 * when someone types '2023-9'), and then with `fromDate` set so the caller can say so; any other day is
 * refused because the user may have put a real date in the wrong column.
 */
export function readYearMonthText(text: string): YearMonthText {
  const s = fullWidthToHalf(text).trim();
  const plain = readPlainYearMonth(s);
  if (plain !== null) {
    if ('value' in plain) return { ok: true, value: plain.value, fromDate: false };
    if ('ambiguousYear' in plain)
      return { ok: false, reason: 'ambiguous-year-month', year: plain.ambiguousYear };
    return { ok: false, reason: 'bad-year-month' };
  }
  const date = readDateText(s);
  if (date.ok) {
    const ym = date.value.slice(0, 6);
    if (date.value.endsWith('01')) return { ok: true, value: ym, fromDate: true };
    return { ok: false, reason: 'date-for-year-month', suggestion: ym };
  }
  return { ok: false, reason: 'bad-year-month' };
}
