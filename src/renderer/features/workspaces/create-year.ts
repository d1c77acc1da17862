/**
 * Creating a collection year with what every new year starts from: the built-in departments, the built-in
 * catalog and the default task matrix, in one write. The 新建采集年度 form and the e2e seeding hook both come
 * here, so a seeded year is exactly the year a user would have created.
 */
import type { Workspace } from '../../../shared/workspace/workspace-types';
import { builtInDepartments } from '../../../shared/departments/builtin-departments';
import { builtInCatalog } from '../../../shared/catalog/builtin-catalog';
import { defaultTasks } from '../../../shared/tasks/default-tasks';
import { repository } from '../../data/repository-instance';

const SYSTEM_ACTOR = { name: '系统', role: 'system' } as const;

/** Writes the new year; resolves with the writer's refusal message, or null when it was created. */
export async function createYearWithBuiltIns(ws: Workspace): Promise<string | null> {
  const departments = builtInDepartments();
  const catalog = builtInCatalog();
  const tasks = defaultTasks(catalog, departments, ws.deadlines.fill);
  const r = await repository().createWorkspace({ workspace: ws, departments, catalog, tasks }, SYSTEM_ACTOR);
  return r.ok ? null : r.error.message;
}
