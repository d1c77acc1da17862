/**
 * The review feature's writes, run by the one data writer (data-writer.ts registers them): the
 * versioned ruleset, review decisions, justifications, the year lock and feedback. Each runs the pure
 * state machine *inside* the transaction on the stored copy, so two windows cannot both act on the
 * same state, and appends its audit event in the same transaction. The acting station is read from
 * the workspace record, never taken from the caller.
 *
 * `applyFeedbackInTx` and `receiveSubmissionInTx` are for the bundle feature, which calls them inside
 * its own import transaction so a bundle's data and its review records commit together.
 */
import type { AuditKind, AuditSummary } from '../../shared/audit/audit-chain';
import type { SliceKey } from '../../shared/records/record-types';
import { applyFeedbackPayload } from '../../shared/review/feedback-exchange';
import type { FeedbackPayload } from '../../shared/review/feedback-payload';
import { receiveSubmission } from '../../shared/review/feedback-exchange';
import type { Actor, Submission } from '../../shared/review/review-types';
import {
  newSubmission,
  nextReviewState,
  setJustification,
  type ReviewAction,
} from '../../shared/review/review-workflow';
import { lockYear, reopenYear } from '../../shared/review/year-lock';
import { departmentNamer } from '../../shared/departments/department-names';
import { parseRuleset, starterRuleset, type Ruleset } from '../../shared/rules/ruleset';
import type { UserRole, Workspace } from '../../shared/workspace/workspace-types';
import type { WriteContext, WriteResult } from './data-writer';
import { getDepartments, getLatestCatalog, getTasks, loadSlice } from './reads';
import { listRectifications } from './analysis-reads';
import { rectificationLockMessage } from '../../shared/rectification/lock-blockers';
import { cellBlockerMessage, cellBlockers } from '../../shared/review/cell-blockers';
import { explainedBlanks } from '../../shared/review/blank-notes';
import { lockManifest } from '../../shared/national-export/locked-year';
import { manifestSummary } from '../../shared/national-export/lock-record';
import { getSubmission, listLockSnapshots, listSubmissions } from './review-reads';
import { LOCK_SNAPSHOT_LEVEL, RETURN_SNAPSHOT_LEVEL, type ReviewSnapshotRecord } from './review-records';
import type { StatusDb } from './schema';
import { lockCorrectionLines } from '../../shared/review/lock-corrections';
import { WriteRejected } from './write-errors';
import { updateActionInTx } from './update-writes';
import { assertSliceWritable } from './slice-gate';
import type { Actor as WriteActor } from './write-actor';
import Dexie from 'dexie';
import { carriedBlockerMessage, countUnconfirmed } from '../../shared/year-close/carried-rows';

export interface ReviewTx {
  readonly at: string;
  audit(kind: AuditKind, summary: AuditSummary): Promise<void>;
}
export type ReviewRunner = (
  workspaceId: string,
  ctx: WriteContext,
  body: (tx: ReviewTx) => Promise<void>,
) => Promise<WriteResult>;

/** The signed-in user as the UI knows them; their station comes from the workspace. */
export type ReviewUser = WriteActor<UserRole>;

async function actorOf(db: StatusDb, workspaceId: string, user: ReviewUser): Promise<Actor> {
  const ws = (await db.workspaces.get(workspaceId)) as Workspace;
  return {
    name: user.name,
    role: user.role,
    station: { role: ws.station.role, departmentCode: ws.station.departmentCode },
  };
}

async function putSubmission(db: StatusDb, workspaceId: string, s: Submission): Promise<void> {
  await db.submissions.put({ workspaceId, ...s });
}

async function snapshot(db: StatusDb, key: SliceKey, level: number, at: string, by: string): Promise<number> {
  const rows = await loadSlice(db, key);
  const rec: ReviewSnapshotRecord = {
    workspaceId: key.workspaceId,
    departmentCode: key.departmentCode,
    tableCode: key.tableCode,
    level,
    at,
    by,
    rows,
  };
  await db.reviewSnapshots.put({ ...rec });
  return rows.length;
}

