/**
 * A row's natural key (the catalog's naturalKey fields joined) and the rows of one file that repeat a key:
 * the import matches stored rows by it and refuses a file that names one key twice.
 */
import type { TableDef } from '../catalog/catalog-types';
import type { CellValue } from '../records/record-types';
import type { ImportIssue } from './import-issues';
import { SHEET_MESSAGES as M } from './sheet-messages';

/** The first part of a natural key: the key field's value as text. */
export function keyFieldText(key: string): string {
  const end = key.indexOf('\u0000');
  return end < 0 ? key : key.slice(0, end);
}

/** Natural-key text of a row, or null when a key part is empty (such rows never match or collide). */
export function naturalKeyOf(table: TableDef, values: Readonly<Record<string, CellValue>>): string | null {
  if (table.naturalKey.length === 0) return null;
  let key = '';
  for (const k of table.naturalKey) {
    const v = Object.hasOwn(values, k) ? values[k] : null;
    if (v === null || v === undefined || v === '') return null;
    key += `${String(v)}\u0000`;
  }
  return key;
}

/**
 * Lists each row whose natural key an earlier row of the file already has (blocking); `keyColumn` is
 * where the key's first field sits in the sheet, when it is mapped.
 */
export function findDuplicateKeys(
  table: TableDef,
  keys: readonly (string | null)[],
  sheetRows: readonly number[],
  sheet: string,
  keyColumn: (key: string) => { readonly letter: string; readonly label: string } | undefined,
  add: (issue: ImportIssue) => void,
): void {
  if (table.naturalKey.length === 0) return;
  const first = new Map<string, number>();
  const keyField = table.naturalKey[0] ?? '';
  const col = keyColumn(keyField);
  const labels = table.naturalKey
    .map((k) => `「${table.fields.find((f) => f.key === k)?.label ?? k}」`)
    .join('、');
  keys.forEach((key, i) => {
    if (key === null) return;
    const seen = first.get(key);
    if (seen === undefined) {
      first.set(key, sheetRows[i] ?? 0);
      return;
    }
    add({
      sheet,
      row: sheetRows[i] ?? 0,
      column: col?.letter ?? '—',
      columnLabel: col?.label ?? keyField,
      fieldKey: keyField,
      value: keyFieldText(key),
      code: 'duplicate-key',
      message: M.duplicateKey(labels, seen),
      severity: 'error',
      blocking: true,
    });
  });
}
