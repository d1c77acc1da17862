/**
 * 申请更新 in the data writer (src/shared/review/update-request.ts): the department stores its request
 * (audited `update.request`); the office grants it — the 更新 step on its copy, `review.update`, and the
 * request marked granted, in one transaction — or refuses it (`update.refuse`). The bundle merges call
 * the *InTx helpers inside their own transactions.
 */
import type { AuditKind, AuditSummary } from '../../shared/audit/audit-chain';
import type { SliceKey } from '../../shared/records/record-types';
import type { Actor } from '../../shared/review/review-types';
import { nextReviewState } from '../../shared/review/review-workflow';
import {
  answersToApply,
  answerUpdateRequest,
  newUpdateRequest,
  requestText,
  type UpdateRequest,
} from '../../shared/review/update-request';
import { incomingRequests } from '../../shared/review/update-request-route';
import type { UserRole, Workspace } from '../../shared/workspace/workspace-types';
import type { WriteContext, WriteResult } from './data-writer';
import { getTasks } from './reads';
import { getSubmission } from './review-reads';
import type { StatusDb } from './schema';
import { isYearLocked } from './slice-gate';
import { updateActionInTx } from './update-writes';
import { WriteRejected } from './write-errors';
import type { Actor as WriteActor } from './write-actor';

export interface RequestTx {
  readonly at: string;
  audit(kind: AuditKind, summary: AuditSummary): Promise<void>;
}
export type RequestRunner = (
  workspaceId: string,
  ctx: WriteContext,
  body: (tx: RequestTx) => Promise<void>,
) => Promise<WriteResult>;

export async function listUpdateRequests(db: StatusDb, workspaceId: string): Promise<UpdateRequest[]> {
  const recs = await db.updateRequests
    .where('[workspaceId+id]')
    .between([workspaceId, ''], [workspaceId, '\uffff'])
    .toArray();
  return recs.map(({ workspaceId: _w, ...r }) => r).sort((a, b) => a.at.localeCompare(b.at));
}

async function actorIn(db: StatusDb, workspaceId: string, user: WriteActor<UserRole>): Promise<Actor> {
  const ws = (await db.workspaces.get(workspaceId)) as Workspace;
  return { name: user.name, role: user.role, station: { ...ws.station } };
}

const requestSummary = (r: UpdateRequest): AuditSummary => ({
  requestId: r.id,
  tableCode: r.tableCode,
  departmentCode: r.departmentCode,
  reason: r.reason,
  status: r.status,
  ...(r.answer ? { answer: r.answer.reason, answeredBy: r.answer.by.name } : {}),
});

/**
 * At the office, inside a data or forward bundle's merge: stores the new pending requests, each carried
 * by a department whose signature covers it, on a table whose route passes `via` (null: direct).
 */
export async function mergeRequestsInTx(
  db: StatusDb,
  workspaceId: string,
  incoming: readonly UpdateRequest[],
  carriers: ReadonlySet<string>,
  via: string | null,
): Promise<number> {
  const held = await listUpdateRequests(db, workspaceId);
  const r = incomingRequests(held, incoming, carriers, via, await getTasks(db, workspaceId));
  if (!r.ok) throw new WriteRejected('bundle-refused', r.error.message);
  for (const q of r.value) await db.updateRequests.put({ workspaceId, ...q });
  return r.value.length;
}

/** At a department, inside a feedback import: the office's answers to its pending requests. */
export async function applyAnswersInTx(
  db: StatusDb,
  workspaceId: string,
  answers: readonly UpdateRequest[],
): Promise<AuditSummary[]> {
  const apply = answersToApply(await listUpdateRequests(db, workspaceId), answers);
  for (const a of apply) await db.updateRequests.put({ workspaceId, ...a });
  return apply.map(requestSummary);
}

export function updateRequestWriterOps(db: StatusDb, run: RequestRunner) {
  return {
    /** A department asks the office to reopen one of its frozen slices. */
    requestUpdate(
      key: SliceKey,
      id: string,
      reason: string,
      user: WriteActor<UserRole>,
      ctx: WriteContext,
    ): Promise<WriteResult> {
      return run(key.workspaceId, ctx, async (tx) => {
        const actor = await actorIn(db, key.workspaceId, user);
        const r = newUpdateRequest(
          {
            id,
            submission: await getSubmission(db, key),
            task: (await getTasks(db, key.workspaceId)).find((t) => t.tableCode === key.tableCode),
            reason,
            actor,
            at: tx.at,
            yearLocked: await isYearLocked(db, key.workspaceId),
          },
          await listUpdateRequests(db, key.workspaceId),
        );
        if (!r.ok) throw new WriteRejected('review-refused', r.error.message);
        await db.updateRequests.put({ workspaceId: key.workspaceId, ...r.value });
        await tx.audit('update.request', requestSummary(r.value));
      });
    },

    /** The office grants (the 更新 step on its copy) or refuses (with a reason) a pending request. */
    answerUpdateRequest(
      workspaceId: string,
      id: string,
      grant: boolean,
      reason: string,
      user: WriteActor<UserRole>,
      ctx: WriteContext,
    ): Promise<WriteResult> {
      return run(workspaceId, ctx, async (tx) => {
        const held = await db.updateRequests.get([workspaceId, id]);
        if (held === undefined) throw new WriteRejected('review-refused', requestText.unknown);
        const { workspaceId: _w, ...request } = held;
        const actor = await actorIn(db, workspaceId, user);
        const answered = answerUpdateRequest(request, grant, reason, actor, tx.at);
        if (!answered.ok) throw new WriteRejected('review-refused', answered.error.message);
        if (grant) {
          const key = { workspaceId, tableCode: request.tableCode, departmentCode: request.departmentCode };
          const before = await getSubmission(db, key);
          if (before === undefined)
            throw new WriteRejected('review-refused', requestText.notFrozen(key.tableCode));
          const why = reason.trim() === '' ? requestText.grantReason(request.reason) : reason.trim();
          const act = await updateActionInTx(db, key, before, { type: 'update', reason: why }, actor, tx.at);
          const next = nextReviewState(before, act, actor, { at: tx.at });
          if (!next.ok) throw new WriteRejected('review-refused', next.error.message);
          await db.submissions.put({ workspaceId, ...next.value });
          await tx.audit('review.update', {
            tableCode: key.tableCode,
            departmentCode: key.departmentCode,
            from: before.state,
            to: next.value.state,
            reason: why,
            requestId: id,
          });
        }
        await db.updateRequests.put({ workspaceId, ...answered.value });
        await tx.audit(grant ? 'update.grant' : 'update.refuse', requestSummary(answered.value));
      });
    },
  };
}
