/**
 * Writes of the year close, run by the one data writer (data-writer.ts registers them): the named
 * 审定前快照 the 领导小组 reads before signing off. Its rows replace the previous one's beside the review
 * snapshots; its name, catalog version and manifest go into the audit chain in the same transaction.
 */
import type { AuditKind, AuditSummary } from '../../shared/audit/audit-chain';
import { manifestSummary } from '../../shared/national-export/lock-record';
import { lockManifest, type LockedSlice } from '../../shared/national-export/locked-year';
import { contributingDepartments } from '../../shared/tasks/task-types';
import { checkSnapshotName, PRE_APPROVAL_EVENT } from '../../shared/year-close/pre-approval';
import type { Workspace } from '../../shared/workspace/workspace-types';
import type { WriteContext, WriteResult } from './data-writer';
import { workspaceRange } from './key-ranges';
import { getLatestCatalog, getTasks, loadSlice } from './reads';
import { PRE_APPROVAL_SNAPSHOT_LEVEL } from './review-records';
import type { StatusDb } from './schema';
import { WriteRejected } from './write-errors';

export interface YearCloseTx {
  readonly at: string;
  audit(kind: AuditKind, summary: AuditSummary): Promise<void>;
}
export type YearCloseRunner = (
  workspaceId: string,
  ctx: WriteContext,
  body: (tx: YearCloseTx) => Promise<void>,
) => Promise<WriteResult>;

function refused(message: string): never {
  throw new WriteRejected('review-refused', message);
}

export function yearCloseWriterOps(db: StatusDb, run: YearCloseRunner) {
  return {
    /** Takes the named 审定前快照 of every expected slice as it stands now (office only). */
    savePreApprovalSnapshot(workspaceId: string, name: string, ctx: WriteContext): Promise<WriteResult> {
      return run(workspaceId, ctx, async (tx) => {
        const checked = checkSnapshotName(name);
        if (!checked.ok) refused(checked.error.message);
        const ws = (await db.workspaces.get(workspaceId)) as Workspace;
        if (ws.station.role !== 'office') refused('审定前快照只能在督导室（学校）站点保存。');
        const tasks = await getTasks(db, workspaceId);
        if (tasks.length === 0) refused('还没有分配任务，没有可保存的数据。');
        const [lo, hi] = workspaceRange(workspaceId);
        await db.reviewSnapshots
          .where(':id')
          .between(lo, hi)
          .filter((r) => r.level === PRE_APPROVAL_SNAPSHOT_LEVEL)
          .delete();
        const slices: LockedSlice[] = [];
        for (const task of tasks)
          for (const departmentCode of contributingDepartments(task)) {
            const key = { workspaceId, tableCode: task.tableCode, departmentCode };
            const rows = await loadSlice(db, key);
            slices.push({ tableCode: task.tableCode, departmentCode, rows });
            await db.reviewSnapshots.put({
              ...key,
              level: PRE_APPROVAL_SNAPSHOT_LEVEL,
              at: tx.at,
              by: ctx.actor,
              rows,
            });
          }
        const manifest = lockManifest(slices, tx.at, ctx.actor);
        const catalog = await getLatestCatalog(db, workspaceId);
        await tx.audit(PRE_APPROVAL_EVENT, {
          name: checked.value,
          catalogVersion: catalog?.version ?? null,
          manifest: manifestSummary(manifest),
        });
      });
    },
  };
}
