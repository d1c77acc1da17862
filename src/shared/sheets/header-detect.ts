/**
 * Finds the header row of a sheet: our templates put it on row 10 under a header block, the national
 * templates around row 10, people's own sheets on row 1 — sometimes as two rows with merged group
 * cells above ('学校举办者' spanning '名称(全称)' and '性质'), or with a vertically merged '学号' spanning
 * both rows. Every row among the first ones is scored by how many distinct fields its columns name
 * (alone, or joined with the merged cell above); the best row wins. Data starts right below it.
 */
import type { TableDef } from '../catalog/catalog-types';
import { buildLabelIndex, matchHeader, type LabelIndex } from './header-labels';
import { cellDisplay, type MergeRange, type SheetGrid } from './sheet-cell';

/** Rows scanned for a header; the national templates' block ends by row 10. */
export const HEADER_SCAN_ROWS = 40;

export interface DetectedColumn {
  /** 0-based sheet column. */
  readonly index: number;
  /** Header text as shown to the user (parent — child for two-row headers). */
  readonly label: string;
  /** Matched field key, or null when the label names no field. */
  readonly fieldKey: string | null;
}

export interface HeaderDetection {
  /** 0-based row of the (last) header row; -1 when the sheet is empty. */
  readonly headerRow: number;
  /** 1 or 2 (a merged group row above). */
  readonly headerRows: number;
  /** 0-based first data row. */
  readonly dataStart: number;
  readonly columns: readonly DetectedColumn[];
  /** Fields matched; 0 means no row looked like a header. */
  readonly matched: number;
}

function mergeLookup(merges: readonly MergeRange[]): (r: number, c: number) => MergeRange | undefined {
  const relevant = merges.filter((m) => m.r0 < HEADER_SCAN_ROWS + 1);
  return (r, c) => relevant.find((m) => r >= m.r0 && r <= m.r1 && c >= m.c0 && c <= m.c1);
}

/** Text of a header cell; a cell inside a merge reads the merge's top-left text. */
function headerText(grid: SheetGrid, find: ReturnType<typeof mergeLookup>, r: number, c: number): string {
  const m = find(r, c);
  const row = m ? m.r0 : r;
  const col = m ? m.c0 : c;
  return cellDisplay(grid.cell(row, col)).trim();
}

interface RowReading {
  readonly columns: DetectedColumn[];
  readonly matched: number;
  readonly usedParent: boolean;
}

function readRow(
  grid: SheetGrid,
  index: LabelIndex,
  find: ReturnType<typeof mergeLookup>,
  r: number,
): RowReading {
  const width = Math.max(grid.rowLength(r), r > 0 ? grid.rowLength(r - 1) : 0);
  const seen = new Set<string>();
  const columns: DetectedColumn[] = [];
  let usedParent = false;
  for (let c = 0; c < width; c++) {
    const own = headerText(grid, find, r, c);
    const parentMerge = r > 0 ? find(r - 1, c) : undefined;
    // A parent is a group label above: the cell above, unless it is the same vertical merge as this one.
    const above = r > 0 && !(parentMerge && parentMerge.r1 >= r) ? headerText(grid, find, r - 1, c) : '';
    const joined = above !== '' && own !== '' ? `${above}—${own}` : '';
    let key = matchHeader(index, own === '' ? [] : [own]);
    let label = own;
    if (joined !== '') {
      const viaParent = matchHeader(index, [joined]);
      if (viaParent !== null && (key === null || seen.has(key))) {
        key = viaParent;
        label = joined;
        usedParent = true;
      } else if (key === null) label = joined;
    }
    if (key !== null && seen.has(key)) key = null;
    if (key !== null) seen.add(key);
    columns.push({ index: c, label, fieldKey: key });
  }
  return { columns, matched: seen.size, usedParent };
}

/** The most header-like row among the first HEADER_SCAN_ROWS rows. */
export function detectHeader(grid: SheetGrid, table: TableDef): HeaderDetection {
  const index = buildLabelIndex(table);
  const find = mergeLookup(grid.merges);
  const last = Math.min(grid.rowCount, HEADER_SCAN_ROWS);
  let best: { r: number; reading: RowReading } | null = null;
  for (let r = 0; r < last; r++) {
    if (grid.rowLength(r) === 0) continue;
    const reading = readRow(grid, index, find, r);
    if (reading.matched > 0 && (best === null || reading.matched > best.reading.matched))
      best = { r, reading };
  }
  if (best === null) return fallback(grid, find, index);
  const { r, reading } = best;
  return {
    headerRow: r,
    headerRows: reading.usedParent ? 2 : 1,
    dataStart: r + 1,
    columns: trimEmpty(reading.columns),
    matched: reading.matched,
  };
}

/** No row names a field: take the first non-empty row as the header and let the user map it. */
function fallback(grid: SheetGrid, find: ReturnType<typeof mergeLookup>, index: LabelIndex): HeaderDetection {
  const last = Math.min(grid.rowCount, HEADER_SCAN_ROWS);
  for (let r = 0; r < last; r++) {
    if (rowHasText(grid, r)) {
      const reading = readRow(grid, index, find, r);
      return {
        headerRow: r,
        headerRows: 1,
        dataStart: r + 1,
        columns: trimEmpty(reading.columns),
        matched: 0,
      };
    }
  }
  return { headerRow: -1, headerRows: 1, dataStart: 0, columns: [], matched: 0 };
}

function rowHasText(grid: SheetGrid, r: number): boolean {
  for (let c = 0; c < grid.rowLength(r); c++) if (cellDisplay(grid.cell(r, c)).trim() !== '') return true;
  return false;
}

/** Drops unlabelled, unmatched columns at the right edge (formatting residue). */
function trimEmpty(columns: DetectedColumn[]): DetectedColumn[] {
  let end = columns.length;
  while (end > 0 && columns[end - 1]?.label === '' && columns[end - 1]?.fieldKey === null) end--;
  return columns.slice(0, end);
}

/** Header detection at a row the user picked (the "表头在第 N 行" control). */
export function headerAtRow(grid: SheetGrid, table: TableDef, row: number): HeaderDetection {
  const index = buildLabelIndex(table);
  const find = mergeLookup(grid.merges);
  const reading = readRow(grid, index, find, row);
  return {
    headerRow: row,
    headerRows: reading.usedParent ? 2 : 1,
    dataStart: row + 1,
    columns: trimEmpty(reading.columns),
    matched: reading.matched,
  };
}
