/**
 * A stored value → the cell the national template holds (the platform's Excel-era rules): numbers of
 * numeric fields stay number cells; codes, ID numbers, dates (YYYYMMDD) and year-months (YYYYMM) are
 * text cells, never numbers Excel would round or reformat; booleans are 是/否; empty is a blank cell
 * (never 0). A text that looks like a formula (=, +, -, @ …) is written unchanged, and the sheet gives
 * its cell the quote-prefix style (isQuotedText), so the value read back is exactly the stored one.
 */
import type { FieldDef, FieldType } from '../catalog/catalog-types';
import type { CellValue } from '../records/record-types';
import { looksLikeFormula } from '../sheets/formula-guard';
import type { XValue } from '../sheets/xlsx-stream-writer';
import { formatPlainNumber } from '../values/format-cell-value';

const NUMERIC: ReadonlySet<FieldType> = new Set(['integer', 'decimal', 'percent']);

export function isNumericField(field: FieldDef): boolean {
  return NUMERIC.has(field.type);
}

/** The cell value for `value` in `field`'s column. */
export function nationalCellValue(numeric: boolean, value: CellValue | undefined): XValue {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (typeof value === 'number') return numeric ? value : formatPlainNumber(value);
  return value;
}

/** A text cell that needs the quote-prefix style so no spreadsheet takes it for a formula. */
export function isQuotedText(v: XValue): boolean {
  return typeof v === 'string' && looksLikeFormula(v);
}
