/**
 * Reads the number a user typed or Excel/WPS displayed: '1,234', '-12.5', '１２３', '12.5%', '30人'.
 * It only recognises; whether a '%' or a unit is acceptable depends on the column and is decided by
 * the caller. Anything ambiguous ('12,34', '1.2E+17' — Excel's truncated display of a long number) is
 * refused rather than guessed.
 */
import { fullWidthToHalf } from './full-width';

export type NumberTextFailure = 'not-a-number' | 'unit-in-cell' | 'scientific-notation' | 'too-many-digits';

export type NumberText =
  | {
      readonly ok: true;
      readonly value: number;
      /** Decimal places after dropping trailing zeros ('1.50' has 1): what precision rules look at. */
      readonly decimals: number;
      readonly hadPercent: boolean;
      /** The column's own unit, when the text ended with it ('30人' in a 人 column). */
      readonly strippedUnit?: string;
    }
  | { readonly ok: false; readonly reason: NumberTextFailure };

// Thousands groups must be exact (1,234,567) so that '12,34' is not read as 1234.
const NUMBER = /^([+-]?)(\d{1,3}(?:,\d{3})+|\d+)?(?:\.(\d+))?$/;
const SCIENTIFIC = /^[+-]?(?:\d+\.?\d*|\.\d+)[eE][+-]?\d+$/;
const NUMBER_THEN_WORDS = /^[+-]?[\d,]*\.?\d+\s*[^\d\s.,]/;
// U+2212 MINUS SIGN and U+FE63 SMALL HYPHEN-MINUS come from Word, web pages and some IMEs.
const MINUS_LOOKALIKES = /[\u2212\ufe63]/g;
// Doubles hold 15 significant decimal digits exactly; beyond that a stored value would differ from the text.
const MAX_SIGNIFICANT_DIGITS = 15;

// What a number cell of a spreadsheet becomes (format-cell-value.ts formatPlainNumber): read directly.
const PLAIN_NUMBER = /^(-?)(\d+)(?:\.(\d+))?$/;

/** `text` is already trimmed and non-empty; `unit` is the field's unit ('' when none). */
export function readNumberText(text: string, unit: string): NumberText {
  // Plain ASCII digits have nothing to fold, strip or refuse (a unit that ends the text still goes the long way).
  const plain = unit === '' || !text.endsWith(unit) ? PLAIN_NUMBER.exec(text) : null;
  if (plain !== null) return numberOf(plain[1] ?? '', plain[2] ?? '0', plain[3] ?? '', false, undefined);
  let s = fullWidthToHalf(text).replace(MINUS_LOOKALIKES, '-').trim();
  let hadPercent = false;
  let strippedUnit: string | undefined;
  if (s.endsWith('%')) {
    hadPercent = true;
    s = s.slice(0, -1).trimEnd();
  } else if (unit !== '' && s.length > unit.length && s.endsWith(unit)) {
    strippedUnit = unit;
    s = s.slice(0, -unit.length).trimEnd();
  }
  if (SCIENTIFIC.test(s)) return { ok: false, reason: 'scientific-notation' };
  const m = NUMBER.exec(s);
  if (m === null || (m[2] === undefined && m[3] === undefined)) {
    return { ok: false, reason: NUMBER_THEN_WORDS.test(s) ? 'unit-in-cell' : 'not-a-number' };
  }
  return numberOf(m[1] ?? '', (m[2] ?? '0').replace(/,/g, ''), m[3] ?? '', hadPercent, strippedUnit);
}

function numberOf(
  sign: string,
  intPart: string,
  frac: string,
  hadPercent: boolean,
  strippedUnit: string | undefined,
): NumberText {
  const significant = (intPart + frac).replace(/^0+/, '').replace(/0+$/, '');
  if (significant.length > MAX_SIGNIFICANT_DIGITS) return { ok: false, reason: 'too-many-digits' };
  const value = Number(`${sign}${intPart}${frac === '' ? '' : `.${frac}`}`);
  const decimals = frac.replace(/0+$/, '').length;
  // -0 would format as '0' yet compare unequal in some places; store plain zero.
  const result = { ok: true as const, value: value === 0 ? 0 : value, decimals, hadPercent };
  return strippedUnit === undefined ? result : { ...result, strippedUnit };
}

const POWERS_OF_TEN = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

/**
 * True when a stored number has at most `places` decimals. Exact without formatting: for a double n
 * nearest to a decimal with ≤ places digits, round(n·10^p) is that decimal's integer k, and k / 10^p is
 * correctly rounded back to n; for a number with more digits the round trip lands elsewhere.
 */
export function fitsDecimalPlaces(n: number, places: number): boolean {
  if (Number.isInteger(n)) return true;
  const pow = POWERS_OF_TEN[places] ?? 10 ** places;
  const k = Math.round(n * pow);
  return Number.isSafeInteger(k) ? k / pow === n : true;
}
