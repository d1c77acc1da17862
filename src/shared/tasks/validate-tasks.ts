/**
 * Checks a task matrix before it is saved: every task names a known table and known departments, a
 * department is not both responsible and cooperating, and a summary department is only set when there
 * is something to aggregate from another department.
 */
import { err, ok, type Result } from '../result';
import type { Catalog } from '../catalog/catalog-types';
import type { Department } from '../departments/department-types';
import { taskAssignmentSchema, type TaskAssignment } from './task-types';
import { updatePointsProblem } from './update-points';
import type { DateRange } from '../workspace/collection-period';

export function validateTasks(
  tasks: readonly TaskAssignment[],
  catalog: Catalog,
  departments: readonly Department[],
  period: DateRange = { from: '00000000', to: '99999999' },
): Result<TaskAssignment[]> {
  const tables = new Map(catalog.tables.map((t) => [t.code, t]));
  const names = new Map(departments.map((d) => [d.code, d.name]));
  const seen = new Set<string>();
  for (const task of tasks) {
    if (!taskAssignmentSchema.safeParse(task).success)
      return err('invalid', `表 ${task.tableCode} 的任务设置不完整`);
    const table = tables.get(task.tableCode);
    if (!table) return err('unknown-table', `采集目录中没有表 ${task.tableCode}`);
    if (seen.has(task.tableCode)) return err('duplicate', `表 ${task.tableCode} 分配了两次`);
    seen.add(task.tableCode);
    const label = `表 ${task.tableCode}（${table.name}）`;
    for (const d of [task.responsibleDepartment, ...task.cooperatingDepartments, task.summaryDepartment]) {
      if (d !== null && !names.has(d)) return err('unknown-department', `${label} 指定的部门 ${d} 不存在`);
    }
    if (task.cooperatingDepartments.includes(task.responsibleDepartment))
      return err('cooperating-is-owner', `${label} 的责任部门不能同时是配合部门`);
    if (new Set(task.cooperatingDepartments).size !== task.cooperatingDepartments.length)
      return err('cooperating-duplicate', `${label} 的配合部门重复`);
    const points = updatePointsProblem(task.updatePoints ?? [], period, task.updateOnChange);
    if (points !== null) return err('update-points', `${label}：${points}`);
  }
  return ok([...tasks]);
}
