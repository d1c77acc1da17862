/**
 * A summary department's union of its contributors' slices of one table, for the bundle it forwards
 * (docs/ARCHITECTURE.md §6). Rows are kept as they are; two rows with the same natural key
 * (学号, 教工号, …) from different contributors — or twice from one — are flagged for the L2 reviewer
 * rather than silently merged, and a row id seen twice is reported since a table file must not hold it.
 */
import type { StoredRow } from '../records/record-types';
import { naturalKeyOf } from './slice-diff';

export interface ContributorSlice {
  readonly departmentCode: string;
  readonly rows: readonly StoredRow[];
}

export interface KeyCollision {
  /** The natural-key values, e.g. ["2023001"]. */
  readonly key: readonly unknown[];
  /** Contributing departments in input order, one entry per row holding the key. */
  readonly departments: readonly string[];
}

export interface SliceUnion {
  readonly rows: readonly StoredRow[];
  /** Row id → contributing department, for "who contributed what". */
  readonly origin: ReadonlyMap<string, string>;
  readonly collisions: readonly KeyCollision[];
  readonly duplicateIds: readonly string[];
}

export function unionSlices(
  contributors: readonly ContributorSlice[],
  naturalKey: readonly string[],
): SliceUnion {
  const rows: StoredRow[] = [];
  const origin = new Map<string, string>();
  const duplicateIds: string[] = [];
  const byKey = new Map<string, string[]>();
  for (const c of contributors) {
    for (const row of c.rows) {
      rows.push(row);
      if (origin.has(row.id)) duplicateIds.push(row.id);
      else origin.set(row.id, c.departmentCode);
      const key = naturalKey.length === 0 ? null : naturalKeyOf(row, naturalKey);
      if (key === null) continue;
      const list = byKey.get(key);
      if (list === undefined) byKey.set(key, [c.departmentCode]);
      else list.push(c.departmentCode);
    }
  }
  const collisions: KeyCollision[] = [];
  for (const [key, departments] of byKey) {
    if (departments.length > 1) collisions.push({ key: JSON.parse(key) as unknown[], departments });
  }
  return { rows, origin, collisions, duplicateIds };
}
