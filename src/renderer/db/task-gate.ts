/**
 * Who may save the task matrix, checked inside the write's transaction against the stored matrix and the
 * station (src/shared/workspace/permissions.ts): the page hides what a user may not change, the writer
 * refuses it anyway, so no other path (a script, a stale page) can assign what the rule forbids.
 */
import type { TaskAssignment } from '../../shared/tasks/task-types';
import { taskMatrixRefusal } from '../../shared/workspace/permissions';
import type { UserRole, Workspace } from '../../shared/workspace/workspace-types';
import { getTasks } from './reads';
import type { StatusDb } from './schema';
import { WriteRejected } from './write-errors';

export async function assertMayAssignInTx(
  db: StatusDb,
  workspaceId: string,
  role: UserRole,
  tasks: readonly TaskAssignment[],
): Promise<void> {
  const ws = (await db.workspaces.get(workspaceId)) as Workspace;
  const refusal = taskMatrixRefusal(ws.station, role, await getTasks(db, workspaceId), tasks);
  if (refusal !== null) throw new WriteRejected('tasks-refused', `${refusal}未保存任何修改。`);
}
