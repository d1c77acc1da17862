/** Inserting blank rows and deleting rows, as row changes (see row-changes.ts for how they are saved). */
import type { StoredRow } from '../../../../shared/records/record-types';
import type { Stamp } from './cell-writes';
import type { RowChange } from './row-changes';

/** `count` blank rows inserted before stored index `at` (at = rows.length appends). */
export function insertRowChanges(at: number, count: number, stamp: Stamp, newId: () => string): RowChange[] {
  const changes: RowChange[] = [];
  for (let k = 0; k < count; k++) {
    changes.push({
      index: at + k,
      before: null,
      after: { id: newId(), values: {}, by: stamp.by, at: stamp.at, src: stamp.src },
    });
  }
  return changes;
}

/** The rows at the given stored indices deleted. */
export function deleteRowChanges(rows: readonly StoredRow[], indices: Iterable<number>): RowChange[] {
  const changes: RowChange[] = [];
  for (const index of new Set(indices)) {
    const before = rows[index];
    if (before) changes.push({ index, before, after: null });
  }
  return changes.sort((a, b) => a.index - b.index);
}
