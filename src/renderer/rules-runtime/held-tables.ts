/** Which tables' data this station holds: every table at the office, its own (and summarised) ones elsewhere. */
import { myTasks } from '../../shared/tasks/my-tasks';
import type { TaskAssignment } from '../../shared/tasks/task-types';
import type { Workspace } from '../../shared/workspace/workspace-types';

export function heldTables(workspace: Workspace, tasks: readonly TaskAssignment[]): Set<string> {
  if (workspace.station.role === 'office') return new Set(tasks.map((t) => t.tableCode));
  return new Set(myTasks(tasks, workspace.station).map((m) => m.task.tableCode));
}
