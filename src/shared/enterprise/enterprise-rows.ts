/**
 * The status-data rows about one enterprise: rows of a collected table (产学合作 A7-5, 校外实习实训基地
 * A4-2, 校外兼职教师 A6-3-1, …) in which a text field names the enterprise by any of its names, since
 * those tables carry no credit code. What an enterprise report's live table shows and exports.
 */
import type { TableDef } from '../catalog/catalog-types';
import type { StoredRow } from '../records/record-types';
import { formatCellValue } from '../values/format-cell-value';

/** Tables an enterprise report draws from, where the catalog has them. */
export const ENTERPRISE_SOURCE_TABLES = ['A7-5', 'A4-2', 'A6-3-1'] as const;

/** Columns shown at most: a report page cannot hold the 27 fields of A6-3-1. */
export const MAX_ENTERPRISE_COLUMNS = 7;

export type EnterpriseRows =
  | { readonly ok: true; readonly head: readonly string[]; readonly rows: readonly (readonly string[])[] }
  | { readonly ok: false; readonly reason: string };

function mentions(row: StoredRow, textKeys: readonly string[], names: readonly string[]): boolean {
  for (const k of textKeys) {
    const v = row.values[k];
    if (typeof v === 'string' && v && names.some((n) => v.includes(n))) return true;
  }
  return false;
}

export function enterpriseRows(
  table: TableDef | undefined,
  rows: readonly StoredRow[] | undefined,
  names: readonly string[],
): EnterpriseRows {
  if (!table) return { ok: false, reason: '采集目录中没有该表' };
  if (!rows) return { ok: false, reason: `表 ${table.code} 未载入` };
  const wanted = names.map((n) => n.trim()).filter((n) => n.length >= 2);
  if (wanted.length === 0) return { ok: false, reason: '没有可匹配的企业名称' };
  const textKeys = table.fields.filter((f) => f.type === 'text').map((f) => f.key);
  const hits = rows.filter((r) => mentions(r, textKeys, wanted));
  if (hits.length === 0) return { ok: false, reason: `${table.name}中没有该企业的记录` };
  // Fields with a value in some matched row, in catalog order.
  const fields = table.fields
    .filter((f) =>
      hits.some((r) => r.values[f.key] !== null && r.values[f.key] !== undefined && r.values[f.key] !== ''),
    )
    .slice(0, MAX_ENTERPRISE_COLUMNS);
  return {
    ok: true,
    head: fields.map((f) => f.label),
    rows: hits.map((r) => fields.map((f) => formatCellValue(f, r.values[f.key] ?? null))),
  };
}
