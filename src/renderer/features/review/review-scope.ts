/**
 * Which slices a station reviews and which steps the signed-in user may take on each. Pure, so the
 * rules behind the buttons are tested without a UI; the state machine has the final word on every step.
 */
import { isPartyStation, transitionFor } from '../../../shared/review/review-routing';
import { openReturn } from '../../../shared/review/open-returns';
import {
  submissionKey,
  type Actor,
  type ReviewActionType,
  type Submission,
} from '../../../shared/review/review-types';
import { newSubmission } from '../../../shared/review/review-workflow';
import { contributingDepartments, type TaskAssignment } from '../../../shared/tasks/task-types';
import type { StationRef } from '../../../shared/review/review-types';

export interface ReviewSlice {
  readonly departmentCode: string;
  readonly tableCode: string;
  readonly deadline: string;
  /** The stored copy, or a fresh draft when nothing happened to the slice yet. */
  readonly submission: Submission;
  readonly stored: boolean;
  readonly returned: boolean;
}

/** Whether the station holds this slice: its own, those it summarises, every one at the office. */
function holds(station: StationRef, task: TaskAssignment, departmentCode: string): boolean {
  if (station.role === 'office') return true;
  if (departmentCode === station.departmentCode) return true;
  return station.role === 'summary' && task.summaryDepartment === station.departmentCode;
}

/** The slices a station sees on the review page, in task order. */
export function stationSlices(
  tasks: readonly TaskAssignment[],
  submissions: readonly Submission[],
  station: StationRef,
): ReviewSlice[] {
  const byKey = new Map(submissions.map((s) => [submissionKey(s.departmentCode, s.tableCode), s]));
  const out: ReviewSlice[] = [];
  for (const task of tasks)
    for (const d of contributingDepartments(task)) {
      if (!holds(station, task, d)) continue;
      const stored = byKey.get(submissionKey(d, task.tableCode));
      const submission = stored ?? newSubmission(task, d);
      out.push({
        departmentCode: d,
        tableCode: task.tableCode,
        deadline: task.deadline,
        submission,
        stored: stored !== undefined,
        returned: openReturn(submission) !== null,
      });
    }
  return out;
}

const ACTIONS: readonly ReviewActionType[] = ['submit', 'approve', 'receive', 'return', 'lock', 'reopen'];

/**
 * The steps the actor may take on the submission now, judged by route, station and role. In a year locked
 * here a draft (已锁定（未报送）) offers none: the writer refuses its submission.
 */
export function allowedActions(s: Submission, actor: Actor, yearLocked = false): ReviewActionType[] {
  if (yearLocked && s.state === 'draft') return [];
  return ACTIONS.filter((a) => {
    if (s.state === 'locked' && a !== 'reopen') return false;
    const t = transitionFor(a, s);
    return (
      t !== null && t.parties.some((p) => isPartyStation(p.station, actor, s) && p.roles.includes(actor.role))
    );
  });
}

/**
 * Whether the actor writes this slice's 合理性说明 now: the 信息员 of the filling station while the data
 * is in its hands. The 负责人 judges the justification (approves or returns) rather than rewriting it.
 */
export function canJustify(s: Submission, actor: Actor): boolean {
  return (
    actor.role === 'filler' &&
    isPartyStation('own', actor, s) &&
    (s.state === 'draft' || s.state === 'submitted')
  );
}
