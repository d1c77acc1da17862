/**
 * What the 领导小组 sees on one page before signing off: how far every expected slice got, the open
 * 整改 items, and the checklist of what the lock freezes (each table's departments and row counts).
 * Whether open items block the lock is the lock's own precondition; this only shows them.
 */
import type { RectificationItem } from '../rectification/rectification-types';
import { completenessMatrix, type MatrixState } from '../review/completeness-matrix';
import type { Submission } from '../review/review-types';
import { yearLockBlockers, type YearLockBlocker } from '../review/year-lock';
import type { TaskAssignment } from '../tasks/task-types';

export interface FreezeLine {
  readonly tableCode: string;
  readonly departments: readonly string[];
  readonly rows: number;
  /** Every slice of this table is already locked. */
  readonly locked: boolean;
}

export interface SignoffOverview {
  readonly expected: number;
  readonly counts: Readonly<Record<MatrixState, number>>;
  readonly blockers: readonly YearLockBlocker[];
  readonly locked: number;
  readonly allLocked: boolean;
  readonly openItems: readonly RectificationItem[];
  readonly blockingItems: number;
  readonly freeze: readonly FreezeLine[];
  readonly rows: number;
}

export interface SliceCount {
  readonly tableCode: string;
  readonly departmentCode: string;
  readonly rowCount: number;
}

export function signoffOverview(
  tasks: readonly TaskAssignment[],
  submissions: readonly Submission[],
  slices: readonly SliceCount[],
  items: readonly RectificationItem[],
  today: string,
): SignoffOverview {
  const matrix = completenessMatrix(tasks, submissions, today);
  const counts = new Map(slices.map((s) => [`${s.tableCode}|${s.departmentCode}`, s.rowCount]));
  const byTable = new Map<string, { departments: string[]; rows: number; locked: boolean }>();
  for (const r of matrix.rows) {
    const line = byTable.get(r.tableCode) ?? { departments: [], rows: 0, locked: true };
    line.departments.push(r.departmentCode);
    line.rows += counts.get(`${r.tableCode}|${r.departmentCode}`) ?? 0;
    line.locked &&= r.state === 'locked';
    byTable.set(r.tableCode, line);
  }
  const freeze = [...byTable].map(([tableCode, l]) => ({ tableCode, ...l }));
  const openItems = items.filter((i) => !i.accepted);
  return {
    expected: matrix.rows.length,
    counts: matrix.counts,
    blockers: yearLockBlockers(tasks, submissions),
    locked: matrix.counts.locked,
    allLocked: matrix.rows.length > 0 && matrix.counts.locked === matrix.rows.length,
    openItems,
    blockingItems: openItems.filter((i) => i.blocking).length,
    freeze,
    rows: freeze.reduce((n, l) => n + l.rows, 0),
  };
}
