/**
 * One grid store per opened slice: created when the table page opens, loaded at once, and on close its
 * queued writes are awaited before 我的任务's counts are refreshed.
 */
import { useEffect, useMemo } from 'react';
import type { TableDef } from '../../../shared/catalog/catalog-types';
import type { SliceKey } from '../../../shared/records/record-types';
import type { Actor } from '../../data/repository';
import { repository } from '../../data/repository-instance';
import { useWorkspaceData } from '../../data/workspace-data-store';
import { createGridStore, type GridStore } from './grid-store';

export function useGridStore(table: TableDef, slice: SliceKey, actor: Actor): GridStore {
  const slices = useWorkspaceData((s) => s.data?.slices);
  const { workspaceId, tableCode, departmentCode } = slice;
  const { name, role } = actor;
  const store = useMemo(() => {
    const summary = slices?.find((x) => x.tableCode === tableCode && x.departmentCode === departmentCode);
    const lastUpdated = summary?.updatedAt ? { at: summary.updatedAt, by: summary.updatedBy ?? '' } : null;
    return createGridStore({
      repo: repository(),
      table,
      slice: { workspaceId, tableCode, departmentCode },
      actor: { name, role },
      lastUpdated,
    });
    // The slice summaries change after every save; the store must not be rebuilt for that.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [table, workspaceId, tableCode, departmentCode, name, role]);

  useEffect(() => {
    void store.load();
    return () => {
      store.close();
      void store.flush().then(() => useWorkspaceData.getState().refreshSlices());
    };
  }, [store]);
  return store;
}
