/**
 * The 更新 step's checks inside the data writer's transaction (src/shared/review/slice-update.ts): a
 * locked year refuses it whatever the slice's own state, and a filling station's 更新 must answer the
 * table's due update point, which the writer reads itself (tasks, the slice's last write, today)
 * rather than taking it from the screen. A sender's 更新 arriving with its rows reopens this station's
 * frozen copy first, so the ordinary freeze rule then lets the updated rows in.
 */
import type { AuditSummary } from '../../shared/audit/audit-chain';
import type { SliceKey } from '../../shared/records/record-types';
import { reviewText } from '../../shared/review/review-text';
import type { Actor, Submission } from '../../shared/review/review-types';
import type { ReviewAction } from '../../shared/review/review-workflow';
import { dueUpdatePoint, incomingUpdate } from '../../shared/review/slice-update';
import { toYyyymmdd } from '../../shared/tasks/my-tasks';
import { sliceKeyTuple } from './key-ranges';
import { getTasks } from './reads';
import { getSubmission } from './review-reads';
import type { StatusDb } from './schema';
import { isYearLocked } from './slice-gate';
import { WriteRejected } from './write-errors';

type UpdateAction = Extract<ReviewAction, { type: 'update' }>;

const localDay = (iso: string): string => toYyyymmdd(new Date(iso));

/** The 更新 action the state machine gets: refused in a locked year; the due point filled in for a filler. */
export async function updateActionInTx(
  db: StatusDb,
  key: SliceKey,
  before: Submission,
  action: UpdateAction,
  actor: Actor,
  at: string,
): Promise<UpdateAction> {
  if (await isYearLocked(db, key.workspaceId))
    throw new WriteRejected('review-refused', reviewText.updateLocked(key.tableCode));
  // The office's 督导员 grants (申请更新) without an update point; everyone else answers a due one.
  if (actor.station.role === 'office' && actor.role === 'supervisor')
    return { type: 'update', reason: action.reason };
  const task = (await getTasks(db, key.workspaceId)).find((t) => t.tableCode === key.tableCode);
  const slice = await db.slices.get(sliceKeyTuple(key));
  const due = dueUpdatePoint(before, task, slice?.updatedAt || null, localDay(at), localDay);
  if (!due.ok) throw new WriteRejected('review-refused', due.error.message);
  return { type: 'update', reason: action.reason, point: due.value };
}

/**
 * Reopens this station's frozen copy of a slice when the sender's copy carries a 更新 it may accept;
 * refuses the whole merge when it may not. Returns the audit summary of the reopening, or null.
 */
export async function acceptIncomingUpdateInTx(
  db: StatusDb,
  key: SliceKey,
  incoming: Submission | undefined,
  at: string,
): Promise<AuditSummary | null> {
  if (incoming === undefined || !incoming.history.some((e) => e.action === 'update')) return null;
  const local = await getSubmission(db, key);
  const task = (await getTasks(db, key.workspaceId)).find((t) => t.tableCode === key.tableCode);
  const r = incomingUpdate(local, incoming, task, localDay(at));
  if (!r.ok) throw new WriteRejected('slice-frozen', r.error.message);
  if (r.value === null || local === undefined) return null;
  await db.submissions.put({ workspaceId: key.workspaceId, ...r.value });
  const e = r.value.history.at(-1);
  return {
    tableCode: key.tableCode,
    departmentCode: key.departmentCode,
    from: local.state,
    to: r.value.state,
    by: e?.actor.name ?? '',
    ...(e?.point !== undefined ? { point: e.point } : {}),
    ...(e?.reason !== undefined ? { reason: e.reason } : {}),
  };
}
