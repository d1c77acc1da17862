/**
 * What an import would change in one slice (department × table), for the preview shown before the
 * commit (docs/ARCHITECTURE.md §6; DHIS2's VALIDATE step). Rows are matched by their stable id first; rows left
 * unmatched are then matched by the table's natural key, so a row re-created at the sender (new id,
 * same 学号) shows as changed rather than as one removal plus one addition.
 */
import type { CellValue, StoredRow } from '../records/record-types';

export interface CellChange {
  readonly field: string;
  readonly before: CellValue;
  readonly after: CellValue;
}

export type RowDiff =
  | { readonly kind: 'added'; readonly row: StoredRow }
  | { readonly kind: 'removed'; readonly row: StoredRow }
  | {
      readonly kind: 'changed';
      readonly before: StoredRow;
      readonly after: StoredRow;
      readonly cells: readonly CellChange[];
    };

export interface SliceDiff {
  readonly added: number;
  readonly changed: number;
  readonly removed: number;
  readonly unchanged: number;
  readonly cellsChanged: number;
  /** Per-row detail in `after` order, then removals in `before` order. */
  readonly rows: readonly RowDiff[];
}

export function diffSlice(
  before: readonly StoredRow[],
  after: readonly StoredRow[],
  naturalKey?: readonly string[],
): SliceDiff {
  const match = matchRows(before, after, naturalKey);
  const rows: RowDiff[] = [];
  let unchanged = 0;
  let cellsChanged = 0;
  after.forEach((row, i) => {
    const old = match.get(i);
    if (old === undefined) {
      rows.push({ kind: 'added', row });
      return;
    }
    const cells = cellChanges(old.values, row.values);
    if (cells.length === 0) unchanged++;
    else {
      cellsChanged += cells.length;
      rows.push({ kind: 'changed', before: old, after: row, cells });
    }
  });
  const kept = new Set(match.values());
  for (const row of before) if (!kept.has(row)) rows.push({ kind: 'removed', row });
  const count = (k: RowDiff['kind']) => rows.filter((r) => r.kind === k).length;
  return {
    added: count('added'),
    changed: count('changed'),
    removed: count('removed'),
    unchanged,
    cellsChanged,
    rows,
  };
}

/** Natural-key string of a row, or null when every key field is empty (such rows only match by id). */
export function naturalKeyOf(row: StoredRow, naturalKey: readonly string[]): string | null {
  const parts = naturalKey.map((f) => row.values[f] ?? null);
  return parts.every((p) => p === null || p === '') ? null : JSON.stringify(parts);
}

/** Index of an `after` row → the `before` row it replaces. */
function matchRows(
  before: readonly StoredRow[],
  after: readonly StoredRow[],
  naturalKey?: readonly string[],
): Map<number, StoredRow> {
  const byId = new Map(before.map((r) => [r.id, r]));
  const used = new Set<StoredRow>();
  const match = new Map<number, StoredRow>();
  after.forEach((row, i) => {
    const old = byId.get(row.id);
    if (old !== undefined && !used.has(old)) {
      match.set(i, old);
      used.add(old);
    }
  });
  if (naturalKey === undefined || naturalKey.length === 0) return match;
  const byKey = new Map<string, StoredRow[]>();
  for (const r of before) {
    const key = used.has(r) ? null : naturalKeyOf(r, naturalKey);
    if (key === null) continue;
    const list = byKey.get(key);
    if (list === undefined) byKey.set(key, [r]);
    else list.push(r);
  }
  // Nothing left to match by key (a first import, or every row kept its id): no key to compute.
  if (byKey.size === 0) return match;
  after.forEach((row, i) => {
    if (match.has(i)) return;
    const key = naturalKeyOf(row, naturalKey);
    const old = key === null ? undefined : byKey.get(key)?.find((r) => !used.has(r));
    if (old !== undefined) {
      match.set(i, old);
      used.add(old);
    }
  });
  return match;
}

/** A missing field and an explicit null are the same empty cell. */
function cellChanges(
  before: Readonly<Record<string, CellValue>>,
  after: Readonly<Record<string, CellValue>>,
): CellChange[] {
  const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
  const changes: CellChange[] = [];
  for (const field of fields) {
    const b = Object.hasOwn(before, field) ? (before[field] ?? null) : null;
    const a = Object.hasOwn(after, field) ? (after[field] ?? null) : null;
    if (b !== a) changes.push({ field, before: b, after: a });
  }
  return changes;
}
