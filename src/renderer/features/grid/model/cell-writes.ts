/**
 * Turns cell writes in view coordinates into row changes. Writes at or past the end of the view add
 * rows at the end of the slice (typing in the blank row, pasting past the last row). Unchanged cells
 * and rows are dropped, so an edit that changes nothing saves nothing.
 */
import type { CellValue, RecordSource, StoredRow } from '../../../../shared/records/record-types';
import type { GridColumn } from './grid-columns';
import type { RowChange } from './row-changes';

export interface CellWrite {
  readonly viewRow: number;
  readonly col: number;
  readonly value: CellValue;
}

export interface Stamp {
  readonly by: string;
  readonly at: string;
  readonly src: RecordSource;
}

export interface WriteContext {
  readonly rows: readonly StoredRow[];
  /** View row → stored index; null when the view shows the stored order unfiltered. */
  readonly view: readonly number[] | null;
  readonly columns: readonly GridColumn[];
  readonly stamp: Stamp;
  readonly newId: () => string;
}

export function viewLength(rows: readonly StoredRow[], view: readonly number[] | null): number {
  return view ? view.length : rows.length;
}

export function storedIndex(view: readonly number[] | null, viewRow: number): number {
  return view ? (view[viewRow] ?? -1) : viewRow;
}

export function buildCellChanges(ctx: WriteContext, writes: readonly CellWrite[]): RowChange[] {
  const { rows, view, columns, stamp } = ctx;
  // Cells by view row, as plain objects (a paste of 10,000 × 20 cells builds 10,000 of them).
  const byRow = new Map<number, Record<string, CellValue>>();
  for (const w of writes) {
    const column = columns[w.col];
    if (column?.kind !== 'field') continue;
    let cells = byRow.get(w.viewRow);
    if (!cells) byRow.set(w.viewRow, (cells = {}));
    cells[column.field.key] = w.value;
  }
  const length = viewLength(rows, view);
  const changes: RowChange[] = [];
  const added: [number, Record<string, CellValue>][] = [];
  for (const [viewRow, cells] of byRow) {
    if (viewRow >= length) {
      added.push([viewRow, cells]);
      continue;
    }
    const index = storedIndex(view, viewRow);
    const before = rows[index];
    if (!before) continue;
    let values: Record<string, CellValue> | null = null;
    for (const key in cells) {
      const value = cells[key] as CellValue;
      if (Object.is(before.values[key] ?? null, value)) continue;
      values ??= { ...before.values };
      values[key] = value;
    }
    if (values)
      changes.push({
        index,
        before,
        after: { id: before.id, values, by: stamp.by, at: stamp.at, src: stamp.src },
      });
  }
  added.sort((a, b) => a[0] - b[0]);
  let next = rows.length;
  for (const [, values] of added) {
    let any = false;
    for (const key in values) {
      const value = values[key];
      if (value !== null && value !== '') {
        any = true;
        break;
      }
    }
    if (!any) continue;
    changes.push({
      index: next++,
      before: null,
      after: { id: ctx.newId(), values, by: stamp.by, at: stamp.at, src: stamp.src },
    });
  }
  return changes;
}
