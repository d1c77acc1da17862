/**
 * The review part of a feedback bundle (office or summary department → the station it received from):
 * decisions taken upstream, each a history entry for one (department, table) slice. It is untrusted
 * until validated here — the signature says who sent it, this schema says it is well-formed and
 * internally consistent (a return has a reason and goes to draft, an approval's level matches its state).
 * Whether the decider may take that decision on the local copy is then checked by the state machine.
 */
import { z } from 'zod';
import { parseBoundedJson } from '../bundle/bounded-json';
import { err, ok, type Result } from '../result';
import { stateAfterLevel } from './review-routing';
import { reviewText, type ReviewRefusalCode } from './review-text';
import { historyEntrySchema, stateRank, type HistoryEntry, type Submission } from './review-types';
import { rectificationItemSchema, type RectificationItem } from '../rectification/rectification-types';
import { nextReviewState } from './review-workflow';
import { CORRECTIONS_MAX, sliceCorrectionSchema, type SliceCorrection } from './slice-correction';
import { UPDATE_REQUESTS_MAX, updateRequestSchema, type UpdateRequest } from './update-request';
import { lockListExtractsSchema, signedLockListSchema } from '../year-close/lock-list-schema';
import type { SignedLockList } from '../year-close/signed-lock-list';

export const FEEDBACK_DECISIONS_MAX = 5000;
export const FEEDBACK_RECTIFICATIONS_MAX = 2000;
/** The signed entry of a feedback bundle that carries the decisions. */
export const FEEDBACK_ENTRY = 'files/feedback.json';

const code = z.string().min(1).max(32);

/** The `to` state each upstream decision must name; anything else is a forged or corrupt entry. */
function expectedTo(e: HistoryEntry): string | null {
  switch (e.action) {
    case 'return':
    case 'update':
      return 'draft';
    case 'approve':
      return e.level === 2 || e.level === 3 ? stateAfterLevel(e.level) : null;
    case 'lock':
      return 'locked';
    case 'reopen':
      return 'school-approved';
    default:
      return null; // submit and receive happen at the station itself, never in feedback
  }
}

export const feedbackDecisionSchema = z
  .object({ departmentCode: code, tableCode: code, entry: historyEntrySchema })
  .strict()
  .superRefine((d, ctx) => {
    const e = d.entry;
    if (expectedTo(e) !== e.to)
      ctx.addIssue({ code: 'custom', message: `invalid decision ${e.action} → ${e.to}` });
    if (e.actor.station.role === 'department')
      ctx.addIssue({ code: 'custom', message: 'feedback decisions come from upstream' });
    if (
      (e.action === 'return' || e.action === 'reopen' || e.action === 'update') &&
      (e.reason ?? '').trim() === ''
    )
      ctx.addIssue({ code: 'custom', message: 'a return, reopen or update needs a reason' });
  });
export interface FeedbackDecision {
  readonly departmentCode: string;
  readonly tableCode: string;
  readonly entry: HistoryEntry;
}

export const feedbackPayloadSchema = z
  .object({
    format: z.literal('review-feedback'),
    version: z.literal(1),
    decisions: z.array(feedbackDecisionSchema).max(FEEDBACK_DECISIONS_MAX),
    /** Optional (added later, so older payloads still read): the office's 整改 items for the addressee. */
    rectifications: z.array(rectificationItemSchema).max(FEEDBACK_RECTIFICATIONS_MAX).optional(),
    /** Optional (added later): the office's 校级更正 of slices that came from the addressee. */
    corrections: z.array(sliceCorrectionSchema).max(CORRECTIONS_MAX).optional(),
    /** Optional (added later): the office's answers to the addressee's 申请更新. */
    updateAnswers: z.array(updateRequestSchema).max(UPDATE_REQUESTS_MAX).optional(),
    /** Optional (added later): the office's signed 锁定清单 while its year is locked (verified on import). */
    lockList: signedLockListSchema.optional(),
    /**
     * Optional (added later): to a summary department, the office's signed extracts for the departments it
     * relays to, one each, so each station down the relay keeps its own extract (lock-list-extract.ts).
     */
    lockListExtracts: lockListExtractsSchema.optional(),
  })
  .strict();
export interface FeedbackPayload {
  readonly format: 'review-feedback';
  readonly version: 1;
  readonly decisions: readonly FeedbackDecision[];
  readonly rectifications?: readonly RectificationItem[];
  readonly corrections?: readonly SliceCorrection[];
  readonly updateAnswers?: readonly UpdateRequest[];
  readonly lockList?: SignedLockList;
  readonly lockListExtracts?: readonly SignedLockList[];
}
// Compile-time proof that what the schema accepts is the domain type.
const asFeedbackPayload = (p: z.infer<typeof feedbackPayloadSchema>): FeedbackPayload => p;

/** Validates a parsed feedback payload at the trust boundary; the message is for the person importing. */
export function parseFeedbackPayload(data: unknown): Result<FeedbackPayload, 'invalid-feedback'> {
  const r = feedbackPayloadSchema.safeParse(data);
  return r.success
    ? ok(asFeedbackPayload(r.data))
    : err('invalid-feedback', '反馈包中的审核意见格式不正确，已拒绝导入');
}

/** Reads a verified feedback bundle's decisions: bounded JSON parse, then the schema (in the verify Worker). */
export function readFeedbackPayload(
  files: ReadonlyMap<string, Uint8Array>,
): Result<FeedbackPayload, 'invalid-feedback'> {
  const raw = files.get(FEEDBACK_ENTRY);
  const json =
    raw === undefined
      ? null
      : parseBoundedJson(raw, { maxBytes: 32 * 1024 * 1024, maxDepth: 16 }, FEEDBACK_ENTRY);
  if (json === null || !json.ok) return err('invalid-feedback', '反馈包缺少或无法读取审核意见，已拒绝。');
  return parseFeedbackPayload(json.value);
}

/**
 * Applies one upstream decision to this station's copy. A return goes through the state machine with
 * the upstream reviewer as actor, so only a decider entitled on this route can return the slice. An
 * approval, lock or reopen only tells a station whose data has already left it (dept-approved or beyond)
 * how far it got; arriving at a copy that is back in the filler's hands it is stale and refused.
 */
export function applyFeedbackDecision(
  submission: Submission,
  decision: FeedbackDecision,
): Result<Submission, ReviewRefusalCode> {
  if (decision.departmentCode !== submission.departmentCode || decision.tableCode !== submission.tableCode)
    throw new Error('feedback decision applied to another slice');
  const e = decision.entry;
  // The office's 更新 (a granted 申请更新) reopens the copy here as a return does: to the filler's draft.
  if (e.action === 'update')
    return nextReviewState(submission, { type: 'update', reason: e.reason ?? '' }, e.actor, { at: e.at });
  if (e.action === 'return')
    return nextReviewState(
      submission,
      { type: 'return', reason: e.reason ?? '', comments: e.comments ?? [] },
      e.actor,
      { at: e.at },
    );
  if (submission.state === 'locked' && e.action !== 'reopen')
    return err('locked', reviewText.locked(submission.tableCode));
  if (stateRank(submission.state) < stateRank('dept-approved'))
    return err('wrong-state', reviewText.wrongState(submission.tableCode, e.action, submission.state));
  // `from` is rewritten to this copy's state so the copy's history stays an unbroken chain of states.
  return ok({
    ...submission,
    state: e.to,
    history: [...submission.history, { ...e, from: submission.state }],
  });
}
