/**
 * Gathers the stored values a catalog change must be checked against: only tables whose definition the
 * draft changed are read (edit helpers share unchanged table objects, so identity tells).
 */
import type { Catalog } from '../../../shared/catalog/catalog-types';
import type { StoredValues } from '../../../shared/catalog/validate-catalog-change';
import type { CellValue, StoredRow } from '../../../shared/records/record-types';

export async function storedValuesFor(
  saved: Catalog,
  draft: Catalog,
  loadRows: (tableCode: string) => Promise<StoredRow[]>,
): Promise<StoredValues> {
  const before = new Map(saved.tables.map((t) => [t.code, t]));
  const changed = [
    ...new Set(
      [...draft.tables, ...saved.tables]
        .filter((t) => before.get(t.code) !== t || !draft.tables.includes(t))
        .map((t) => t.code),
    ),
  ];
  const rowsByTable = new Map<string, StoredRow[]>();
  for (const code of changed) rowsByTable.set(code, await loadRows(code));
  return function* values(tableCode: string, fieldKey: string): Iterable<CellValue> {
    for (const row of rowsByTable.get(tableCode) ?? []) {
      const v = row.values[fieldKey];
      if (v !== undefined) yield v;
    }
  };
}
