/**
 * Which slices a station follows in 完成情况: the office every slice of the task matrix; a department its
 * own slices; a summary department also the slices of the tables it gathers. A department never sees
 * another department's progress, which it does not hold and does not answer for.
 */
import type { TaskAssignment } from '../tasks/task-types';
import type { StationRole } from '../workspace/workspace-types';

export interface ScopeStation {
  readonly role: StationRole;
  readonly departmentCode: string | null;
}

export function stationFollowsSlice(
  station: ScopeStation,
  departmentCode: string,
  task: Pick<TaskAssignment, 'summaryDepartment'>,
): boolean {
  if (station.role === 'office') return true;
  if (station.departmentCode === null) return false;
  if (departmentCode === station.departmentCode) return true;
  return station.role === 'summary' && task.summaryDepartment === station.departmentCode;
}
