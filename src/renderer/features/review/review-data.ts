/**
 * Loads what one slice's review needs: what its rules read at this station (rules-runtime's
 * loadSliceSource) and the snapshots approved so far.
 */
import type { Catalog } from '../../../shared/catalog/catalog-types';
import type { CompiledRule } from '../../../shared/rules';
import type { TaskAssignment } from '../../../shared/tasks/task-types';
import type { Workspace } from '../../../shared/workspace/workspace-types';
import type { ReviewSnapshotRecord } from '../../data/records';
import { repository } from '../../data/repository-instance';
import {
  loadSliceSource,
  needsOf,
  type SliceRef,
  type SliceSource,
} from '../../rules-runtime/station-source';

export interface ReviewInputs extends SliceSource {
  readonly snapshots: readonly ReviewSnapshotRecord[];
}

export async function loadReviewInputs(
  ws: Workspace,
  catalog: Catalog,
  tasks: readonly TaskAssignment[],
  slice: SliceRef,
  compiled: readonly CompiledRule[],
): Promise<ReviewInputs> {
  const mine = compiled.filter((c) =>
    c.rule.scope.kind === 'table'
      ? c.rule.scope.table === slice.tableCode
      : c.rule.scope.tables.includes(slice.tableCode),
  );
  const loaded = await loadSliceSource(ws, catalog, tasks, slice, needsOf(mine));
  const snapshots = await repository().loadReviewSnapshots({
    workspaceId: ws.id,
    tableCode: slice.tableCode,
    departmentCode: slice.departmentCode,
  });
  return { ...loaded, snapshots };
}
