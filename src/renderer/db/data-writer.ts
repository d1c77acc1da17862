/**
 * The one data writer: every change to the database goes through here. Each operation is one rw
 * transaction that makes the change *and* appends its hash-chained audit event (docs/ARCHITECTURE.md §3), so a
 * change without its audit record — or the reverse — cannot exist. Inside a transaction only IndexedDB
 * is awaited (hashing is synchronous), since awaiting anything else commits it early (docs/SECURITY.md D3).
 *
 * Expected refusals (unknown workspace, catalog version conflict, disk full) come back as Result
 * values with a Chinese message; the transaction is aborted by throwing WriteRejected inside it, so
 * nothing is written. Runs the same on the UI thread, in storage.worker.ts, in tests and in the bench.
 */
import Dexie from 'dexie';
import type { AuditEvent, AuditKind, AuditSummary } from '../../shared/audit/audit-chain';
import type { Catalog } from '../../shared/catalog/catalog-types';
import type { Department } from '../../shared/departments/department-types';
import type { SliceKey, StoredRow } from '../../shared/records/record-types';
import { err, ok, type Result } from '../../shared/result';
import type { TaskAssignment } from '../../shared/tasks/task-types';
import type { UserRole, Workspace } from '../../shared/workspace/workspace-types';
import { assertMayAssignInTx } from './task-gate';
import { addAuditEvent, auditEventAfter, GLOBAL_AUDIT_LOG, readAuditHead, type AuditHead } from './audit-log';
import { saveCatalogInTx, saveDepartmentsInTx, saveTasksInTx, workspaceChanges } from './metadata-writes';
import { keepMigrationInTx, migrateOptionValuesInTx } from './option-migration-writes';
import type { OptionMigration } from '../../shared/catalog/option-migration';
import { workspaceRange } from './key-ranges';
import type { StatusDb } from './schema';
import { computeWorkspaceSentinel, type SentinelUpdate } from './sentinel';
import { WriteRejected, type WriteErrorCode } from './write-errors';
import { reviewWriterOps } from './review-writes';
import { analysisWriterOps } from './analysis-writes';
import { backupWriterOps } from './backup-restore';
import { bundleWriterOps } from './bundle-writes';
import { importWriterOps } from './import-writes';
import { reportWriterOps } from './report-writes';
import { reportWorkflowWriterOps } from './report-workflow-writes';
import { yearCloseWriterOps } from './year-close-writes';
import { rolloverWriterOps } from './rollover-writes';
import { carriedWriterOps } from './carried-writes';
import { annexWriterOps } from './annex-writes';
import { assertSliceWritable } from './slice-gate';
import { correctionWriterOps } from './correction-writes';
import { updateRequestWriterOps } from './update-request-writes';
import {
  applyRowEditsInTx,
  commitSliceInTx,
  MissingRowError,
  RowLocatorCache,
  warmLocator,
  type RowEdits,
} from './slice-writes';

/** Who is writing: the local user's name as shown in the audit log. */
export interface WriteContext {
  readonly actor: string;
}

export interface CommitReceipt extends SentinelUpdate {
  /** Audit events appended by this write, in order. */
  readonly events: readonly AuditEvent[];
}

export type WriteResult = Result<CommitReceipt, WriteErrorCode>;
export { WriteRejected, type WriteErrorCode };

export interface DataWriterOptions {
  /** ISO timestamp source (tests pin it). */
  readonly now?: () => string;
  /** Called after each successful commit, e.g. to update the sentinel. Its failure does not undo the write. */
  readonly onCommitted?: (receipt: CommitReceipt) => void | Promise<void>;
}

/** Initial content written in the same transaction as a new workspace. */
export interface InitialWorkspaceData {
  readonly departments?: readonly Department[];
  readonly catalog?: Catalog;
  readonly tasks?: readonly TaskAssignment[];
}

interface TxScope {
  readonly at: string;
  audit(kind: AuditKind, summary: AuditSummary, logId?: string): Promise<void>;
  /**
   * Reads the log's head now, so a write can ask it together with its own reads instead of after them
   * (await it with them). Only for a write that adds audit records through `audit` alone (a restore
   * adds the archive's records first).
   */
  readAuditHeadAhead(logId?: string): Promise<void>;
  afterCommit(fn: () => void): void;
}

