/**
 * 申请更新 (docs/ARCHITECTURE.md "实时采集"): a department asks the office to reopen one of its frozen
 * slices when no update point is due. The request travels up the slice's route in the department's next
 * data bundle (files/review.json, `updateRequests`), through its summary department if the table has one
 * (update-request-route.ts); the office's 督导员 grants it — the 更新 step on the office's copy, whose
 * decision goes down in the feedback bundle and reopens every frozen copy on the way — or refuses it
 * with a reason. The answer goes down in the same feedback bundle (`updateAnswers`).
 *
 * Pure: schemas are the trust boundary for requests and answers read from bundles.
 */
import { z } from 'zod';
import { err, ok, type Result } from '../result';
import { contributingDepartments, type TaskAssignment } from '../tasks/task-types';
import { updateKind } from '../tasks/update-points';
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
  notAssigned: (t: string) => `表 ${t} 不是本部门的填报任务，不能申请更新。`,
  onChange: (t: string) =>
    `表 ${t} 在发生变化时更新：可随时点“更新”并填写原因后直接修改，无需申请更新；未提交申请，未写入任何内容。`,
  notPending: '该申请已答复过，不能重复答复。',
  refuseBlank: '不同意申请更新时必须填写理由。',
  notSupervisor: '只有学校督导室的督导员可以答复申请更新。',
  unknown: '没有找到该申请更新。',
  grantReason: (reason: string) => `同意申请更新：${reason}`,
} as const;

/**
 * A department's new request for its slice, or why it may not ask (already writable, locked, updated on
 * change, asked).
 */
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
  // Such a table reopens through 更新 on any day (slice-update.ts); the screen never offers the request.
  if (updateKind(task) === 'on-change') return err('request-refused', requestText.onChange(table));
  if (s === undefined || !UPDATE_FROM.includes(s.state))
    return err('request-refused', requestText.notFrozen(table));
  if (task === undefined || !contributingDepartments(task).includes(dept))
    return err('request-refused', requestText.notAssigned(table));
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
