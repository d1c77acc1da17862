/**
 * Shared plumbing of the catalog editing helpers (table-editing.ts, field-editing.ts): the error codes
 * they share and a copy-on-write replacement of one table. Edits never mutate their input; they return
 * a new Catalog (same version — validateCatalogChange assigns the next version when the office saves).
 */
import type { Catalog, TableDef } from './catalog-types';
import { err, ok } from '../result';
import type { Result } from '../result';

export type CatalogEditErrorCode =
  | 'table-not-found'
  | 'field-not-found'
  | 'bad-table-code'
  | 'duplicate-table-code'
  | 'empty-name'
  | 'bad-field-key'
  | 'duplicate-field-key'
  | 'bad-position';

export type EditResult = Result<Catalog, CatalogEditErrorCode>;

/** Applies `edit` to the table `code`; the other tables are shared with the input, not copied. */
export function editTable(
  c: Catalog,
  code: string,
  edit: (t: TableDef) => Result<TableDef, CatalogEditErrorCode>,
): EditResult {
  const index = c.tables.findIndex((t) => t.code === code);
  const table = c.tables[index];
  if (table === undefined) return err('table-not-found', `找不到表 ${code}`, { tableCode: code });
  const edited = edit(table);
  if (!edited.ok) return edited;
  const tables = c.tables.slice();
  tables[index] = edited.value;
  return ok({ ...c, tables });
}

/** Drops properties whose value is undefined, so patches can clear optional properties. */
export function withoutUndefined<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}