export function createDataWriter(db: StatusDb, options: DataWriterOptions = {}) {
  const now = options.now ?? (() => new Date().toISOString());
  const locators = new RowLocatorCache();
  // Writes run one after another in call order, even when a caller does not wait for the previous one
  // (the grid sends each edit at once): the row locators are then always current for the next write.
  let last: Promise<unknown> = Promise.resolve();

  function run(
    workspaceId: string,
    ctx: WriteContext,
    body: (tx: TxScope) => Promise<void>,
    opts: { deletesWorkspace?: boolean; requireWorkspace?: boolean } = {},
  ): Promise<WriteResult> {
    const result = last.then(() => runNow(workspaceId, ctx, body, opts));
    last = result.catch(() => undefined);
    return result;
  }

  async function runNow(
    workspaceId: string,
    ctx: WriteContext,
    body: (tx: TxScope) => Promise<void>,
    opts: { deletesWorkspace?: boolean; requireWorkspace?: boolean },
  ): Promise<WriteResult> {
    const at = now();
    const after: Array<() => void> = [];
    let receipt: CommitReceipt;
    try {
      receipt = await db.transaction('rw', db.tables, async () => {
        if (opts.requireWorkspace !== false && !(await db.workspaces.get(workspaceId))) {
          throw new WriteRejected('workspace-not-found', '找不到该采集年度，可能已被删除。');
        }
        const events: AuditEvent[] = [];
        // Each log's head as this transaction last saw it: read once (ahead, or at the first append), then
        // the event just appended. Taken and moved on with no await between, so two appends cannot fork.
        const heads = new Map<string, AuditHead>();
        await body({
          at,
          audit: async (kind, summary, logId = workspaceId) => {
            const known = heads.get(logId) ?? (await readAuditHead(db, logId));
            // Another append may have moved the head on while this one read it.
            const event = auditEventAfter(heads.get(logId) ?? known, logId, {
              at,
              actor: ctx.actor,
              kind,
              summary,
            });
            heads.set(logId, event);
            events.push(event);
            await addAuditEvent(db, event);
          },
          readAuditHeadAhead: async (logId = workspaceId) => {
            const head = await readAuditHead(db, logId);
            if (!heads.has(logId)) heads.set(logId, head);
          },
          afterCommit: (fn) => after.push(fn),
        });
        if (opts.deletesWorkspace) {
          const g = await readAuditHead(db, GLOBAL_AUDIT_LOG);
          return { workspaceId, events, sentinel: null, global: { auditSeq: g.seq, auditHead: g.hash } };
        }
        // The last event this write appended to the workspace's log is its head: no need to read it back.
        const head = events.filter((e) => e.workspaceId === workspaceId).at(-1);
        return { workspaceId, events, sentinel: await computeWorkspaceSentinel(db, workspaceId, head) };
      });
    } catch (e) {
      return rejection(e);
    }
    for (const fn of after) fn();
    if (options.onCommitted) {
      try {
        await options.onCommitted(receipt);
      } catch (e) {
        // The data is committed; a failed sentinel update is caught by the next start-up check.
        console.error('onCommitted failed after a successful write', e);
      }
    }
    return ok(receipt);
  }

  return {
    /** Creates a workspace, optionally with its departments, first catalog and tasks, in one transaction. */
    createWorkspace(
      ws: Workspace,
      ctx: WriteContext,
      initial: InitialWorkspaceData = {},
    ): Promise<WriteResult> {
      return run(
        ws.id,
        ctx,
        async (tx) => {
          if (await db.workspaces.get(ws.id))
            throw new WriteRejected('workspace-exists', '该采集年度已存在。');
          await db.workspaces.add(ws);
          await tx.audit('workspace.create', {
            name: ws.name,
            school: ws.school.name,
            role: ws.station.role,
          });
          if (initial.departments)
            await tx.audit('departments.save', await saveDepartmentsInTx(db, ws.id, initial.departments));
          if (initial.catalog)
            await tx.audit('catalog.save', await saveCatalogInTx(db, ws.id, initial.catalog));
          if (initial.tasks) await tx.audit('tasks.save', await saveTasksInTx(db, ws.id, initial.tasks));
        },
        { requireWorkspace: false },
      );
    },

    /** Replaces the workspace record (rename, deadlines, users …); the audit names the changed parts. */
    updateWorkspace(ws: Workspace, ctx: WriteContext): Promise<WriteResult> {
      return run(ws.id, ctx, async (tx) => {
        const before = (await db.workspaces.get(ws.id)) as Workspace;
        await db.workspaces.put(ws);
        await tx.audit('workspace.update', { name: ws.name, changed: workspaceChanges(before, ws) });
      });
    },

    /**
     * Deletes a workspace with all its data and its own audit log; the deletion is recorded in the
     * global log together with the deleted log's head, so it stays evidenced.
     */
    deleteWorkspace(workspaceId: string, ctx: WriteContext): Promise<WriteResult> {
      return run(
        workspaceId,
        ctx,
        async (tx) => {
          const ws = (await db.workspaces.get(workspaceId)) as Workspace;
          const head = await readAuditHead(db, workspaceId);
          const [lo, hi] = workspaceRange(workspaceId);
          const rows = (await db.slices.where(':id').between(lo, hi).toArray()).reduce(
            (n, s) => n + s.rowCount,
            0,
          );
          for (const table of db.tables) {
            if (table.name === 'workspaces') await table.delete(workspaceId);
            else await table.where(':id').between(lo, hi).delete();
          }
          const summary = { workspaceId, name: ws.name, rows, auditSeq: head.seq, auditHead: head.hash };
          await tx.audit('workspace.delete', summary, GLOBAL_AUDIT_LOG);
          tx.afterCommit(() => locators.dropWorkspace(workspaceId));
        },
        { deletesWorkspace: true },
      );
    },

    /** Replaces the workspace's department list. */
    saveDepartments(
      workspaceId: string,
      departments: readonly Department[],
      ctx: WriteContext,
    ): Promise<WriteResult> {
      return run(workspaceId, ctx, async (tx) => {
        await tx.audit('departments.save', await saveDepartmentsInTx(db, workspaceId, departments));
      });
    },

    /**
     * Stores a new catalog version (must be the latest version + 1); all versions are kept. An option-list
     * migration rewrites the stored values the office mapped, in the same transaction, audited apart, and
     * is kept so setup bundles carry it to the departments.
     */
    saveCatalog(
      workspaceId: string,
      catalog: Catalog,
      ctx: WriteContext,
      migration: OptionMigration = {},
    ): Promise<WriteResult> {
      return run(workspaceId, ctx, async (tx) => {
        await tx.audit('catalog.save', await saveCatalogInTx(db, workspaceId, catalog));
        if (Object.keys(migration).length === 0) return;
        await keepMigrationInTx(db, workspaceId, catalog.version, migration);
        const out = await migrateOptionValuesInTx(db, locators, workspaceId, migration, tx.at, ctx.actor);
        await tx.audit('catalog.migrate', { version: catalog.version, ...out.summary });
        for (const fn of out.afterCommit) tx.afterCommit(fn);
      });
    },

    /**
     * Replaces the workspace's task matrix. `role` is who assigns: the office's 督导员 and 负责人 assign
     * every table, the 组长 only tables several departments fill (refused otherwise, nothing written);
     * 'system' is the app's own seeding.
     */
    saveTasks(
      workspaceId: string,
      tasks: readonly TaskAssignment[],
      ctx: WriteContext,
      role: UserRole | 'system',
    ): Promise<WriteResult> {
      return run(workspaceId, ctx, async (tx) => {
        if (role !== 'system') await assertMayAssignInTx(db, workspaceId, role, tasks);
        await tx.audit('tasks.save', await saveTasksInTx(db, workspaceId, tasks));
      });
    },

    /** Replaces a whole slice's rows (imports, bundle merges). `via` says where they came from. */
    commitSlice(
      key: SliceKey,
      rows: readonly StoredRow[],
      ctx: WriteContext,
      via = 'import',
    ): Promise<WriteResult> {
      const dup = firstDuplicate(rows.map((r) => r.id));
      if (dup !== undefined) return Promise.resolve(duplicateId(dup));
      return run(key.workspaceId, ctx, async (tx) => {
        await assertSliceWritable(db, key);
        const out = await commitSliceInTx(db, locators, key, rows, tx.at, ctx.actor);
        await tx.audit('rows.commit', { ...out.summary, via });
        tx.afterCommit(out.afterCommit);
      });
    },

    /** Upserts and deletes rows by id; only the blocks holding them are rewritten. */
    applyRowEdits(key: SliceKey, edits: RowEdits, ctx: WriteContext): Promise<WriteResult> {
      const dup = firstDuplicate([...(edits.upserts ?? []).map((r) => r.id), ...(edits.deletes ?? [])]);
      if (dup !== undefined) return Promise.resolve(duplicateId(dup));
      return run(key.workspaceId, ctx, async (tx) => {
        await assertSliceWritable(db, key);
        const out = await applyRowEditsInTx(db, locators, key, edits, tx.at, ctx.actor);
        await tx.audit('rows.edit', out.summary);
        tx.afterCommit(out.afterCommit);
      });
    },

    /**
     * Prepares the slice for fast edits (its row locator) when a table is opened; writes nothing. Queued
     * like a write, so it never races one; a failure only means the first edit does the work itself.
     */
    warmSlice(key: SliceKey): Promise<void> {
      const done = last.then(() => warmLocator(db, locators, key)).catch(() => undefined);
      last = done;
      return done;
    },

    // Rules, review decisions, justifications, year lock and feedback (review-writes.ts).
    ...reviewWriterOps(db, run),

    // Restore of a validated backup, replacing one workspace (backup-restore.ts).
    ...backupWriterOps(db, locators, run),

    // Keys, trust, setup, merges, receipts and feedback of the bundle exchange (bundle-writes.ts).
    ...bundleWriterOps(db, locators, run),

    // The spreadsheet import's read-merge-commit (import-writes.ts).
    ...importWriterOps(db, locators, run),

    // The annual quality report: create, chapter versions, settings, 终稿 (report-writes.ts).
    ...reportWriterOps(db, run),

    // Indicators, standards and rectification of the core-data analysis (analysis-writes.ts).
    ...analysisWriterOps(db, run),

    // The report's steps board, chapter assignments and drafts (report-workflow-writes.ts).
    ...reportWorkflowWriterOps(db, run),

    // The year close: the named 审定前快照 (year-close-writes.ts).
    ...yearCloseWriterOps(db, run),

    // 确认无变化 of 待核实 rows carried from last year (carried-writes.ts).
    ...carriedWriterOps(db, locators, run),

    // 新建下一学年 in one transaction (rollover-writes.ts).
    ...rolloverWriterOps(db, run),
    // Entered annex figures and their review, the enterprise roster and rotation (annex-writes.ts).
    ...annexWriterOps(db, run),
    // The office's 校级更正 into a frozen slice, one audited cell (correction-writes.ts).
    ...correctionWriterOps(db, locators, run),
    // 申请更新 and the office's answer (update-request-writes.ts).
    ...updateRequestWriterOps(db, run),
  };
}

