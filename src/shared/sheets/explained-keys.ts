/**
 * The stored 留空说明 of a slice by natural key, for the spreadsheet import preview: a replace keeps the
 * stored row (its id, so its notes) for a file row with the same natural key, so the preview can count
 * that row's empty required cells as explained (shared/review/blank-notes.ts).
 */
import type { TableDef } from '../catalog/catalog-types';
import type { CellValue } from '../records/record-types';
import { explainedBlanks } from '../review/blank-notes';
import type { Justification } from '../review/review-types';
import { naturalKeyOf } from './natural-key';

/** [natural key, explained field keys] of stored rows that have a key and at least one note. */
export function explainedByKey(
  table: TableDef,
  rows: readonly { readonly id: string; readonly values: Readonly<Record<string, CellValue>> }[],
  justifications: Readonly<Record<string, Justification>>,
): [string, string[]][] {
  const notes = explainedBlanks(justifications);
  if (notes.size === 0 || table.naturalKey.length === 0) return [];
  const byRow = new Map<string, string[]>();
  for (const n of notes.values()) byRow.set(n.rowId, [...(byRow.get(n.rowId) ?? []), n.fieldKey]);
  const out: [string, string[]][] = [];
  for (const r of rows) {
    const fields = byRow.get(r.id);
    const key = fields ? naturalKeyOf(table, r.values) : null;
    if (fields && key !== null) out.push([key, fields]);
  }
  return out;
}
