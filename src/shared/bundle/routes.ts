/**
 * Where each slice travels (docs/ARCHITECTURE.md §1, docs/bundle-rules.md): a table with a summary department goes from each
 * contributing department to that summary department, which forwards the union to the office; a table
 * without one goes straight to the office. These rules decide what 导出数据包 offers, which tables a
 * receiving station accepts from which sender, and whose key may send a station feedback.
 */
import { contributingDepartments, type TaskAssignment } from '../tasks/task-types';
import { OFFICE_ADDRESSEE } from './manifest';

/** Addressee → table codes of the department's own slices it sends there as data bundles. */
export function outgoingRoutes(
  tasks: readonly TaskAssignment[],
  departmentCode: string,
): Map<string, string[]> {
  const routes = new Map<string, string[]>();
  for (const t of tasks) {
    if (!contributingDepartments(t).includes(departmentCode)) continue;
    // A summary department's own slice of a table it aggregates travels inside its forward bundle.
    if (t.summaryDepartment === departmentCode) continue;
    const to = t.summaryDepartment ?? OFFICE_ADDRESSEE;
    routes.set(to, [...(routes.get(to) ?? []), t.tableCode].sort());
  }
  return routes;
}

/**
 * Where a department's entered annex figures travel (docs/bundle-rules.md "Annex figures"): with its data
 * bundle to the office when it sends the office anything directly (or nothing at all), otherwise through
 * the first of its summary departments, whose forward carries them inside the department's signed
 * original. One channel per department, so an older copy sent another way can never overtake a newer one.
 */
export function annexRoute(tasks: readonly TaskAssignment[], departmentCode: string): string {
  const to = [...outgoingRoutes(tasks, departmentCode).keys()];
  return to.length === 0 || to.includes(OFFICE_ADDRESSEE) ? OFFICE_ADDRESSEE : to.sort()[0]!;
}

/** Tables a summary department aggregates and forwards. */
export function forwardedTables(
  tasks: readonly TaskAssignment[],
  summaryDepartment: string,
): TaskAssignment[] {
  return tasks.filter((t) => t.summaryDepartment === summaryDepartment);
}

/** Summary departments this department reports through: their keys may send it feedback. */
export function summaryDepartmentsOf(tasks: readonly TaskAssignment[], departmentCode: string): string[] {
  const out = new Set<string>();
  for (const t of tasks) {
    if (
      t.summaryDepartment !== null &&
      t.summaryDepartment !== departmentCode &&
      contributingDepartments(t).includes(departmentCode)
    ) {
      out.add(t.summaryDepartment);
    }
  }
  return [...out].sort();
}

/**
 * May `sender` deliver its slice of `task` to the station `here` ('OFFICE' or a department code) in a
 * bundle of `kind`? Data: the sender contributes and the table routes to here. Forward: the sender is
 * the table's summary department and here is the office.
 */
export function mayDeliver(
  task: TaskAssignment,
  sender: string,
  here: string,
  kind: 'data' | 'forward',
): boolean {
  if (kind === 'forward') return here === OFFICE_ADDRESSEE && task.summaryDepartment === sender;
  if (!contributingDepartments(task).includes(sender) || task.summaryDepartment === sender) return false;
  return (task.summaryDepartment ?? OFFICE_ADDRESSEE) === here;
}
