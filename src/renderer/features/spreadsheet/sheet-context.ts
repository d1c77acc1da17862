/** The header-block facts of a template or export (school, period, department) from the open workspace. */
import type { TableDef } from '../../../shared/catalog/catalog-types';
import type { TemplateContext } from '../../../shared/sheets/template-layout';
import { periodText } from '../../../shared/workspace/collection-period';
import { schoolIdentifier } from '../../../shared/workspace/school-identifier';
import type { WorkspaceData } from '../../data/workspace-data-store';

export function templateContext(
  data: WorkspaceData,
  table: TableDef,
  departmentCode: string | null,
): TemplateContext {
  const ws = data.workspace;
  const now = new Date();
  return {
    schoolName: ws.school.name,
    schoolIdentifier: schoolIdentifier(ws.school.provinceCode, ws.school.code),
    periodText: periodText(table.period, ws),
    departmentName:
      departmentCode === null
        ? null
        : (data.departments.find((d) => d.code === departmentCode)?.name ?? departmentCode),
    generatedOn: `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`,
  };
}

/** File names: table code and name plus the school year, e.g. `A10-1在校生信息表-填报模板-2025.xlsx`. */
export function sheetFileName(what: string, tableOrAll: TableDef | null, data: WorkspaceData): string {
  const base = tableOrAll ? `${tableOrAll.code}${tableOrAll.name}` : data.workspace.school.name;
  return `${base}-${what}-${data.workspace.academicYearStart}.xlsx`.replace(/[\\/:*?"<>|\s]+/g, '');
}

/** Tables a template or export can cover: those with defined fields. */
export function usableTables(tables: readonly TableDef[]): TableDef[] {
  return tables.filter((t) => t.status === 'defined' && t.fields.length > 0);
}