export type DataWriter = ReturnType<typeof createDataWriter>;

function firstDuplicate(ids: readonly string[]): string | undefined {
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) return id;
    seen.add(id);
  }
  return undefined;
}

function duplicateId(id: string): WriteResult {
  return err('duplicate-row-id', `同一批数据中有重复的行标识（${id}），未保存任何内容。`, { rowId: id });
}

function rejection(e: unknown): WriteResult {
  if (e instanceof WriteRejected) return err(e.code, e.message);
  if (e instanceof MissingRowError) {
    return err('row-not-found', '要修改的行已不存在（数据可能已被重新导入），请刷新后重试。', {
      rowId: e.rowId,
    });
  }
  if (isQuotaError(e)) return err('storage-full', '磁盘空间不足，本次修改未保存，原有数据未受影响。');
  throw e;
}

/** QuotaExceededError can also arrive as the `inner` of an AbortError (docs/ARCHITECTURE.md §3). */
function isQuotaError(e: unknown): boolean {
  const name = (x: unknown) =>
    typeof x === 'object' && x !== null ? (x as { name?: unknown }).name : undefined;
  const inner = typeof e === 'object' && e !== null ? (e as { inner?: unknown }).inner : undefined;
  return name(e) === Dexie.errnames.QuotaExceeded || name(inner) === Dexie.errnames.QuotaExceeded;
}
