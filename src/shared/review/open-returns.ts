/**
 * Returned items as tasks (整改任务): what a department must fix, derived from the history rather than
 * stored, so there is one source of truth and a feedback bundle only has to carry history entries.
 *
 * A return stays open until the 负责人 re-approves the fixed data (dept-approved or beyond). That is the
 * furthest the department's own copy ever sees — the corrected bundle then goes up the route — and at an
 * upstream station the copy stays in draft until that corrected bundle arrives and replaces it.
 */
import type { Actor, CellComment, ReviewState, StationRef, Submission } from './review-types';

export type ReturnProgress = 'to-fix' | 'resubmitted';

export interface ReturnTask {
  readonly departmentCode: string;
  readonly tableCode: string;
  readonly state: ReviewState;
  /** `to-fix`: the filler has to correct and resubmit; `resubmitted`: waiting for the 负责人. */
  readonly progress: ReturnProgress;
  readonly returnedAt: string;
  readonly returnedBy: Actor;
  readonly reason: string;
  readonly comments: readonly CellComment[];
}

/** The open return of one submission, or null. */
export function openReturn(s: Submission): ReturnTask | null {
  if (s.state !== 'draft' && s.state !== 'submitted') return null;
  for (let i = s.history.length - 1; i >= 0; i--) {
    const e = s.history[i];
    if (!e) continue;
    // An L1 approval after the return closed it; a later draft is ordinary editing, not a return.
    if (e.action === 'approve') return null;
    if (e.action !== 'return') continue;
    return {
      departmentCode: s.departmentCode,
      tableCode: s.tableCode,
      state: s.state,
      progress: s.state === 'draft' ? 'to-fix' : 'resubmitted',
      returnedAt: e.at,
      returnedBy: e.actor,
      reason: e.reason ?? '',
      comments: e.comments ?? [],
    };
  }
  return null;
}

/** Whether a station follows this submission's returns: its own slices, the slices it summarises, or all at the office. */
function concerns(station: StationRef, s: Submission): boolean {
  if (station.role === 'office') return true;
  if (station.departmentCode === null) return false;
  return (
    s.departmentCode === station.departmentCode ||
    (station.role === 'summary' && s.summaryDepartment === station.departmentCode)
  );
}

/** Open returns a station sees, oldest first (the longest waiting comes first). */
export function openReturns(submissions: readonly Submission[], station: StationRef): ReturnTask[] {
  const out: ReturnTask[] = [];
  for (const s of submissions) {
    if (!concerns(station, s)) continue;
    const r = openReturn(s);
    if (r) out.push(r);
  }
  return out.sort(
    (a, b) =>
      a.returnedAt.localeCompare(b.returnedAt) ||
      a.tableCode.localeCompare(b.tableCode, 'en', { numeric: true }),
  );
}
