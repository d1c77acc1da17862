/**
 * Freshness of each slice of a table with update points (shared/tasks/row-freshness.ts), for the
 * completeness matrix. Worked out from the confirmation tally the writer keeps on every slice summary
 * (shared/tasks/confirmation-tally.ts), so the page reads no rows; only a slice last written before the
 * tally was kept is read once, after first paint.
 */
import { useEffect, useMemo, useState } from 'react';
import {
  freshnessKey,
  planFreshness,
  sliceFreshness,
  type FreshnessEntry,
} from '../../../shared/tasks/row-freshness';
import { repository } from '../../data/repository-instance';
import type { WorkspaceData } from '../../data/workspace-data-store';

export function useSliceFreshness(data: WorkspaceData | null): ReadonlyMap<string, FreshnessEntry> {
  const plan = useMemo(
    () => (data ? planFreshness(data.tasks, data.slices, new Date().toISOString()) : null),
    [data],
  );
  const [read, setRead] = useState<ReadonlyMap<string, FreshnessEntry>>(new Map());
  useEffect(() => {
    if (!data || !plan || plan.untallied.length === 0) return;
    let cancelled = false;
    const now = new Date().toISOString();
    void (async () => {
      const out = new Map<string, FreshnessEntry>();
      for (const [s, intervalDays] of plan.untallied) {
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
        setRead(new Map(out));
      }
    })();
    return () => {
      cancelled = true;
    };
  }, [data, plan]);
  // A tally, when there is one, is newer than rows read before the slice's next write.
  return useMemo(
    () => (read.size === 0 || !plan ? (plan?.known ?? new Map()) : new Map([...read, ...plan.known])),
    [plan, read],
  );
}
