/**
 * The completeness matrix: one row per (department, table) slice the task matrix expects,
 * with its review state as seen at this station, its deadline and whether it is overdue.
 *
 * Overdue means a deadline has passed and the slice is still before the state expected by then: the
 * task deadline expects the 负责人's approval (dept-approved); the workspace's summary and school review
 * deadlines, when given, expect summary-approved (routed slices only) and school-approved. A slice this
 * station never received counts as before every state.
 */
import type { Deadlines } from '../workspace/workspace-types';
import { contributingDepartments, type TaskAssignment } from '../tasks/task-types';
import { openReturn } from './open-returns';
import { sliceDisplayState } from './review-text';
import { REVIEW_STATES, stateRank, submissionKey, type ReviewState, type Submission } from './review-types';

/**
 * `missing`: no submission for this slice at this station (not started, or its bundle not yet received).
 * `locked-unsubmitted`: missing or a draft while the year is locked here — read-only, never overdue.
 */
export type MatrixState = ReviewState | 'missing' | 'locked-unsubmitted';
export const MATRIX_STATES: readonly MatrixState[] = ['missing', ...REVIEW_STATES, 'locked-unsubmitted'];

export interface MatrixRow {
  readonly departmentCode: string;
  readonly tableCode: string;
  readonly part: 'responsible' | 'cooperating';
  /** The summary department this slice goes through, or null (straight to the office). */
  readonly summaryDepartment: string | null;
  readonly state: MatrixState;
  /** YYYYMMDD */
  readonly deadline: string;
  /** The state this slice should have reached by today, or null when no deadline has passed. */
  readonly expected: ReviewState | null;
  readonly overdue: boolean;
  /** A return is open: the department is correcting it. */
  readonly returned: boolean;
}

export interface CompletenessMatrix {
  readonly rows: readonly MatrixRow[];
  readonly counts: Readonly<Record<MatrixState, number>>;
  readonly overdue: number;
}

const rank = (s: MatrixState): number => (s === 'missing' || s === 'locked-unsubmitted' ? -1 : stateRank(s));

/** A slice's matrix state: its review state, 'missing', or 'locked-unsubmitted' in a locked year. */
function matrixState(sub: Submission | undefined, yearLocked: boolean): MatrixState {
  const shown = sliceDisplayState(sub?.state, yearLocked);
  return sub === undefined && shown === 'draft' ? 'missing' : shown;
}

/** The furthest state expected of a slice by `today` (all dates YYYYMMDD; a deadline is met on its day). */
export function expectedState(
  deadline: string,
  routed: boolean,
  today: string,
  deadlines?: Pick<Deadlines, 'summaryReview' | 'schoolReview'>,
): ReviewState | null {
  if (deadlines && today > deadlines.schoolReview) return 'school-approved';
  if (deadlines && routed && today > deadlines.summaryReview) return 'summary-approved';
  return today > deadline ? 'dept-approved' : null;
}

export function completenessMatrix(
  tasks: readonly TaskAssignment[],
  submissions: readonly Submission[],
  today: string,
  deadlines?: Pick<Deadlines, 'summaryReview' | 'schoolReview'>,
  /** Only the slices this returns true for (a station's own, station-scope.ts); every slice when absent. */
  follows: (departmentCode: string, task: TaskAssignment) => boolean = () => true,
  /** The year is locked at this station (slice-gate.ts isYearLocked): nothing more is expected of a slice. */
  yearLocked = false,
): CompletenessMatrix {
  const byKey = new Map(submissions.map((s) => [submissionKey(s.departmentCode, s.tableCode), s]));
  const counts = Object.fromEntries(MATRIX_STATES.map((s) => [s, 0])) as Record<MatrixState, number>;
  const rows: MatrixRow[] = [];
  let overdue = 0;
  for (const task of tasks)
    for (const departmentCode of contributingDepartments(task)) {
      if (!follows(departmentCode, task)) continue;
      const sub = byKey.get(submissionKey(departmentCode, task.tableCode));
      const summaryDepartment = task.summaryDepartment !== departmentCode ? task.summaryDepartment : null;
      const state = matrixState(sub, yearLocked);
      const expected = yearLocked
        ? null
        : expectedState(task.deadline, summaryDepartment !== null, today, deadlines);
      const late = expected !== null && rank(state) < rank(expected);
      counts[state]++;
      if (late) overdue++;
      rows.push({
        departmentCode,
        tableCode: task.tableCode,
        part: departmentCode === task.responsibleDepartment ? 'responsible' : 'cooperating',
        summaryDepartment,
        state,
        deadline: task.deadline,
        expected,
        overdue: late,
        returned: sub !== undefined && openReturn(sub) !== null,
      });
    }
  return { rows, counts, overdue };
}

export type MatrixSortKey = 'table' | 'department' | 'deadline' | 'state';

const byTable = (a: MatrixRow, b: MatrixRow) =>
  a.tableCode.localeCompare(b.tableCode, 'en', { numeric: true });
const byDepartment = (a: MatrixRow, b: MatrixRow) => a.departmentCode.localeCompare(b.departmentCode, 'en');
const COMPARE: Readonly<Record<MatrixSortKey, (a: MatrixRow, b: MatrixRow) => number>> = {
  table: byTable,
  department: byDepartment,
  deadline: (a, b) => a.deadline.localeCompare(b.deadline),
  state: (a, b) => rank(a.state) - rank(b.state),
};

/** Sorted copy; ties fall back to table then department so the order never jumps between renders. */
export function sortMatrix(
  rows: readonly MatrixRow[],
  key: MatrixSortKey,
  direction: 'asc' | 'desc' = 'asc',
): MatrixRow[] {
  const sign = direction === 'asc' ? 1 : -1;
  return [...rows].sort((a, b) => sign * COMPARE[key](a, b) || byTable(a, b) || byDepartment(a, b));
}

export interface MatrixFilter {
  readonly departmentCode?: string;
  readonly tableCode?: string;
  readonly states?: readonly MatrixState[];
  readonly overdueOnly?: boolean;
  readonly returnedOnly?: boolean;
}

export function filterMatrix(rows: readonly MatrixRow[], f: MatrixFilter): MatrixRow[] {
  return rows.filter(
    (r) =>
      (f.departmentCode === undefined || r.departmentCode === f.departmentCode) &&
      (f.tableCode === undefined || r.tableCode === f.tableCode) &&
      (f.states === undefined || f.states.includes(r.state)) &&
      (!f.overdueOnly || r.overdue) &&
      (!f.returnedOnly || r.returned),
  );
}

export interface DepartmentProgress {
  readonly departmentCode: string;
  readonly total: number;
  /** Slices school-approved or locked. */
  readonly done: number;
  readonly overdue: number;
}

/** One line per department for the matrix header, in first-seen order. */
export function departmentProgress(rows: readonly MatrixRow[]): DepartmentProgress[] {
  const map = new Map<string, { total: number; done: number; overdue: number }>();
  for (const r of rows) {
    const p = map.get(r.departmentCode) ?? { total: 0, done: 0, overdue: 0 };
    p.total++;
    if (rank(r.state) >= stateRank('school-approved')) p.done++;
    if (r.overdue) p.overdue++;
    map.set(r.departmentCode, p);
  }
  return [...map].map(([departmentCode, p]) => ({ departmentCode, ...p }));
}
