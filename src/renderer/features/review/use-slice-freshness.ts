/**
 * Freshness of each slice of a table with update points (shared/tasks/row-freshness.ts), for the
 * completeness matrix: rows read after first paint, slice by slice, only for tables that have points
 * (a table collected once a year has no interval to keep).
 */
import { useEffect, useState } from 'react';
import { sliceFreshness, updateIntervalDays, type SliceFreshness } from '../../../shared/tasks/row-freshness';
import { repository } from '../../data/repository-instance';
import type { WorkspaceData } from '../../data/workspace-data-store';

export interface FreshnessEntry extends SliceFreshness {
  readonly intervalDays: number;
}

export const freshnessKey = (tableCode: string, departmentCode: string) => `${tableCode}|${departmentCode}`;

export function useSliceFreshness(data: WorkspaceData | null): ReadonlyMap<string, FreshnessEntry> {
  const [result, setResult] = useState<ReadonlyMap<string, FreshnessEntry>>(new Map());
  useEffect(() => {
    if (!data) return;
    let cancelled = false;
    const now = new Date().toISOString();
    void (async () => {
      const out = new Map<string, FreshnessEntry>();
      for (const task of data.tasks) {
        const intervalDays = updateIntervalDays(task.updatePoints);
        if (intervalDays === null) continue;
        for (const s of data.slices.filter((x) => x.tableCode === task.tableCode)) {
          const rows = await repository().loadTableRows({
            workspaceId: data.workspace.id,
            tableCode: s.tableCode,
            departmentCode: s.departmentCode,
          });
          if (cancelled) return;
          out.set(freshnessKey(s.tableCode, s.departmentCode), {
            ...sliceFreshness(rows, intervalDays, now),
            intervalDays,
          });
          setResult(new Map(out));
        }
      }
    })();
    return () => {
      cancelled = true;
    };
  }, [data]);
  return result;
}
