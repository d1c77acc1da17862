/**
 * Table edits of the office's catalog editor: add a table, rename it, change its settings. Table codes
 * are stable ids (records, tasks and rules refer to them), so a table is renamed, never re-coded.
 */
import type { Catalog, TableDef } from './catalog-types';
import { TABLE_CODE_PATTERN } from './catalog-types';
import { err, ok } from '../result';
import { editTable, withoutUndefined } from './catalog-edit-support';
import { defaultTableKind } from './table-kind';
import type { EditResult } from './catalog-edit-support';

export interface NewTableInput
  extends
    Pick<TableDef, 'code' | 'name' | 'category' | 'period' | 'shape'>,
    Partial<
      Pick<
        TableDef,
        | 'officialCode'
        | 'ownerDepartment'
        | 'cooperatingDepartments'
        | 'core'
        | 'supplementary'
        | 'verified'
        | 'note'
      >
    > {}

export type TablePatch = Partial<
  Pick<
    TableDef,
    | 'kind'
    | 'category'
    | 'period'
    | 'shape'
    | 'officialCode'
    | 'ownerDepartment'
    | 'cooperatingDepartments'
    | 'core'
    | 'naturalKey'
    | 'supplementary'
    | 'verified'
    | 'note'
  >
>;

/**
 * Appends a new, still empty table (待定义 until its first field is added). All national tables are built
 * in, so a table the office adds is supplementary unless it says otherwise; its own definition counts
 * as verified.
 */
export function addTable(c: Catalog, input: NewTableInput): EditResult {
  const code = input.code.trim();
  if (!TABLE_CODE_PATTERN.test(code)) {
    return err('bad-table-code', `表代码“${code}”不可用：只能用大写英文字母、数字和连字符，如 A10-1 或 X-1`, {
      tableCode: code,
    });
  }
  if (c.tables.some((t) => t.code === code)) {
    return err('duplicate-table-code', `表代码 ${code} 已存在`, { tableCode: code });
  }
  const name = input.name.trim();
  if (name === '') return err('empty-name', `请填写表 ${code} 的名称`, { tableCode: code });
  const table: TableDef = {
    code,
    ...(input.officialCode !== undefined ? { officialCode: input.officialCode } : {}),
    name,
    category: input.category,
    period: input.period,
    shape: input.shape,
    status: 'pending',
    kind: defaultTableKind(code),
    ownerDepartment: input.ownerDepartment ?? null,
    cooperatingDepartments: input.cooperatingDepartments ?? [],
    core: input.core ?? false,
    naturalKey: [],
    supplementary: input.supplementary ?? true,
    verified: input.verified ?? true,
    note: input.note ?? '',
    fields: [],
  };
  return ok({ ...c, tables: [...c.tables, table] });
}

export function renameTable(c: Catalog, code: string, name: string): EditResult {
  const trimmed = name.trim();
  if (trimmed === '') return err('empty-name', `请填写表 ${code} 的名称`, { tableCode: code });
  return editTable(c, code, (t) => ok({ ...t, name: trimmed }));
}

/**
 * Changes a table's settings. Making a table a single-record form drops its natural key (one row needs
 * no identification); an undefined `officialCode` in the patch removes it.
 */
export function updateTable(c: Catalog, code: string, patch: TablePatch): EditResult {
  return editTable(c, code, (t) => {
    const next = withoutUndefined({ ...t, ...patch });
    return ok(next.shape === 'form' ? { ...next, naturalKey: [] } : next);
  });
}
