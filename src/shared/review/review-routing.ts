/**
 * Who may move a submission from which state (docs/ARCHITECTURE.md §1, §4). Tables are routed per table: a slice
 * with a summary department goes department → summary (L2) → office (L3); without one it goes
 * department → office. The rules are data, so the table the tests walk is the table the code obeys.
 */
import { OFFICE_DEPARTMENT_CODE } from '../departments/builtin-departments';
import type { UserRole } from '../workspace/workspace-types';
import type { Actor, ReviewActionType, ReviewLevel, ReviewState, Submission } from './review-types';

/** `own`: the station that fills the slice; `summary`: the slice's summary department; `office`: 督导室. */
export type PartyStation = 'own' | 'summary' | 'office';

export interface Party {
  readonly station: PartyStation;
  readonly roles: readonly UserRole[];
}

export interface Transition {
  readonly to: ReviewState;
  readonly parties: readonly Party[];
  /** Set for approvals. */
  readonly level?: ReviewLevel;
}

const OFFICE_REVIEWER: Party = { station: 'office', roles: ['supervisor'] };
const SUMMARY_HEAD: Party = { station: 'summary', roles: ['head'] };

export const viaSummary = (s: Submission): boolean => s.summaryDepartment !== null;

/**
 * The transition an action takes from the submission's current state, or null when the action is not
 * possible in that state. Returns always go back to draft: only the filler can fix data.
 */
export function transitionFor(action: ReviewActionType, s: Submission): Transition | null {
  const summary = viaSummary(s);
  switch (action) {
    case 'submit':
      return s.state === 'draft'
        ? { to: 'submitted', parties: [{ station: 'own', roles: ['filler'] }] }
        : null;
    case 'approve':
      if (s.state === 'submitted')
        return { to: 'dept-approved', level: 1, parties: [{ station: 'own', roles: ['head'] }] };
      if (s.state === 'received' && summary)
        return { to: 'summary-approved', level: 2, parties: [SUMMARY_HEAD] };
      if (s.state === 'received' || (s.state === 'summary-approved' && summary))
        return { to: 'school-approved', level: 3, parties: [OFFICE_REVIEWER] };
      return null;
    case 'receive':
      // Receiving records a verified import, not a judgement, so whoever imports bundles may do it.
      if (s.state !== 'dept-approved') return null;
      return summary
        ? { to: 'received', parties: [{ station: 'summary', roles: ['filler', 'head'] }] }
        : { to: 'received', parties: [{ station: 'office', roles: ['filler', 'head', 'supervisor'] }] };
    case 'return':
      return returnTransition(s.state, summary);
    case 'lock':
      return s.state === 'school-approved'
        ? { to: 'locked', parties: [{ station: 'office', roles: ['leader'] }] }
        : null;
    case 'reopen':
      // Back to school-approved, from where the office may return the table for correction.
      return s.state === 'locked'
        ? { to: 'school-approved', parties: [{ station: 'office', roles: ['supervisor', 'leader'] }] }
        : null;
    case 'update':
      // 更新 (slice-update.ts): the filling station for a due update point, or the office granting a
      // department's 申请更新. Back to the filler's draft, so the update goes through review again.
      // summary-approved is unreachable without a summary department, as for returns.
      return UPDATE_FROM.includes(s.state) && (s.state !== 'summary-approved' || summary)
        ? {
            to: 'draft',
            parties: [{ station: 'own', roles: ['filler', 'head'] }, OFFICE_REVIEWER],
          }
        : null;
  }
}

/** The states a slice may be updated from: handed over upward, not locked (the lock is never lowered). */
export const UPDATE_FROM: readonly ReviewState[] = [
  'dept-approved',
  'received',
  'summary-approved',
  'school-approved',
];

/**
 * A return comes from the level that holds the data, or from a level above it: the office is the top
 * authority, and a copy still at dept-approved is where a feedback bundle's return lands (applied with
 * the upstream reviewer as actor), at the department or at the summary department relaying it.
 */
function returnTransition(state: ReviewState, summary: boolean): Transition | null {
  const to = 'draft';
  switch (state) {
    case 'submitted':
      return { to, parties: [{ station: 'own', roles: ['head'] }] };
    case 'dept-approved':
    case 'received':
      return { to, parties: summary ? [SUMMARY_HEAD, OFFICE_REVIEWER] : [OFFICE_REVIEWER] };
    case 'summary-approved':
      // Unreachable without a summary department; refusing keeps a corrupt copy from moving on.
      return summary ? { to, parties: [OFFICE_REVIEWER] } : null;
    case 'school-approved':
      return { to, parties: [OFFICE_REVIEWER] };
    default:
      return null;
  }
}

/** Whether the actor's station is the given party's station for this submission. */
export function isPartyStation(station: PartyStation, actor: Actor, s: Submission): boolean {
  const st = actor.station;
  switch (station) {
    case 'own':
      // The office fills its own tables as department DDS; its station carries no department code.
      return st.role === 'office'
        ? s.departmentCode === OFFICE_DEPARTMENT_CODE
        : st.departmentCode === s.departmentCode;
    case 'summary':
      return (
        st.role === 'summary' && s.summaryDepartment !== null && st.departmentCode === s.summaryDepartment
      );
    case 'office':
      return st.role === 'office';
  }
}

/** The level the next approval of this submission is at, or null when none is due. */
export function expectedLevel(s: Submission): ReviewLevel | null {
  return transitionFor('approve', s)?.level ?? null;
}

/** The state a slice reaches once the given level has approved it on its route. */
export function stateAfterLevel(level: ReviewLevel): ReviewState {
  return level === 1 ? 'dept-approved' : level === 2 ? 'summary-approved' : 'school-approved';
}