/** The stored copy of a slice, or a fresh draft from its task when nothing happened to it yet. */
async function currentSubmission(db: StatusDb, key: SliceKey): Promise<Submission> {
  const stored = await getSubmission(db, key);
  if (stored) return stored;
  const task = (await getTasks(db, key.workspaceId)).find((t) => t.tableCode === key.tableCode);
  if (!task) throw new WriteRejected('review-refused', `表 ${key.tableCode} 没有分配任务，无法审核。`);
  return newSubmission(task, key.departmentCode);
}

/**
 * Refuses the step while the stored rows hold type errors or empty required cells, and a submit while
 * rows carried from last year are still 待核实.
 */
async function refuseCellErrors(
  db: StatusDb,
  key: SliceKey,
  action: 'submit' | 'approve',
  justifications: Submission['justifications'],
): Promise<void> {
  const rows = await loadSlice(db, key);
  const carried = action === 'submit' ? countUnconfirmed(rows) : 0;
  if (carried > 0) throw new WriteRejected('review-refused', carriedBlockerMessage(key.tableCode, carried));
  const table = (await getLatestCatalog(db, key.workspaceId))?.tables.find((t) => t.code === key.tableCode);
  if (!table) return;
  const message = cellBlockerMessage(
    key.tableCode,
    // A required cell left empty with a 留空说明 does not block.
    cellBlockers(table, rows, explainedBlanks(justifications)),
    action === 'submit' ? '提交' : '审核通过',
  );
  if (message !== null) throw new WriteRejected('review-refused', message);
}

function refused(r: { ok: false; error: { message: string } }): never {
  throw new WriteRejected('review-refused', r.error.message);
}

/** Audit summary of a decision: enough to reconstruct who did what to which slice, never the rows. */
function decisionSummary(before: Submission, after: Submission, rows?: number): AuditSummary {
  const e = after.history.at(-1);
  return {
    tableCode: after.tableCode,
    departmentCode: after.departmentCode,
    from: before.state,
    to: after.state,
    ...(e?.level !== undefined ? { level: e.level } : {}),
    ...(e?.reason !== undefined ? { reason: e.reason } : {}),
    ...(e?.point !== undefined ? { point: e.point } : {}),
    ...(e?.comments?.length
      ? { comments: e.comments.map((c) => ({ recordId: c.recordId, fieldKey: c.fieldKey, text: c.text })) }
      : {}),
    ...(rows !== undefined ? { snapshotRows: rows } : {}),
  };
}

/** Applies a validated feedback payload inside the caller's transaction; returns the audit summary. */
export async function applyFeedbackInTx(
  db: StatusDb,
  workspaceId: string,
  payload: FeedbackPayload,
): Promise<AuditSummary> {
  const r = applyFeedbackPayload(await listSubmissions(db, workspaceId), payload);
  for (const s of r.updated) await putSubmission(db, workspaceId, s);
  return {
    applied: r.applied,
    alreadyApplied: r.alreadyApplied,
    skipped: r.skipped.map((s) => `${s.tableCode}/${s.departmentCode}：${s.message}`),
  };
}

/** Records the sender's copy of a slice arriving with its data (inside the caller's transaction). */
export async function receiveSubmissionInTx(
  db: StatusDb,
  workspaceId: string,
  incoming: Submission,
  user: ReviewUser,
  at: string,
): Promise<AuditSummary> {
  const local = await getSubmission(db, {
    workspaceId,
    tableCode: incoming.tableCode,
    departmentCode: incoming.departmentCode,
  });
  const r = receiveSubmission(local, incoming, await actorOf(db, workspaceId, user), { at });
  if (!r.ok) refused(r);
  await putSubmission(db, workspaceId, r.value);
  const approvals = r.value.history
    .filter((e) => e.action === 'approve' && e.level !== undefined)
    .map((e) => ({ level: e.level!, by: e.actor.name }));
  return {
    tableCode: incoming.tableCode,
    departmentCode: incoming.departmentCode,
    ...(local ? { previous: local.state } : {}),
    state: r.value.state,
    approvals,
    justifications: Object.keys(r.value.justifications).length,
  };
}

