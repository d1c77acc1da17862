/**
 * Loads what one slice's review needs: its rows, the other tables its rules read (as far as this
 * station holds them — a table held elsewhere stays absent, so its rules say 本站无法判断), last year's
 * data from the station's previous workspace, and the snapshots approved so far.
 */
import type { Catalog } from '../../../shared/catalog/catalog-types';
import type { StoredRow } from '../../../shared/records/record-types';
import { memoryDataSource, type CompiledRule, type RuleDataSource } from '../../../shared/rules';
import { myTasks } from '../../../shared/tasks/my-tasks';
import type { TaskAssignment } from '../../../shared/tasks/task-types';
import type { Workspace } from '../../../shared/workspace/workspace-types';
import type { ReviewSnapshotRecord } from '../../data/records';
import { repository } from '../../data/repository-instance';
import type { SliceRef } from './review-store';
import { prevYearChoice } from './prev-year-choice';

export interface ReviewInputs {
  readonly rows: readonly StoredRow[];
  readonly source: RuleDataSource;
  readonly prevRows: readonly StoredRow[] | null;
  readonly prevWorkspace: Workspace | null;
  readonly snapshots: readonly ReviewSnapshotRecord[];
}

/** Tables this station holds: every table at the office, its own and summarised tables elsewhere. */
export function heldTables(workspace: Workspace, tasks: readonly TaskAssignment[]): Set<string> {
  if (workspace.station.role === 'office') return new Set(tasks.map((t) => t.tableCode));
  return new Set(myTasks(tasks, workspace.station).map((m) => m.task.tableCode));
}

async function stationRows(ws: Workspace, tableCode: string): Promise<StoredRow[]> {
  const repo = repository();
  if (ws.station.role === 'department')
    return repo.loadTableRows(ws.id, tableCode, ws.station.departmentCode ?? '');
  return repo.loadAllRows(ws.id, tableCode);
}

export async function loadReviewInputs(
  ws: Workspace,
  catalog: Catalog,
  tasks: readonly TaskAssignment[],
  slice: SliceRef,
  compiled: readonly CompiledRule[],
): Promise<ReviewInputs> {
  const repo = repository();
  const mine = compiled.filter((c) =>
    c.rule.scope.kind === 'table'
      ? c.rule.scope.table === slice.tableCode
      : c.rule.scope.tables.includes(slice.tableCode),
  );
  const held = heldTables(ws, tasks);
  const rows = await repo.loadTableRows(ws.id, slice.tableCode, slice.departmentCode);
  const data: Record<string, readonly StoredRow[]> = { [slice.tableCode]: rows };
  for (const code of new Set(mine.flatMap((c) => c.tables)))
    if (code !== slice.tableCode && held.has(code)) data[code] = await stationRows(ws, code);

  const prevWorkspace = (await repo.findPreviousYear(ws, prevYearChoice(ws.id))) ?? null;
  let prev: RuleDataSource | undefined;
  let prevRows: StoredRow[] | null = null;
  if (prevWorkspace) {
    const prevCatalog = await repo.loadCatalog(prevWorkspace.id);
    prevRows = await repo.loadTableRows(prevWorkspace.id, slice.tableCode, slice.departmentCode);
    const prevData: Record<string, readonly StoredRow[]> = { [slice.tableCode]: prevRows };
    for (const code of new Set(mine.flatMap((c) => c.prevTables)))
      if (code !== slice.tableCode) prevData[code] = await stationRows(prevWorkspace, code);
    prev = memoryDataSource({ tables: prevCatalog.tables, rows: prevData });
  }
  const source = memoryDataSource({ tables: catalog.tables, rows: data, ...(prev ? { prev } : {}) });
  const snapshots = await repo.loadReviewSnapshots(ws.id, slice.departmentCode, slice.tableCode);
  return { rows, source, prevRows, prevWorkspace, snapshots };
}
