/**
 * The grid's columns: the table's fields in catalog order (the order of the national templates, so a
 * range copied from a filled template pastes column for column), then two read-only columns with who
 * last confirmed each row and when — an edit or 确认无变化 (确认人, 确认时间: 实时采集 freshness, see
 * shared/tasks/row-freshness.ts).
 */
import type { FieldDef, TableDef } from '../../../../shared/catalog/catalog-types';

export type GridColumn =
  | { readonly kind: 'field'; readonly field: FieldDef }
  | { readonly kind: 'meta'; readonly meta: 'by' | 'at' };

export function gridColumns(table: TableDef): GridColumn[] {
  return [
    ...table.fields.map((field): GridColumn => ({ kind: 'field', field })),
    { kind: 'meta', meta: 'by' },
    { kind: 'meta', meta: 'at' },
  ];
}

export function fieldOf(columns: readonly GridColumn[], col: number): FieldDef | null {
  const c = columns[col];
  return c?.kind === 'field' ? c.field : null;
}

/** Columns frozen at the left: the natural-key fields when they lead the table, at least one. */
export function frozenColumnCount(table: TableDef): number {
  let n = 0;
  while (n < table.fields.length && table.naturalKey.includes(table.fields[n]?.key ?? '')) n++;
  return Math.max(1, Math.min(n, 2));
}

/** Rough width in pixels from the label and type, so Chinese headers are readable without resizing. */
export function columnWidth(column: GridColumn): number {
  if (column.kind === 'meta') return column.meta === 'at' ? 150 : 90;
  const f = column.field;
  const byType: Record<FieldDef['type'], number> = {
    text: 140,
    integer: 90,
    decimal: 100,
    percent: 90,
    date: 100,
    yearMonth: 90,
    enum: 130,
    code: 110,
    idCard: 180,
    boolean: 70,
  };
  const label = f.label.length * 14 + (f.unit ? f.unit.length * 14 + 20 : 0) + 34;
  return Math.min(260, Math.max(byType[f.type], label));
}