export function reviewWriterOps(db: StatusDb, run: ReviewRunner) {
  return {
    /**
     * Stores the next ruleset version (latest + 1). Version 1 is the shipped starter set: the first
     * save of a year stores it too, so every version a station ever ran is on record.
     */
    saveRuleset(workspaceId: string, ruleset: Ruleset, ctx: WriteContext): Promise<WriteResult> {
      return run(workspaceId, ctx, async (tx) => {
        const parsed = parseRuleset(ruleset);
        if (!parsed.ok) throw new WriteRejected('review-refused', parsed.error.message);
        const last = await db.rulesets
          .where(':id')
          .between([workspaceId, Dexie.minKey], [workspaceId, Dexie.maxKey])
          .last();
        if (!last) {
          const ws = (await db.workspaces.get(workspaceId)) as Workspace;
          const starter = starterRuleset(ws.createdAt);
          await db.rulesets.add({ workspaceId, ...starter });
          await tx.audit('rules.save', { version: 1, rules: starter.rules.length, starter: true });
        }
        const expected = (last?.version ?? 1) + 1;
        if (ruleset.version !== expected)
          throw new WriteRejected(
            'ruleset-version-conflict',
            `规则已被他人修改（当前为版本 ${expected - 1}），请刷新后重新编辑。`,
          );
        await db.rulesets.add({ workspaceId, ...parsed.value });
        await tx.audit('rules.save', {
          version: ruleset.version,
          rules: ruleset.rules.length,
          enabled: ruleset.rules.filter((r) => r.enabled).length,
          manualChecks: ruleset.manualChecks.length,
          thresholds: Object.keys(ruleset.thresholds).length,
        });
      });
    },

    /** One review step on one slice (submit, approve, return, receive, lock, reopen, update), audited. */
    reviewAction(
      key: SliceKey,
      action: ReviewAction,
      user: ReviewUser,
      ctx: WriteContext,
    ): Promise<WriteResult> {
      return run(key.workspaceId, ctx, async (tx) => {
        const before = await currentSubmission(db, key);
        const actor = await actorOf(db, key.workspaceId, user);
        // 更新: refused in a locked year; a filler's answers the due update point the writer reads itself.
        const act =
          action.type === 'update' ? await updateActionInTx(db, key, before, action, actor, tx.at) : action;
        const r = nextReviewState(before, act, actor, { at: tx.at });
        // Type errors and empty required cells block handing over and approving, whatever the screen
        // sent; named cell by cell, they say more than the checklist's count.
        if (
          (action.type === 'submit' || action.type === 'approve') &&
          (r.ok || r.error.code === 'hard-failures')
        )
          await refuseCellErrors(db, key, action.type, before.justifications);
        if (!r.ok) refused(r);
        // Nothing is handed over in a locked year (a table never submitted before the lock stays as it was).
        if (action.type === 'submit') await assertSliceWritable(db, key);
        await putSubmission(db, key.workspaceId, r.value);
        // What each level approved, what a reviewer returned and what the lock froze are kept, so the next
        // reviewer sees the changes since.
        const level =
          action.type === 'approve'
            ? action.level
            : action.type === 'lock'
              ? LOCK_SNAPSHOT_LEVEL
              : action.type === 'return'
                ? RETURN_SNAPSHOT_LEVEL
                : null;
        const rows = level === null ? undefined : await snapshot(db, key, level, tx.at, user.name);
        await tx.audit(`review.${action.type}`, decisionSummary(before, r.value, rows));
      });
    },

    /** Records (or, with blank text, removes) a 合理性说明 for a soft check. */
    setJustification(
      key: SliceKey,
      checkId: string,
      text: string,
      user: ReviewUser,
      ctx: WriteContext,
    ): Promise<WriteResult> {
      return run(key.workspaceId, ctx, async (tx) => {
        const before = await currentSubmission(db, key);
        const r = setJustification(before, checkId, text, await actorOf(db, key.workspaceId, user), {
          at: tx.at,
        });
        if (!r.ok) refused(r);
        await putSubmission(db, key.workspaceId, r.value);
        await tx.audit('review.justify', {
          tableCode: key.tableCode,
          departmentCode: key.departmentCode,
          checkId,
          text: text.trim(),
        });
      });
    },

    /** The 领导小组's sign-off: every expected slice school-approved, all locked and frozen together. */
    lockYear(workspaceId: string, user: ReviewUser, ctx: WriteContext): Promise<WriteResult> {
      return run(workspaceId, ctx, async (tx) => {
        // Open blocking 整改 items keep the year from being locked; the refusal names them.
        const name = departmentNamer(await getDepartments(db, workspaceId));
        const blocked = rectificationLockMessage(await listRectifications(db, workspaceId), name);
        if (blocked !== null) throw new WriteRejected('review-refused', blocked);
        const before = await listSubmissions(db, workspaceId);
        const r = lockYear(
          await getTasks(db, workspaceId),
          before,
          await actorOf(db, workspaceId, user),
          { at: tx.at },
          name,
        );
        if (!r.ok) refused(r);
        const locked = r.value.filter((s, i) => s !== before[i]);
        for (const s of locked) {
          await putSubmission(db, workspaceId, s);
          await snapshot(
            db,
            { workspaceId, departmentCode: s.departmentCode, tableCode: s.tableCode },
            LOCK_SNAPSHOT_LEVEL,
            tx.at,
            user.name,
          );
        }
        // The 锁定清单: every frozen slice's row count and content hash, named by one hash, in the chain.
        const frozen = await listLockSnapshots(db, workspaceId);
        const manifest = lockManifest(frozen, tx.at, user.name);
        // The catalog version in force names the layout the national export writes this lock in.
        const catalogVersion = (await getLatestCatalog(db, workspaceId))?.version ?? null;
        const corrections = await db.sliceCorrections
          .where('[workspaceId+id]')
          .between([workspaceId, ''], [workspaceId, '\uffff'])
          .toArray();
        await tx.audit('review.lock-year', {
          tables: locked.length,
          catalogVersion,
          manifest: manifestSummary(manifest),
          // The 校级更正 made after approval, for the 领导小组 to see with the 锁定清单 (absent when none).
          ...(corrections.length > 0 ? { corrections: lockCorrectionLines(corrections) } : {}),
        });
      });
    },

    /** Reopens the locked year (office, mandatory reason). */
    reopenYear(
      workspaceId: string,
      reason: string,
      user: ReviewUser,
      ctx: WriteContext,
    ): Promise<WriteResult> {
      return run(workspaceId, ctx, async (tx) => {
        const before = await listSubmissions(db, workspaceId);
        const r = reopenYear(before, await actorOf(db, workspaceId, user), reason, { at: tx.at });
        if (!r.ok) refused(r);
        const reopened = r.value.filter((s, i) => s !== before[i]);
        for (const s of reopened) await putSubmission(db, workspaceId, s);
        await tx.audit('review.reopen-year', { tables: reopened.length, reason: reason.trim() });
      });
    },

    /** Applies a verified feedback payload on its own (the bundle feature may use applyFeedbackInTx instead). */
    applyFeedback(workspaceId: string, payload: FeedbackPayload, ctx: WriteContext): Promise<WriteResult> {
      return run(workspaceId, ctx, async (tx) => {
        await tx.audit('review.feedback', await applyFeedbackInTx(db, workspaceId, payload));
      });
    },
  };
}
