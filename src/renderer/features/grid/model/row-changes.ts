/**
 * Every edit of the grid — a typed cell, a paste, a fill, inserted or deleted rows — is a list of row
 * changes: the row before and after, at its position in the slice's stored order. The same list applies
 * the edit to the rows in memory, is pushed on the undo stack (inverted to undo), and decides how the
 * edit is saved:
 * - updates and rows appended at the end go through Repository.applyRowEdits, which rewrites only the
 *   touched blocks (a cell edit at 100k rows stays cheap);
 * - anything that needs a row in the middle (insert above, undoing a delete) replaces the slice with
 *   commitSlice, because applyRowEdits can only append new ids. Both are one atomic transaction.
 */
import type { StoredRow } from '../../../../shared/records/record-types';

export interface RowChange {
  /** Position in the stored order: before the change for updates and deletes, after it for inserts. */
  readonly index: number;
  readonly before: StoredRow | null;
  readonly after: StoredRow | null;
}

export type SavePlan =
  | { readonly kind: 'edits'; readonly upserts: StoredRow[]; readonly deletes: string[] }
  | { readonly kind: 'commit' };

export function invertChanges(changes: readonly RowChange[]): RowChange[] {
  return changes.map((c) => ({ index: c.index, before: c.after, after: c.before }));
}

function positionOf(rows: readonly StoredRow[], c: RowChange, id: string): number {
  if (rows[c.index]?.id === id) return c.index;
  const i = rows.findIndex((r) => r.id === id);
  if (i < 0) throw new Error(`row ${id} not found`);
  return i;
}

/** The rows after the changes: deletes (from the back), then updates, then inserts (from the front). */
export function applyChanges(rows: readonly StoredRow[], changes: readonly RowChange[]): StoredRow[] {
  const out = rows.slice();
  const deletes = changes
    .filter((c) => c.before !== null && c.after === null)
    .sort((a, b) => b.index - a.index);
  for (const c of deletes) out.splice(positionOf(out, c, (c.before as StoredRow).id), 1);
  for (const c of changes) {
    if (c.before === null || c.after === null) continue;
    out[positionOf(out, c, c.before.id)] = c.after;
  }
  const inserts = changes
    .filter((c) => c.before === null && c.after !== null)
    .sort((a, b) => a.index - b.index);
  for (const c of inserts) {
    // Rows added past the end (a paste of 10,000 rows) are pushed; splice is for rows inserted above.
    if (c.index >= out.length) out.push(c.after as StoredRow);
    else out.splice(c.index, 0, c.after as StoredRow);
  }
  return out;
}

/** How to save changes that turned `before.length` rows into `afterCount` rows (see the module header). */
export function savePlan(changes: readonly RowChange[], afterCount: number): SavePlan {
  const inserts = changes
    .filter((c) => c.before === null && c.after !== null)
    .map((c) => c.index)
    .sort((a, b) => a - b);
  const firstAppend = afterCount - inserts.length;
  if (inserts.some((index, k) => index !== firstAppend + k)) return { kind: 'commit' };
  const upserts: StoredRow[] = [];
  const deletes: string[] = [];
  const ordered = [...changes].sort((a, b) => a.index - b.index);
  for (const c of ordered) {
    if (c.after !== null) upserts.push(c.after);
    else if (c.before !== null) deletes.push(c.before.id);
  }
  return { kind: 'edits', upserts, deletes };
}
