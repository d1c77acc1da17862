/**
 * The kind of a table (数据源表 / 基础数据表 / 专项数据表). The built-in catalog sets it from the table's
 * category (docs/catalog-mapping.md §7); a table the office adds or a catalog saved before kinds existed
 * gets the same default from its code, which the office may change in the catalog editor.
 */
import type { TableDef, TableKind } from './catalog-types';

/** A1–A5: basic facts, conditions, funds. A6, A7, A10: the detail lists. The rest: special tables. */
const KIND_BY_CATEGORY: ReadonlyArray<readonly [RegExp, TableKind]> = [
  [/^A[1-5](?:-|$)/, 'basic'],
  [/^A(?:6|7|10)(?:-|$)/, 'source'],
];

/** Default kind of a table code: by its national category (the code's first segment). */
export function defaultTableKind(code: string): TableKind {
  for (const [pattern, kind] of KIND_BY_CATEGORY) if (pattern.test(code)) return kind;
  return 'special';
}

export function tableKind(t: Pick<TableDef, 'code' | 'kind'>): TableKind {
  return t.kind ?? defaultTableKind(t.code);
}
