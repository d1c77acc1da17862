/**
 * 新建下一学年 (rollover), the pure part: the next year's workspace with every date moved one year,
 * the task deadlines moved, which tables start from last year's rows (point-in-time tables, each row
 * marked 待核实 as `src: 'carried'`) and which start empty (period tables), and when a year may roll over.
 */
import type { Catalog } from '../catalog/catalog-types';
import type { StoredRow } from '../records/record-types';
import { err, ok, type Result } from '../result';
import type { Submission } from '../review/review-types';
import type { TaskAssignment } from '../tasks/task-types';
import { academicYearLabel } from '../workspace/collection-period';
import { keyStoreIdOf, type Workspace } from '../workspace/workspace-types';

/** YYYYMMDD moved by whole years; 29 February becomes 28 February in a common year. */
export function shiftDate(yyyymmdd: string, years = 1): string {
  const y = Number(yyyymmdd.slice(0, 4)) + years;
  const md = yyyymmdd.slice(4);
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  return `${y}${md === '0229' && !leap ? '0228' : md}`;
}

/**
 * The next year's workspace: same school, station, local users (names, roles, PINs) and signing key
 * (the key store entry of the year it came from), dates + 1 year.
 */
export function nextYearWorkspace(old: Workspace, id: string, at: string): Workspace {
  const from = academicYearLabel(old.academicYearStart);
  const to = academicYearLabel(old.academicYearStart + 1);
  const d = old.deadlines;
  return {
    ...old,
    id,
    name: old.name.includes(from) ? old.name.replace(from, to) : `${to}状态数据`,
    academicYearStart: old.academicYearStart + 1,
    financeYear: old.financeYear + 1,
    snapshotDate: shiftDate(old.snapshotDate),
    deadlines: {
      fill: shiftDate(d.fill),
      departmentReview: shiftDate(d.departmentReview),
      summaryReview: shiftDate(d.summaryReview),
      schoolReview: shiftDate(d.schoolReview),
    },
    users: old.users.map((u) => ({ ...u })),
    keyStoreId: keyStoreIdOf(old),
    createdAt: at,
    updatedAt: at,
  };
}

export const nextYearTasks = (tasks: readonly TaskAssignment[]): TaskAssignment[] =>
  tasks.map((t) => ({
    ...t,
    cooperatingDepartments: [...t.cooperatingDepartments],
    deadline: shiftDate(t.deadline),
    ...(t.updatePoints ? { updatePoints: t.updatePoints.map((p) => shiftDate(p)) } : {}),
  }));

/** Tables whose rows carry over: the point-in-time (时点) tables; period tables start empty. */
export const carriedTables = (catalog: Pick<Catalog, 'tables'>): Set<string> =>
  new Set(catalog.tables.filter((t) => t.period === 'point').map((t) => t.code));

/** Last year's rows as the new year starts them: same ids and values, 待核实 until confirmed. */
export const carryRows = (rows: readonly StoredRow[]): StoredRow[] =>
  rows.map((r) => ({ ...r, src: 'carried' as const }));

export const isUnconfirmed = (r: StoredRow): boolean => r.src === 'carried';

/** A row confirmed as still true: who and when, no longer 待核实. */
export const confirmRow = (r: StoredRow, by: string, at: string): StoredRow => ({
  ...r,
  by,
  at,
  src: 'typed',
});

const MESSAGES = {
  notLocked: '本学年数据尚未由领导小组锁定，不能新建下一学年。请先在“领导小组签发”页签发锁定。',
  deptNotLocked: (n: number) =>
    `本部门还有 ${n} 张表未收到学校的锁定反馈，不能新建下一学年。请先导入督导室的审核反馈包。`,
  exists: (name: string) => `下一学年“${name}”已存在，不能重复新建。`,
} as const;

/**
 * Whether `old` may roll over: the office needs the 领导小组's lock on record; a department or summary
 * station needs every one of its submissions locked (as the office's feedback reported it).
 */
export function rolloverRefusal(
  old: Workspace,
  officeLocked: boolean,
  submissions: readonly Submission[],
  existing: readonly Workspace[],
): Result<true> {
  const twin = existing.find(
    (w) =>
      w.id !== old.id &&
      w.school.code === old.school.code &&
      w.academicYearStart === old.academicYearStart + 1 &&
      w.station.role === old.station.role &&
      w.station.departmentCode === old.station.departmentCode,
  );
  if (twin) return err('exists', MESSAGES.exists(twin.name));
  if (old.station.role === 'office') return officeLocked ? ok(true) : err('not-locked', MESSAGES.notLocked);
  const own = submissions.filter((s) => s.departmentCode === old.station.departmentCode);
  const open = own.filter((s) => s.state !== 'locked').length;
  if (own.length === 0 || open > 0)
    return err('not-locked', MESSAGES.deptNotLocked(own.length === 0 ? 1 : open));
  return ok(true);
}
