/**
 * Display and copy-out text of a stored value. The one requirement: the text must paste back into our
 * own parser as the same value, and into Excel/WPS as what the user sees in our grid.
 *
 * Decisions:
 * - date and yearMonth stay as stored (20230901, 202309): that is the national platform's format, and
 *   Excel keeps such digits as a plain number rather than reinterpreting them as a date.
 * - percent is written without '%' (12.5, not 12.5%): the unit lives in the header as for every other
 *   number (docs/domain.md §1 rule 5), and Excel would store '12.5%' as 0.125, which a template column
 *   formatted as a number would then show as 0.125.
 * - numbers have no thousands separators and never an exponent; the shortest exact digits are written
 *   (1.5, not 1.50) so nothing is invented.
 * - booleans are 是/否, which parseCellInput reads back.
 * - empty is '' (an empty cell, never 0).
 */
import type { FieldDef } from '../catalog/catalog-types';
import type { CellValue } from '../records/record-types';

/** Text for a stored value, for the grid, copy-out (TSV) and exports. */
export function formatCellValue(_field: FieldDef, value: CellValue): string {
  if (value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? '是' : '否';
  // The field is not needed for numbers (shortest exact digits for every numeric type) and a value stored
  // under a mismatched type still shows what is stored; it stays in the signature for future per-type display.
  return formatPlainNumber(value);
}

/** Decimal digits without exponent or grouping: 1e21 → '1000000000000000000000', 1e-7 → '0.0000001'. */
export function formatPlainNumber(n: number): string {
  if (!Number.isFinite(n)) return '';
  if (n === 0) return '0';
  const s = String(n);
  // Only numbers from 1e21 and below 1e-6 print with an exponent.
  if (!s.includes('e')) return s;
  const m = /^(-?)(\d+)(?:\.(\d+))?e([+-]\d+)$/.exec(s);
  if (m === null) return s;
  const [, sign = '', int = '', frac = '', expText = '0'] = m;
  const digits = int + frac;
  const point = int.length + Number(expText);
  if (point <= 0) return `${sign}0.${'0'.repeat(-point)}${digits}`;
  if (point >= digits.length) return `${sign}${digits}${'0'.repeat(point - digits.length)}`;
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}
