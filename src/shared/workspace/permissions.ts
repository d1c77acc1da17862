/**
 * Who may change what on a station. The office sets up the year (catalog, tasks, departments) and its
 * edits travel to departments in setup bundles; at a department or summary station the catalog and tasks
 * are read-only (they come from the office), and the station edits only its own contact details.
 */
import { canonicalJson } from '../canonical-json';
import type { TaskAssignment } from '../tasks/task-types';
import type { StationRole, UserRole } from './workspace-types';

export interface Station {
  readonly role: StationRole;
  readonly departmentCode: string | null;
}

const OFFICE_EDITORS: ReadonlySet<UserRole> = new Set(['supervisor', 'head']);

export function canEditCatalog(station: Station, user: UserRole): boolean {
  return station.role === 'office' && OFFICE_EDITORS.has(user);
}

export function canAssignTasks(station: Station, user: UserRole): boolean {
  return station.role === 'office' && (OFFICE_EDITORS.has(user) || user === 'leader');
}

/**
 * One row of the task matrix: the office's 督导员 and 负责人 assign every table; the 领导小组's 组长 assigns
 * the tables several departments fill (跨部门), which no single department can decide alone.
 */
export function canAssignTask(
  station: Station,
  user: UserRole,
  task: Pick<TaskAssignment, 'cooperatingDepartments' | 'summaryDepartment'>,
): boolean {
  if (station.role !== 'office') return false;
  if (OFFICE_EDITORS.has(user)) return true;
  return user === 'leader' && (task.cooperatingDepartments.length > 0 || task.summaryDepartment !== null);
}

/** No update points and an empty list of them are the same assignment. */
const sameTask = (a: TaskAssignment, b: TaskAssignment) =>
  canonicalJson({ ...a, updatePoints: a.updatePoints ?? [] }) ===
  canonicalJson({ ...b, updatePoints: b.updatePoints ?? [] });

/** Why `user` may not save the task matrix `after` over `before` (Chinese), or null when they may. */
export function taskMatrixRefusal(
  station: Station,
  user: UserRole,
  before: readonly TaskAssignment[],
  after: readonly TaskAssignment[],
): string | null {
  if (station.role !== 'office') return '本站的任务分配来自督导室的初始化包，不能在本站修改。';
  if (!canAssignTasks(station, user)) return '只有督导员、负责人或领导小组组长可以分配任务。';
  const was = new Map(before.map((t) => [t.tableCode, t]));
  const now = new Map(after.map((t) => [t.tableCode, t]));
  for (const code of new Set([...was.keys(), ...now.keys()])) {
    const b = was.get(code);
    const a = now.get(code);
    if (b !== undefined && a !== undefined && sameTask(b, a)) continue;
    // A row is judged as it was saved: the 组长 may reassign a cross-department table to one department.
    const row = b ?? a;
    if (row !== undefined && !canAssignTask(station, user, row))
      return `领导小组组长只分配由多个部门填报的表；表 ${code} 由单一部门填报，请由督导员分配。`;
  }
  return null;
}

/** The office edits every department; a station edits its own department's contacts. */
export function canEditDepartment(station: Station, user: UserRole, departmentCode: string): boolean {
  if (station.role === 'office') return OFFICE_EDITORS.has(user);
  return user === 'head' && station.departmentCode === departmentCode;
}

/** Year settings (name, deadlines, users) belong to the station's 负责人 or, at the office, the 督导员. */
export function canEditSettings(station: Station, user: UserRole): boolean {
  return user === 'head' || (station.role === 'office' && user === 'supervisor');
}

/** Validation rules, thresholds and manual checklist items are the office's (督导员 or 负责人); they travel in setup bundles. */
export function canEditRules(station: Station, user: UserRole): boolean {
  return station.role === 'office' && OFFICE_EDITORS.has(user);
}

/**
 * Signing bundles (data, setup, receipts, feedback) needs the 负责人 — at the office also the 督导员,
 * who imports bundles and sends receipts and feedback. In Electron the key also needs the passphrase.
 */
export function canSignBundles(station: Station, user: UserRole): boolean {
  return user === 'head' || (station.role === 'office' && user === 'supervisor');
}

/**
 * The year's set-up pages (采集目录, 任务分配, 校验规则, 部门管理, 年度设置) are the office's work. A
 * department's or summary station's 信息员 cannot change any of them, so they are not in that user's menu;
 * the station's 负责人 still sees them, read-only, with the reason.
 */
export function seesSetupPages(station: StationRole, user: UserRole | null): boolean {
  return station === 'office' || (user !== null && user !== 'filler');
}
