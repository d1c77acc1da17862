/**
 * 申请更新 (docs/ARCHITECTURE.md "实时采集"): a department asks the office to reopen one of its frozen
 * slices when no update point is due. The request travels up in the department's next data bundle to
 * the office (files/review.json, `updateRequests`); the office's 督导员 grants it — the 更新 step on the
 * office's copy, whose decision goes down in the feedback bundle and reopens the department's copy — or
 * refuses it with a reason. The answer goes down in the same feedback bundle (`updateAnswers`).
 * Only tables sent straight to the office may be asked for: the office answers the station it heard from.
 *
 * Pure: schemas are the trust boundary for requests and answers read from bundles.
 */
import { z } from 'zod';
import { err, ok, type Result } from '../result';
import type { TaskAssignment } from '../tasks/task-types';
import { UPDATE_FROM } from './review-routing';
import { reviewText } from './review-text';
import { actorSchema, REASON_MAX, type Actor, type Submission } from './review-types';

export const UPDATE_REQUESTS_MAX = 2000;
export const UPDATE_REQUEST_STATUSES = ['pending', 'granted', 'refused'] as const;
export type UpdateRequestStatus = (typeof UPDATE_REQUEST_STATUSES)[number];

const code = z.string().min(1).max(32);
const answerSchema = z
  .object({ by: actorSchema, at: z.string().min(1).max(40), reason: z.string().max(REASON_MAX) })
  .strict();

export const updateRequestSchema = z
  .object({
    id: z.string().uuid(),
    departmentCode: code,
    tableCode: code,
    reason: z.string().trim().min(1).max(REASON_MAX),
    by: actorSchema,
    at: z.string().min(1).max(40),
    status: z.enum(UPDATE_REQUEST_STATUSES),
    answer: answerSchema.optional(),
  })
  .strict()
  .superRefine((r, ctx) => {
    if (r.by.station.role === 'office' || r.by.station.departmentCode !== r.departmentCode)
      ctx.addIssue({ code: 'custom', message: 'a request comes from the filling department' });
    if ((r.status === 'pending') !== (r.answer === undefined))
      ctx.addIssue({ code: 'custom', message: 'an answered request has an answer, a pending one none' });
    if (r.answer && (r.answer.by.station.role !== 'office' || r.answer.by.role !== 'supervisor'))
      ctx.addIssue({ code: 'custom', message: 'the office supervisor answers' });
    if (r.status === 'refused' && (r.answer?.reason ?? '').trim() === '')
      ctx.addIssue({ code: 'custom', message: 'a refusal has a reason' });
  });
export type UpdateRequest = z.infer<typeof updateRequestSchema>;

export const requestText = {
  blank: '申请更新必须填写原因。',
  notFrozen: (t: string) => `表 ${t} 当前可以直接修改（或仍在本部门审核中），无需申请更新。`,
  pending: (t: string) => `表 ${t} 已有一份申请更新在等待学校督导室答复，不能重复申请。`,
  viaSummary: (t: string) => `表 ${t} 经汇总部门报送，请由汇总部门退回；申请更新只适用于直接报送学校的表。`,
  notPending: '该申请已答复过，不能重复答复。',
  refuseBlank: '不同意申请更新时必须填写理由。',
  notSupervisor: '只有学校督导室的督导员可以答复申请更新。',
  unknown: '没有找到该申请更新。',
  grantReason: (reason: string) => `同意申请更新：${reason}`,
  stray: (t: string, d: string) =>
    `数据包中的申请更新（${d} 的表 ${t}）不属于报送部门的直接报送任务，已拒绝。`,
} as const;

