/**
 * Where a pasted range goes and what each cell becomes. Like Excel: a single copied cell fills the whole
 * selection; a range whose size divides the selection is tiled over it; otherwise the range is pasted at
 * the selection's top-left cell and rows past the end become new rows. Each cell is converted with its
 * column's parser; text the column cannot hold is kept as an error cell (cell-input.ts), never dropped.
 */
import { readCellInput, type CellInput } from './cell-input';
import type { CellWrite } from './cell-writes';
import type { GridColumn } from './grid-columns';
import type { Range } from './selection';

export interface PastePlan {
  readonly writes: CellWrite[];
  /** Cells whose text the column could not hold (kept as error cells). */
  readonly errors: number;
  /** Pasted columns that fell beyond the table's last column or on read-only columns. */
  readonly skippedColumns: number;
  readonly rows: number;
  readonly cols: number;
}

function pasteArea(
  matrix: readonly (readonly string[])[],
  sel: Range,
): { r0: number; c0: number; h: number; w: number } {
  const mh = matrix.length;
  const mw = Math.max(0, ...matrix.map((r) => r.length));
  const sh = sel.r1 - sel.r0 + 1;
  const sw = sel.c1 - sel.c0 + 1;
  const tiles = (mh > 1 || mw > 1 || sh > 1 || sw > 1) && sh % mh === 0 && sw % mw === 0;
  return tiles ? { r0: sel.r0, c0: sel.c0, h: sh, w: sw } : { r0: sel.r0, c0: sel.c0, h: mh, w: mw };
}

/**
 * Distinct texts remembered per pasted column. Pasted columns repeat their values (options, yes/no,
 * dates, years), and conversion is deterministic, so each distinct text is converted once; a column of
 * unique texts (names, ID numbers) stops being remembered at this size.
 */
const MEMO_PER_COLUMN = 4096;

export function planPaste(
  matrix: readonly (readonly string[])[],
  sel: Range,
  columns: readonly GridColumn[],
): PastePlan {
  if (matrix.length === 0) return { writes: [], errors: 0, skippedColumns: 0, rows: 0, cols: 0 };
  const area = pasteArea(matrix, sel);
  const mh = matrix.length;
  const mw = Math.max(1, ...matrix.map((r) => r.length));
  const writes: CellWrite[] = [];
  let errors = 0;
  let skipped = 0;
  for (let dc = 0; dc < area.w; dc++) {
    const col = area.c0 + dc;
    const column = columns[col];
    if (column?.kind !== 'field') {
      skipped++;
      continue;
    }
    const field = column.field;
    const memo = new Map<string, CellInput>();
    for (let dr = 0; dr < area.h; dr++) {
      // Ragged rows (a short last line) read as empty cells, never shifted.
      const raw = matrix[dr % mh]?.[dc % mw] ?? '';
      let input = memo.get(raw);
      if (input === undefined) {
        input = readCellInput(field, raw, 'pasted');
        if (memo.size < MEMO_PER_COLUMN) memo.set(raw, input);
      }
      if (input.issue?.severity === 'error' && input.issue.code !== 'required') errors++;
      writes.push({ viewRow: area.r0 + dr, col, value: input.value });
    }
  }
  return { writes, errors, skippedColumns: skipped, rows: area.h, cols: area.w };
}
