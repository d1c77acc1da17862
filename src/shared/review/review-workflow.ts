/**
 * The review state machine: `nextReviewState(submission, action, actor, ctx)` returns the next
 * submission (state + one appended history entry) or a refusal with a stable code and a Chinese
 * message. It is pure: storage, bundles and the audit log call it and persist what it returns.
 *
 * Checks run in a fixed order so a refusal names the first thing the user can act on:
 * locked → state → level → station → role → reason/comments → checklist.
 */
import { err, ok, type Result } from '../result';
import type { TaskAssignment } from '../tasks/task-types';
import { USER_ROLE_LABELS } from '../workspace/workspace-types';
import { approvalBlockers, canApprove, type Checklist } from './checklist';
import { isPartyStation, transitionFor } from './review-routing';
import { listForMessage, reviewText, type ReviewRefusalCode } from './review-text';
import {
  CHECK_ID_PATTERN,
  type Actor,
  type CellComment,
  type HistoryEntry,
  type ReviewLevel,
  type Submission,
} from './review-types';

export type ReviewAction =
  /** `checklist`: the table's checks as the filler sees them; a failed hard check refuses the submit. */
  | { readonly type: 'submit'; readonly checklist?: Checklist }
  /** `ticks` are the ids of the manual checklist items the reviewer ticked. */
  | {
      readonly type: 'approve';
      readonly level: ReviewLevel;
      readonly checklist: Checklist;
      readonly ticks: readonly string[];
    }
  | { readonly type: 'return'; readonly reason: string; readonly comments?: readonly CellComment[] }
  | { readonly type: 'receive' }
  | { readonly type: 'lock' }
  | { readonly type: 'reopen'; readonly reason: string }
  /** `point`: the due update point a filling station's 更新 answers; absent for the office's grant. */
  | { readonly type: 'update'; readonly reason: string; readonly point?: string };

export interface ReviewContext {
  /** ISO timestamp of the decision. */
  readonly at: string;
}

/** A new draft submission for one contributing department of a task. */
export function newSubmission(task: TaskAssignment, departmentCode: string): Submission {
  const summary = task.summaryDepartment;
  return {
    departmentCode,
    tableCode: task.tableCode,
    summaryDepartment: summary !== null && summary !== departmentCode ? summary : null,
    state: 'draft',
    justifications: {},
    history: [],
  };
}

const blank = (s: string | undefined): boolean => s === undefined || s.trim() === '';

/** Applies one review action, or explains why it is refused. */
export function nextReviewState(
  submission: Submission,
  action: ReviewAction,
  actor: Actor,
  ctx: ReviewContext,
): Result<Submission, ReviewRefusalCode> {
  const table = submission.tableCode;
  if (submission.state === 'locked' && action.type === 'update')
    return err('locked', reviewText.updateLocked(table));
  if (submission.state === 'locked' && action.type !== 'reopen')
    return err('locked', reviewText.locked(table));

  const t = transitionFor(action.type, submission);
  if (!t) return err('wrong-state', reviewText.wrongState(table, action.type, submission.state));
  if (action.type === 'approve' && t.level !== undefined && action.level !== t.level)
    return err('wrong-level', reviewText.wrongLevel(table, t.level), { expected: t.level });

  const atStation = t.parties.filter((p) => isPartyStation(p.station, actor, submission));
  if (atStation.length === 0) return err('wrong-station', reviewText.wrongStation(table, action.type));
  if (!atStation.some((p) => p.roles.includes(actor.role))) {
    const roles = [...new Set(atStation.flatMap((p) => p.roles))].map((r) => USER_ROLE_LABELS[r]);
    return err('wrong-role', reviewText.wrongRole(action.type, listForMessage(roles)));
  }

  let extra: Pick<HistoryEntry, 'level' | 'reason' | 'comments' | 'point'> = {};
  switch (action.type) {
    case 'return': {
      if (blank(action.reason)) return err('missing-reason', reviewText.missingReason('return'));
      const comments = action.comments ?? [];
      if (comments.some((c) => blank(c.text))) return err('empty-comment', reviewText.emptyComment);
      extra = {
        reason: action.reason.trim(),
        ...(comments.length ? { comments: comments.map((c) => ({ ...c, text: c.text.trim() })) } : {}),
      };
      break;
    }
    case 'reopen':
      if (blank(action.reason)) return err('missing-reason', reviewText.missingReason('reopen'));
      extra = { reason: action.reason.trim() };
      break;
    case 'update': {
      if (blank(action.reason)) return err('missing-reason', reviewText.missingReason('update'));
      // The filling station updates only for an update point; without one it asks the office (申请更新).
      const grant = actor.station.role === 'office' && actor.role === 'supervisor';
      if (!grant && action.point === undefined)
        return err('no-update-point', reviewText.noUpdatePoint(table));
      extra = {
        reason: action.reason.trim(),
        ...(!grant && action.point !== undefined ? { point: action.point } : {}),
      };
      break;
    }
    case 'submit': {
      // Soft failures may go up with their 合理性说明 (or be justified later); hard ones may not.
      const hard = action.checklist ? approvalBlockers(action.checklist, {}, []).hard : [];
      if (hard.length > 0)
        return err(
          'hard-failures',
          reviewText.submitHardFailures(hard.length, listForMessage(hard.map((i) => i.text))),
        );
      break;
    }
    case 'approve': {
      // A checklist built for another level is a stale screen, not a pass.
      if (action.checklist.level !== action.level)
        return err('wrong-level', reviewText.wrongLevel(table, action.level), { expected: action.level });
      const verdict = canApprove(action.checklist, submission.justifications, action.ticks);
      if (!verdict.ok) return verdict;
      extra = { level: action.level };
      break;
    }
    default:
      break;
  }

  const entry: HistoryEntry = {
    at: ctx.at,
    actor,
    action: action.type,
    from: submission.state,
    to: t.to,
    ...extra,
  };
  return ok({ ...submission, state: t.to, history: [...submission.history, entry] });
}

/**
 * Records a 合理性说明 for a soft check. Only the filling station writes them, while the data is still
 * in its hands (draft or submitted): a reviewer above accepts a justification or returns the table.
 * Blank text removes the justification.
 */
export function setJustification(
  submission: Submission,
  checkId: string,
  text: string,
  actor: Actor,
  ctx: ReviewContext,
): Result<Submission, ReviewRefusalCode> {
  // Check ids come from buildChecklist, never from a person: a malformed one is a bug.
  if (!CHECK_ID_PATTERN.test(checkId)) throw new Error(`invalid check id: ${checkId}`);
  if (submission.state === 'locked') return err('locked', reviewText.locked(submission.tableCode));
  if (!isPartyStation('own', actor, submission)) return err('wrong-station', reviewText.justificationStation);
  if (submission.state !== 'draft' && submission.state !== 'submitted')
    return err('wrong-state', reviewText.justificationClosed(submission.state));
  const rest = Object.fromEntries(Object.entries(submission.justifications).filter(([id]) => id !== checkId));
  if (blank(text)) return ok({ ...submission, justifications: rest });
  return ok({
    ...submission,
    justifications: { ...rest, [checkId]: { text: text.trim(), by: actor.name, at: ctx.at } },
  });
}
