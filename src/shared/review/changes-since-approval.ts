/**
 * What changed since the last approval, so every reviewer sees exactly what a resubmission touched
 * (docs/ARCHITECTURE.md §4; the "modified since approval" signal DHIS2 lacks). Rows match by their stable id;
 * only values count — who/when/source metadata changes with every save and is not a data change.
 * A missing key and null are the same empty cell.
 */
import type { CellValue, StoredRow } from '../records/record-types';

export interface CellChange {
  readonly fieldKey: string;
  readonly before: CellValue;
  readonly after: CellValue;
}

export interface ChangedRow {
  readonly id: string;
  readonly before: StoredRow;
  readonly after: StoredRow;
  readonly cells: readonly CellChange[];
}

export interface ChangesSinceApproval {
  readonly added: readonly StoredRow[];
  readonly removed: readonly StoredRow[];
  readonly changed: readonly ChangedRow[];
  readonly unchanged: number;
}

const cell = (row: StoredRow, key: string): CellValue =>
  Object.hasOwn(row.values, key) ? (row.values[key] ?? null) : null;

/** Cell-by-cell difference of two versions of one row, in field-key order. */
export function changedCells(before: StoredRow, after: StoredRow): CellChange[] {
  const keys = [...new Set([...Object.keys(before.values), ...Object.keys(after.values)])].sort();
  const out: CellChange[] = [];
  for (const k of keys) {
    const b = cell(before, k);
    const a = cell(after, k);
    // Strict: 1 and '1' differ, because the stored type is part of the value (cells are typed on entry).
    if (b !== a) out.push({ fieldKey: k, before: b, after: a });
  }
  return out;
}

/** Rows added, removed and changed between the approved snapshot and the current data; current order is kept. */
export function changesSinceApproval(
  approvedSnapshot: readonly StoredRow[],
  current: readonly StoredRow[],
): ChangesSinceApproval {
  const approved = new Map(approvedSnapshot.map((r) => [r.id, r]));
  const currentIds = new Set(current.map((r) => r.id));
  const added: StoredRow[] = [];
  const changed: ChangedRow[] = [];
  let unchanged = 0;
  for (const row of current) {
    const before = approved.get(row.id);
    if (!before) {
      added.push(row);
      continue;
    }
    const cells = changedCells(before, row);
    if (cells.length) changed.push({ id: row.id, before, after: row, cells });
    else unchanged++;
  }
  const removed = approvedSnapshot.filter((r) => !currentIds.has(r.id));
  return { added, removed, changed, unchanged };
}

/** Whether anything changed at all: a resubmission without changes is worth telling the reviewer. */
export const hasChanges = (c: ChangesSinceApproval): boolean =>
  c.added.length > 0 || c.removed.length > 0 || c.changed.length > 0;
