/**
 * The rows an import commits: `replace` makes the file the slice's whole content, and a row
 * whose natural key (学号, 教工号 …) matches a stored row keeps that row's UUID, so references and history
 * survive a re-import; `append` adds the file's rows to the stored ones and refuses rows whose natural
 * key is already stored (that is an update: use replace). A single-record table (form) keeps its one row's id.
 * Values of fields the file did not map are kept from the matched row on replace, so a file with fewer
 * columns never wipes the others.
 */
import type { TableDef } from '../catalog/catalog-types';
import type { CellValue, StoredRow } from '../records/record-types';
import { naturalKeyOf } from './natural-key';

export type ImportMode = 'replace' | 'append';

export interface MergeInput {
  readonly table: TableDef;
  readonly existing: readonly StoredRow[];
  readonly imported: readonly Record<string, CellValue>[];
  /** Field keys the file filled; others are kept from a matched row. */
  readonly mappedKeys: readonly string[];
  readonly mode: ImportMode;
  readonly by: string;
  readonly at: string;
  readonly newId: () => string;
}

export interface MergeResult {
  readonly rows: StoredRow[];
  /** Imported rows that matched a stored row (replace) or collided with one (append). */
  readonly matched: number;
  readonly added: number;
  /** Stored rows a replace drops (not in the file). */
  readonly removed: number;
  /** Append only: indexes (into `imported`) of rows whose natural key is already stored. */
  readonly collisions: readonly number[];
  /** The id each imported row has after the merge (by index into `imported`): notes are pinned to it. */
  readonly importedIds: readonly string[];
}

export function mergeImport(input: MergeInput): MergeResult {
  const { table, existing, imported, mode, by, at, newId } = input;
  const mapped = new Set(input.mappedKeys);
  const byKey = new Map<string, StoredRow>();
  for (const row of existing) {
    const key = naturalKeyOf(table, row.values);
    if (key !== null && !byKey.has(key)) byKey.set(key, row);
  }
  const stamp = (id: string, values: Record<string, CellValue>): StoredRow => ({
    id,
    values,
    by,
    at,
    src: 'imported',
  });

  if (mode === 'append') {
    const collisions: number[] = [];
    const added: StoredRow[] = [];
    const importedIds: string[] = [];
    imported.forEach((values, i) => {
      const key = naturalKeyOf(table, values);
      const hit = key !== null ? byKey.get(key) : undefined;
      if (hit !== undefined) {
        collisions.push(i);
        importedIds.push(hit.id);
      } else {
        const row = stamp(newId(), values);
        added.push(row);
        importedIds.push(row.id);
      }
    });
    return {
      rows: [...existing, ...added],
      matched: collisions.length,
      added: added.length,
      removed: 0,
      collisions,
      importedIds,
    };
  }

  const formRow = table.shape === 'form' ? existing[0] : undefined;
  let matched = 0;
  const used = new Set<string>();
  const rows = imported.map((values, i) => {
    const key = naturalKeyOf(table, values);
    const hit = key !== null ? byKey.get(key) : i === 0 ? formRow : undefined;
    if (hit === undefined || used.has(hit.id)) return stamp(newId(), values);
    used.add(hit.id);
    matched++;
    // Unmapped fields keep their stored values; mapped ones take the file's (including empty).
    const merged: Record<string, CellValue> = {};
    for (const [k, v] of Object.entries(hit.values)) if (!mapped.has(k) && k !== '__proto__') merged[k] = v;
    for (const [k, v] of Object.entries(values)) merged[k] = v;
    return stamp(hit.id, merged);
  });
  return {
    rows,
    matched,
    added: rows.length - matched,
    removed: existing.length - matched,
    collisions: [],
    importedIds: rows.map((r) => r.id),
  };
}
