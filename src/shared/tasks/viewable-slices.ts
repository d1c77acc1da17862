/**
 * Whose slice of a table a station can open on its table page, the one it opens by default first. A
 * department station holds only its own; a summary department also holds the copies of the departments
 * whose slices it summarises (received with their data bundles, reviewed and forwarded by it, and
 * changed there only by the office's decisions and 校级更正); the office holds every contributor's.
 */
import type { StationRole } from '../workspace/workspace-types';
import { contributingDepartments, type TaskAssignment } from './task-types';

export function viewableSliceDepartments(input: {
  readonly station: { readonly role: StationRole; readonly departmentCode: string | null };
  readonly task: TaskAssignment | undefined;
  /** The table's owner in the catalog, for a table with no task. */
  readonly ownerDepartment: string | null | undefined;
  /** Every department of the year, for a table with neither. */
  readonly departments: readonly string[];
}): string[] {
  const { station, task } = input;
  const own = station.departmentCode;
  if (station.role === 'office' || own === null) {
    if (task) return contributingDepartments(task);
    return input.ownerDepartment ? [input.ownerDepartment] : [...input.departments];
  }
  if (station.role === 'department' || task === undefined || task.summaryDepartment !== own) return [own];
  return [own, ...contributingDepartments(task).filter((d) => d !== own)];
}
