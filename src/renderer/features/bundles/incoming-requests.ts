/**
 * The 申请更新 a data or forward bundle brings (src/shared/review/update-request-route.ts), checked at the
 * preview so a stray one refuses the bundle before anything is shown: at a summary department, its
 * contributor's requests on tables routed through it (checked, never stored: the signed original carries
 * them on); at the office, a department's requests on tables it sends straight there, or a forward's —
 * the summary department's own and each contributor's from its signed original. The merge re-checks
 * them inside its transaction (update-request-writes.ts).
 */
import type { ForwardContents } from '../../../shared/bundle/forward';
import { err, ok, type Result } from '../../../shared/result';
import { readEntryRequests } from '../../../shared/review/submission-entry';
import type { UpdateRequest } from '../../../shared/review/update-request';
import { requestOffRoute, routeText } from '../../../shared/review/update-request-route';
import type { TaskAssignment } from '../../../shared/tasks/task-types';
import type { Workspace } from '../../../shared/workspace/workspace-types';

/** The requests for the office to store (none at a summary department), or the refusal. */
export function bundleRequests(
  ws: Workspace,
  sender: string,
  own: readonly UpdateRequest[],
  forward: ForwardContents | undefined,
  tasks: readonly TaskAssignment[],
): Result<UpdateRequest[]> {
  const via =
    forward !== undefined ? sender : ws.station.role === 'summary' ? ws.station.departmentCode : null;
  const all = [...own];
  const stray = requestOffRoute(own, new Set([sender]), via, tasks);
  if (stray !== undefined) return refuse(stray);
  for (const c of forward?.contributors ?? []) {
    const read = readEntryRequests(c.reviewEntry);
    if (!read.ok) return read;
    const off = requestOffRoute(read.value, new Set([c.departmentCode]), via, tasks);
    if (off !== undefined) return refuse(off);
    all.push(...read.value);
  }
  return ok(ws.station.role === 'office' ? all : []);
}

const refuse = (r: UpdateRequest) =>
  err('request-refused' as const, routeText.stray(r.tableCode, r.departmentCode));