/** A department's new request for its slice, or why it may not ask (already writable, locked, asked). */
export function newUpdateRequest(
  input: {
    readonly id: string;
    readonly submission: Submission | undefined;
    readonly task: TaskAssignment | undefined;
    readonly reason: string;
    readonly actor: Actor;
    readonly at: string;
    readonly yearLocked: boolean;
  },
  existing: readonly UpdateRequest[],
): Result<UpdateRequest, 'request-refused'> {
  const { submission: s, task, actor } = input;
  const table = task?.tableCode ?? s?.tableCode ?? '';
  const dept = actor.station.departmentCode ?? '';
  if (input.reason.trim() === '') return err('request-refused', requestText.blank);
  if (input.yearLocked || s?.state === 'locked')
    return err('request-refused', reviewText.updateLocked(table));
  if (s === undefined || !UPDATE_FROM.includes(s.state))
    return err('request-refused', requestText.notFrozen(table));
  if (task === undefined || task.summaryDepartment !== null)
    return err('request-refused', requestText.viaSummary(table));
  if (existing.some((r) => r.status === 'pending' && r.tableCode === table && r.departmentCode === dept))
    return err('request-refused', requestText.pending(table));
  return ok({
    id: input.id,
    departmentCode: dept,
    tableCode: table,
    reason: input.reason.trim(),
    by: actor,
    at: input.at,
    status: 'pending',
  });
}

/** The office's answer to a pending request. */
export function answerUpdateRequest(
  r: UpdateRequest,
  grant: boolean,
  reason: string,
  actor: Actor,
  at: string,
): Result<UpdateRequest, 'request-refused'> {
  if (r.status !== 'pending') return err('request-refused', requestText.notPending);
  if (actor.station.role !== 'office' || actor.role !== 'supervisor')
    return err('request-refused', requestText.notSupervisor);
  if (!grant && reason.trim() === '') return err('request-refused', requestText.refuseBlank);
  return ok({
    ...r,
    status: grant ? 'granted' : 'refused',
    answer: { by: actor, at, reason: reason.trim() },
  });
}

/**
 * The requests of a data bundle the office takes in: pending ones from the sending department on tables
 * it sends straight to the office; ones the office already holds (answered or not) are left as held.
 */
export function incomingRequests(
  held: readonly UpdateRequest[],
  incoming: readonly UpdateRequest[],
  sender: string,
  tasks: readonly TaskAssignment[],
): Result<UpdateRequest[], 'request-refused'> {
  const known = new Set(held.map((r) => r.id));
  const out: UpdateRequest[] = [];
  for (const r of incoming) {
    const task = tasks.find((t) => t.tableCode === r.tableCode);
    const direct = task !== undefined && task.summaryDepartment === null;
    const fills =
      task !== undefined && [task.responsibleDepartment, ...task.cooperatingDepartments].includes(sender);
    if (r.departmentCode !== sender || r.status !== 'pending' || !direct || !fills)
      return err('request-refused', requestText.stray(r.tableCode, r.departmentCode));
    if (!known.has(r.id)) out.push(r);
  }
  return ok(out);
}

/** The office's answers, as a department applies them: its own pending requests that were answered. */
export function answersToApply(
  held: readonly UpdateRequest[],
  answers: readonly UpdateRequest[],
): UpdateRequest[] {
  const pending = new Map(held.filter((r) => r.status === 'pending').map((r) => [r.id, r]));
  return answers.filter((a) => {
    const mine = pending.get(a.id);
    return (
      a.status !== 'pending' &&
      mine !== undefined &&
      mine.tableCode === a.tableCode &&
      mine.departmentCode === a.departmentCode
    );
  });
}

/** The departments the office has answered a 申请更新 of (each gets a feedback bundle). */
export const answeredDepartments = (requests: readonly UpdateRequest[]): string[] => [
  ...new Set(requests.filter((r) => r.status !== 'pending').map((r) => r.departmentCode)),
];

/** A feedback payload with the office's answers to the addressee's requests (none: unchanged). */
export function withUpdateAnswers<P extends { readonly updateAnswers?: readonly UpdateRequest[] }>(
  payload: P,
  requests: readonly UpdateRequest[],
  addressee: string,
): P {
  const answers = requests.filter((r) => r.status !== 'pending' && r.departmentCode === addressee);
  return answers.length === 0 ? payload : { ...payload, updateAnswers: answers };
}
