/**
 * One spreadsheet cell → the text the value layer parses for a field (parseCellInput does the rest:
 * trimming, full width, units, options, patterns). The import traps are handled here, because only
 * here is the cell's Excel type still known:
 * - a number in a text/code/ID column (学号 20230101 stored as a number) becomes its plain digits,
 *   never '20230101.0' or '2.0230101E+7'; a number Excel has already cut to 15 significant digits
 *   (an 18-digit ID typed as a number) is refused, because its last digits are gone;
 * - a real date cell becomes YYYYMMDD, or YYYYMM for a year-month field when its format shows no day;
 * - a formula contributes its cached value (the reader passes it); one without a cached value, and an
 *   error value like #N/A, is an error rather than an empty cell;
 * - empty stays empty: null and '' give '' (stored as null, never 0).
 */
import type { FieldDef } from '../catalog/catalog-types';
import type { CellValue } from '../records/record-types';
import { formatPlainNumber } from '../values/format-cell-value';
import {
  FORMULA_WITHOUT_VALUE,
  isSheetDate,
  isSheetError,
  isSheetPercent,
  type SheetCell,
  type SheetDate,
} from './sheet-cell';
import { SHEET_MESSAGES as M } from './sheet-messages';

/** Excel keeps 15 significant digits; beyond that an integer's last digits were replaced by zeros. */
const EXCEL_DIGITS = 15;

export type CellText =
  | { readonly ok: true; readonly text: string }
  | {
      readonly ok: false;
      readonly code: 'number-precision-lost' | 'excel-error' | 'formula-no-value';
      readonly message: string;
    };

const TEXTUAL = new Set(['text', 'code', 'idCard', 'enum']);

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

/** Excel's own precision: removes binary noise such as 0.30000000000000004 from formula results. */
function excelRound(n: number): number {
  return Number.isInteger(n) ? n : Number(n.toPrecision(EXCEL_DIGITS));
}

/** Digits of an integer's plain form: above 15, Excel has already replaced the tail by zeros. */
function integerDigits(n: number): number {
  return formatPlainNumber(Math.abs(n)).length;
}

function dateText(field: FieldDef, cell: SheetDate): string {
  const [y, m, d, hh, mm, ss] = cell.date;
  if (hh !== 0 || mm !== 0 || ss !== 0) return `${y}/${m}/${d} ${hh}:${pad(mm)}:${pad(ss)}`;
  if (field.type === 'yearMonth') return cell.monthOnly ? `${y}${pad(m)}` : `${y}-${pad(m)}-${pad(d)}`;
  if (field.type === 'integer' || field.type === 'decimal' || field.type === 'percent')
    return `${y}-${pad(m)}-${pad(d)}`;
  return `${y}${pad(m)}${pad(d)}`;
}

/** The text parseCellInput should read for `cell` in `field`'s column, or why the cell cannot be read. */
export function cellText(field: FieldDef, cell: SheetCell | undefined): CellText {
  if (cell === null || cell === undefined) return { ok: true, text: '' };
  if (typeof cell === 'string') return { ok: true, text: cell };
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell))
      return { ok: false, code: 'excel-error', message: M.excelError(field.label, String(cell)) };
    if (TEXTUAL.has(field.type) && Number.isInteger(cell) && integerDigits(cell) > EXCEL_DIGITS) {
      return { ok: false, code: 'number-precision-lost', message: M.precisionLost(field.label) };
    }
    return { ok: true, text: formatPlainNumber(excelRound(cell)) };
  }
  if (typeof cell === 'boolean') {
    const yes = field.type === 'boolean' || field.type === 'enum' || field.type === 'text';
    return { ok: true, text: yes ? (cell ? '是' : '否') : cell ? 'TRUE' : 'FALSE' };
  }
  if (isSheetDate(cell)) return { ok: true, text: dateText(field, cell) };
  if (isSheetPercent(cell))
    return { ok: true, text: `${formatPlainNumber(excelRound(cell.percent * 100))}%` };
  if (isSheetError(cell)) {
    return cell.error === FORMULA_WITHOUT_VALUE
      ? { ok: false, code: 'formula-no-value', message: M.formulaNoValue(field.label) }
      : { ok: false, code: 'excel-error', message: M.excelError(field.label, cell.error) };
  }
  return { ok: true, text: '' };
}

/**
 * A date or year-month the file writes another way than it is stored (2023-9 → 202309): reported as
 * 已处理, like a trimmed space, so the person sees what was changed.
 */
export function isReformatted(field: FieldDef, raw: string, value: CellValue): boolean {
  return (
    (field.type === 'date' || field.type === 'yearMonth') && typeof value === 'string' && value !== raw.trim()
  );
}
