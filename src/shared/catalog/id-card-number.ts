/**
 * 公民身份号码 check (GB 11643-1999): 18 characters — 6-digit area code, 8-digit birth date, 3-digit
 * sequence, and a check character computed ISO 7064 MOD 11-2. Used by idCard fields.
 */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK_CHARS = '10X98765432';

/** True for a real calendar date written YYYYMMDD. */
export function isCalendarDate(yyyymmdd: string): boolean {
  if (!/^\d{8}$/.test(yyyymmdd)) return false;
  const y = Number(yyyymmdd.slice(0, 4));
  const m = Number(yyyymmdd.slice(4, 6));
  const d = Number(yyyymmdd.slice(6, 8));
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** True when `id` is an 18-character ID number with a valid birth date and check character. */
export function isValidIdCardNumber(id: string): boolean {
  if (!/^\d{17}[\dX]$/.test(id) || !isCalendarDate(id.slice(6, 14))) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(id[i]) * (WEIGHTS[i] ?? 0);
  return CHECK_CHARS[sum % 11] === id[17];
}
