/** Converts between the grid's selection (model/selection.ts) and glide's GridSelection. */
import { CompactSelection, type GridSelection } from '@glideapps/glide-data-grid';
import { cellSelection, type Selection } from './model/selection';

export function toGlideSelection(s: Selection): GridSelection {
  const { c0, r0, c1, r1 } = s.range;
  return {
    current: {
      cell: [s.active.col, s.active.row],
      range: { x: c0, y: r0, width: c1 - c0 + 1, height: r1 - r0 + 1 },
      rangeStack: [],
    },
    columns: CompactSelection.empty(),
    rows: CompactSelection.empty(),
  };
}

/**
 * A selection made with the mouse: a cell range, whole rows (row numbers) or whole columns (headers),
 * the last two as ranges over all columns or all data rows.
 */
export function fromGlideSelection(g: GridSelection, cols: number, dataRows: number): Selection | null {
  const firstRow = g.rows.first();
  const lastRow = g.rows.last();
  if (firstRow !== undefined && lastRow !== undefined) {
    return { active: { col: 0, row: firstRow }, range: { c0: 0, r0: firstRow, c1: cols - 1, r1: lastRow } };
  }
  const firstCol = g.columns.first();
  const lastCol = g.columns.last();
  if (firstCol !== undefined && lastCol !== undefined) {
    return {
      active: { col: firstCol, row: 0 },
      range: { c0: firstCol, r0: 0, c1: lastCol, r1: Math.max(0, dataRows - 1) },
    };
  }
  if (!g.current) return null;
  const [col, row] = g.current.cell;
  const { x, y, width, height } = g.current.range;
  const s = cellSelection(col, row);
  return { active: s.active, range: { c0: x, r0: y, c1: x + width - 1, r1: y + height - 1 } };
}
