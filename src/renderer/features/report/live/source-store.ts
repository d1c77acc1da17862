/**
 * The live data the open report reads: one ReportDataSource for the whole editor, rebuilt when tables
 * are loaded or the year's lock changes. While the year is open the rows are the current data (草稿数据);
 * once any table is locked they are the lock's frozen rows, and the snapshot names the lock.
 */
import { create } from 'zustand';
import type { StoredRow } from '../../../../shared/records/record-types';
import type { DataSnapshot, ReportDataSource } from '../../../../shared/report/data-source';
import type { Catalog } from '../../../../shared/catalog/catalog-types';
import type { Workspace } from '../../../../shared/workspace/workspace-types';
import { repository } from '../../../data/repository-instance';
import { LOCK_SNAPSHOT_LEVEL } from '../../../data/records';
import { buildSource, indicatorTables, type ReportAnalysis } from './indicator-binding';
import { createStaticSource } from '../../../../shared/report/static-source';
import { T } from '../texts';

export const DRAFT_SNAPSHOT: DataSnapshot = {
  kind: 'draft',
  id: 'draft',
  label: `${T.draftData}（当前数据）`,
};

interface LiveState {
  readonly source: ReportDataSource;
  readonly tables: ReadonlyMap<string, readonly StoredRow[]>;
  /** Tables of last year's workspace, for 较上年. */
  readonly previous: ReadonlyMap<string, readonly StoredRow[]>;
  /**
   * Reads the year's indicators and standards, and the rows of the tables they need plus `tableCodes`
   * (tables a chart or data table queries).
   */
  load(workspace: Workspace, catalog: Catalog, tableCodes: readonly string[]): Promise<void>;
  /** Loads these tables too, if not yet loaded (a data table or chart was pointed at a new table). */
  ensure(workspace: Workspace, catalog: Catalog, tableCodes: readonly string[]): Promise<void>;
}

async function lockSnapshot(workspaceId: string): Promise<DataSnapshot> {
  const subs = await repository().listSubmissions(workspaceId);
  const locks = subs
    .filter((s) => s.state === 'locked')
    .flatMap((s) => s.history.filter((h) => h.action === 'lock').map((h) => h.at));
  if (locks.length === 0) return DRAFT_SNAPSHOT;
  const at = locks.sort().at(-1)!;
  return { kind: 'lock', id: `lock:${at}`, label: `${at.slice(0, 10)} 锁定数据` };
}

async function tableRows(workspaceId: string, code: string, snapshot: DataSnapshot): Promise<StoredRow[]> {
  if (snapshot.kind === 'draft') return repository().loadAllRows(workspaceId, code);
  const depts = (await repository().listSlices(workspaceId)).filter((s) => s.tableCode === code);
  const out: StoredRow[] = [];
  for (const d of depts) {
    const snaps = await repository().loadReviewSnapshots({
      workspaceId,
      tableCode: code,
      departmentCode: d.departmentCode,
    });
    const lock = snaps.find((s) => s.level === LOCK_SNAPSHOT_LEVEL);
    out.push(
      ...(lock
        ? (lock.rows as StoredRow[])
        : await repository().loadTableRows({
            workspaceId,
            tableCode: code,
            departmentCode: d.departmentCode,
          })),
    );
  }
  return out;
}

export const useLiveSource = create<LiveState>((set, get) => ({
  source: createStaticSource(DRAFT_SNAPSHOT, []),
  tables: new Map(),
  previous: new Map(),
  async load(workspace, catalog, tableCodes) {
    const snapshot = await lockSnapshot(workspace.id);
    const [indicatorSet, standards] = await Promise.all([
      repository().loadIndicatorSet(workspace),
      repository().loadStandardSet(workspace),
    ]);
    const analysis: ReportAnalysis = { defs: indicatorSet.indicators, standards };
    const codes = [...new Set([...indicatorTables(catalog, analysis.defs), ...tableCodes])];
    const tables = new Map<string, readonly StoredRow[]>();
    for (const c of codes) tables.set(c, await tableRows(workspace.id, c, snapshot));
    const prevWs = await repository().findPreviousYear(workspace);
    const previous = new Map<string, readonly StoredRow[]>();
    if (prevWs) for (const c of codes) previous.set(c, await repository().loadAllRows(prevWs.id, c));
    set({ tables, previous, source: buildSource(snapshot, catalog, tables, previous, analysis) });
  },
  async ensure(workspace, catalog, tableCodes) {
    const have = get().tables;
    if (tableCodes.every((c) => have.has(c))) return;
    await get().load(workspace, catalog, [...have.keys(), ...tableCodes]);
  },
}));
