/**
 * What a spreadsheet reader hands to the import pipeline: one value per cell, already reduced to plain
 * data (it crosses a Worker boundary by structured clone). Excel keeps a date as a serial number with a
 * date format, so the reader turns such cells into a calendar tuple here — the pipeline then writes it
 * as YYYYMMDD or YYYYMM for the field, never as a serial. Percent-formatted numbers keep their format
 * so 0.125 shown as 12.5% imports as 12.5. Error cells (#N/A) and formulas without a cached value are
 * kept as errors rather than becoming empty, so the user sees them.
 */

/** A real Excel date cell: [year, month, day, hours, minutes, seconds]; `monthOnly` when the format shows no day. */
export interface SheetDate {
  readonly date: readonly [number, number, number, number, number, number];
  readonly monthOnly?: true;
}

/** A number whose cell format is a percentage: Excel stores 12.5% as 0.125. */
export interface SheetPercent {
  readonly percent: number;
}

/** An Excel error value (#N/A, #DIV/0! …) or `formula-without-value`. */
export interface SheetError {
  readonly error: string;
}

export type SheetCell = string | number | boolean | null | SheetDate | SheetPercent | SheetError;

/**
 * One parsed sheet (row 0 is the sheet's first row) and its merged ranges (0-based, inclusive). A reader
 * may convert its own cells on demand (workbook-read.ts keeps SheetJS's dense sheet and converts a cell
 * when it is asked for), so hot loops ask for each cell once.
 */
export interface SheetGrid {
  readonly name: string;
  readonly rowCount: number;
  /** The widest row's cell count. */
  readonly columnCount: number;
  readonly merges: readonly MergeRange[];
  /** Cells the file holds in row r, trailing empty ones included (0 for an empty or missing row). */
  rowLength(r: number): number;
  /** The cell at (r, c); null when empty or outside the sheet. */
  cell(r: number, c: number): SheetCell;
}

/** A grid over rows already in memory (CSV, tests). */
export function arrayGrid(
  name: string,
  rows: readonly (readonly SheetCell[])[],
  merges: readonly MergeRange[] = [],
): SheetGrid {
  return {
    name,
    rowCount: rows.length,
    columnCount: rows.reduce((w, r) => Math.max(w, r.length), 0),
    merges,
    rowLength: (r) => rows[r]?.length ?? 0,
    cell: (r, c) => rows[r]?.[c] ?? null,
  };
}

export interface MergeRange {
  readonly r0: number;
  readonly c0: number;
  readonly r1: number;
  readonly c1: number;
}

export const FORMULA_WITHOUT_VALUE = 'formula-without-value';

export function isSheetDate(c: SheetCell): c is SheetDate {
  return typeof c === 'object' && c !== null && 'date' in c;
}

export function isSheetPercent(c: SheetCell): c is SheetPercent {
  return typeof c === 'object' && c !== null && 'percent' in c;
}

export function isSheetError(c: SheetCell): c is SheetError {
  return typeof c === 'object' && c !== null && 'error' in c;
}

/** Column letters of a 0-based index: 0 → A, 26 → AA. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let s = '';
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** Display text of a cell for previews and issue lists (not for conversion). */
export function cellDisplay(c: SheetCell): string {
  if (c === null) return '';
  if (typeof c === 'string') return c;
  if (typeof c === 'number') return String(c);
  if (typeof c === 'boolean') return c ? 'TRUE' : 'FALSE';
  if (isSheetDate(c)) {
    const [y, m, d, hh, mm, ss] = c.date;
    const ymd = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
    return hh || mm || ss ? `${ymd} ${hh}:${String(mm).padStart(2, '0')}` : ymd;
  }
  if (isSheetPercent(c)) return `${c.percent * 100}%`;
  return c.error === FORMULA_WITHOUT_VALUE ? '（公式无计算结果）' : c.error;
}

/** True when the cell holds nothing (null or a string of only spaces). */
export function isBlankCell(c: SheetCell | undefined): boolean {
  return c === null || c === undefined || (typeof c === 'string' && c.trim() === '');
}
