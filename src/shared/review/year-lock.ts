/**
 * Year-level lock (领导小组 sign-off) and reopen, over all submissions at the office. The lock freezes the
 * snapshot used for the MOE export and the report, so it is all or nothing: every slice the task matrix
 * expects must be school-approved (or already locked), and a slice that never arrived blocks it too.
 */
import { codeAsName, type DepartmentName } from '../departments/department-names';
import { err, ok, type Result } from '../result';
import { contributingDepartments, type TaskAssignment } from '../tasks/task-types';
import { listForMessage, reviewText, sliceStateLabel, type ReviewRefusalCode } from './review-text';
import { submissionKey, type Actor, type ReviewState, type Submission } from './review-types';
import { nextReviewState, type ReviewContext } from './review-workflow';

export type YearLockRefusalCode = ReviewRefusalCode | 'year-not-ready' | 'nothing-to-lock';

export interface YearLockBlocker {
  readonly departmentCode: string;
  readonly tableCode: string;
  /** null: the office never received this slice. */
  readonly state: ReviewState | null;
}

/** The slices that keep the year from being locked, in task order. */
export function yearLockBlockers(
  tasks: readonly TaskAssignment[],
  submissions: readonly Submission[],
): YearLockBlocker[] {
  const byKey = new Map(submissions.map((s) => [submissionKey(s.departmentCode, s.tableCode), s]));
  const out: YearLockBlocker[] = [];
  for (const task of tasks)
    for (const d of contributingDepartments(task)) {
      const s = byKey.get(submissionKey(d, task.tableCode));
      if (!s || (s.state !== 'school-approved' && s.state !== 'locked'))
        out.push({ departmentCode: d, tableCode: task.tableCode, state: s?.state ?? null });
    }
  return out;
}

const blockerText = (b: YearLockBlocker, name: DepartmentName) =>
  `${b.tableCode}/${name(b.departmentCode)}（${sliceStateLabel(b.state)}）`;

/**
 * Locks every school-approved submission. Refused, with the list of what is not ready, unless every
 * expected slice is school-approved or locked; the actor must be the office's 领导小组.
 * Returns the whole list with the locked ones replaced, in input order; `name` names departments in the refusal.
 */
export function lockYear(
  tasks: readonly TaskAssignment[],
  submissions: readonly Submission[],
  actor: Actor,
  ctx: ReviewContext,
  name: DepartmentName = codeAsName,
): Result<Submission[], YearLockRefusalCode> {
  if (submissions.length === 0) return err('nothing-to-lock', reviewText.nothingToLock);
  const blockers = yearLockBlockers(tasks, submissions);
  const stray = submissions.filter((s) => s.state !== 'school-approved' && s.state !== 'locked');
  const all = [
    ...blockers,
    ...stray
      .filter(
        (s) => !blockers.some((b) => b.departmentCode === s.departmentCode && b.tableCode === s.tableCode),
      )
      .map((s) => ({ departmentCode: s.departmentCode, tableCode: s.tableCode, state: s.state })),
  ];
  if (all.length)
    return err(
      'year-not-ready',
      reviewText.yearNotReady(all.length, listForMessage(all.map((b) => blockerText(b, name)))),
      {
        count: all.length,
      },
    );
  return applyEach(submissions, 'school-approved', (s) => nextReviewState(s, { type: 'lock' }, actor, ctx));
}

/** Reopens every locked submission (office only, mandatory reason, one history entry each). */
export function reopenYear(
  submissions: readonly Submission[],
  actor: Actor,
  reason: string,
  ctx: ReviewContext,
): Result<Submission[], YearLockRefusalCode> {
  if (!submissions.some((s) => s.state === 'locked')) return err('wrong-state', reviewText.yearNotLocked);
  return applyEach(submissions, 'locked', (s) => nextReviewState(s, { type: 'reopen', reason }, actor, ctx));
}

/** Applies a step to every submission in `state`; the first refusal refuses the whole batch. */
function applyEach(
  submissions: readonly Submission[],
  state: ReviewState,
  step: (s: Submission) => Result<Submission, ReviewRefusalCode>,
): Result<Submission[], YearLockRefusalCode> {
  const out: Submission[] = [];
  for (const s of submissions) {
    if (s.state !== state) {
      out.push(s);
      continue;
    }
    const r = step(s);
    if (!r.ok) return r;
    out.push(r.value);
  }
  return ok(out);
}
