/**
 * Template download and data export for one table or several, saved through the Platform (a save
 * dialog in Electron, a download in the browser). Failures come back as Chinese messages.
 */
import { App as AntApp } from 'antd';
import { useState } from 'react';
import type { TableDef } from '../../../shared/catalog/catalog-types';
import type { ExportTable } from '../../../shared/sheets/export-workbook';
import { repository } from '../../data/repository-instance';
import { useWorkspaceData } from '../../data/workspace-data-store';
import { getPlatform } from '../../platform/platform';
import { exportXlsx } from './export-client';
import { sheetFileName, templateContext, usableTables } from './sheet-context';
import { buildTemplate } from './template-workbook';
import { T } from './texts';

export interface SliceRef {
  readonly table: TableDef;
  /** null at the office for "every department's rows". */
  readonly departmentCode: string | null;
}

const XLSX_FILTER = [{ name: 'Excel 工作簿', extensions: ['xlsx'] }];

export function useSheetFiles() {
  const data = useWorkspaceData((s) => s.data);
  const { message } = AntApp.useApp();
  const [busy, setBusy] = useState<'template' | 'export' | null>(null);

  const save = async (suggestedName: string, bytes: Uint8Array, done: string) => {
    const r = await getPlatform().saveFile({ suggestedName, bytes, filters: XLSX_FILTER });
    if (!r.ok) message.error(T.saveFailed(r.error.message));
    else if (r.value.kind === 'saved') message.success(done);
  };

  const run = async (kind: 'template' | 'export', task: () => Promise<void>) => {
    setBusy(kind);
    try {
      await task();
    } catch (e) {
      message.error(T.saveFailed(e instanceof Error ? e.message : String(e)));
    } finally {
      setBusy(null);
    }
  };

  const downloadTemplate = (slices: readonly SliceRef[], single: boolean) =>
    run('template', async () => {
      if (!data) return;
      const usable = slices.filter((s) => usableTables([s.table]).length > 0);
      if (usable.length === 0) return void message.warning(T.noTables);
      const dept = new Map(usable.map((s) => [s.table.code, s.departmentCode]));
      const bytes = await buildTemplate(
        usable.map((s) => s.table),
        (t) => templateContext(data, t, dept.get(t.code) ?? null),
      );
      const name = sheetFileName('填报模板', single ? (usable[0]?.table ?? null) : null, data);
      await save(name, bytes, T.templateSaved(name));
    });

  const exportData = (slices: readonly SliceRef[], single: boolean) =>
    run('export', async () => {
      if (!data) return;
      const usable = slices.filter((s) => usableTables([s.table]).length > 0);
      if (usable.length === 0) return void message.warning(T.noTables);
      const tables: ExportTable[] = [];
      for (const s of usable) {
        const rows =
          s.departmentCode === null
            ? await repository().loadAllRows(data.workspace.id, s.table.code)
            : await repository().loadTableRows({
                workspaceId: data.workspace.id,
                tableCode: s.table.code,
                departmentCode: s.departmentCode,
              });
        tables.push({ table: s.table, rows, context: templateContext(data, s.table, s.departmentCode) });
      }
      const exported = await exportXlsx(tables);
      if (!exported.ok) return void message.error(T.exportFailed(exported.error.message));
      const bytes = exported.value;
      const name = sheetFileName('数据导出', single ? (usable[0]?.table ?? null) : null, data);
      await save(
        name,
        bytes,
        T.exportSaved(
          name,
          tables.reduce((n, t) => n + t.rows.length, 0),
        ),
      );
    });

  return { busy, downloadTemplate, exportData };
}
