/**
 * Completeness of each task's table for 我的任务: rows, required cells filled and error cells, computed
 * from the stored rows of this station's slices (all departments' slices at the office). Computed after
 * first paint, table by table, so a large table never delays the page.
 */
import { useEffect, useState } from 'react';
import { tableCompleteness, type TableCompleteness } from '../../../shared/values/validate-row';
import type { MyTask } from '../../../shared/tasks/my-tasks';
import { useWorkspaceData } from '../../data/workspace-data-store';
import { repository } from '../../data/repository-instance';

export interface TaskCompleteness extends TableCompleteness {
  readonly updatedAt: string | null;
}

export function useCompleteness(tasks: readonly MyTask[]): ReadonlyMap<string, TaskCompleteness> {
  const data = useWorkspaceData((s) => s.data);
  const [result, setResult] = useState<ReadonlyMap<string, TaskCompleteness>>(new Map());

  useEffect(() => {
    if (!data) return;
    let cancelled = false;
    const { workspace, catalog, slices } = data;
    const station = workspace.station;
    void (async () => {
      const out = new Map<string, TaskCompleteness>();
      for (const { task } of tasks) {
        const table = catalog.tables.find((t) => t.code === task.tableCode);
        if (!table) continue;
        const mine = slices.filter(
          (s) =>
            s.tableCode === task.tableCode &&
            (station.role === 'office' || s.departmentCode === station.departmentCode),
        );
        // No slice means no rows: skip the read.
        const rows =
          mine.length === 0
            ? []
            : station.role === 'office'
              ? await repository().loadAllRows(workspace.id, task.tableCode)
              : await repository().loadTableRows({
                  workspaceId: workspace.id,
                  tableCode: task.tableCode,
                  departmentCode: station.departmentCode ?? '',
                });
        if (cancelled) return;
        const updatedAt =
          mine
            .map((s) => s.updatedAt ?? '')
            .sort()
            .at(-1) || null;
        out.set(task.tableCode, { ...tableCompleteness(table, rows), updatedAt });
        setResult(new Map(out));
      }
    })();
    return () => {
      cancelled = true;
    };
  }, [data, tasks]);

  return result;
}
