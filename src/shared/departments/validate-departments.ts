/**
 * Checks the department list before it is saved: codes unique and well-formed, names unique, built-in
 * departments kept (other stations refer to them), and no department removed while a task still names it.
 */
import { err, ok, type Result } from '../result';
import type { TaskAssignment } from '../tasks/task-types';
import { departmentSchema, type Department } from './department-types';
import { builtInDepartments } from './builtin-departments';

export function validateDepartments(
  departments: readonly Department[],
  tasks: readonly TaskAssignment[],
): Result<Department[]> {
  const codes = new Set<string>();
  const names = new Set<string>();
  for (const d of departments) {
    const parsed = departmentSchema.safeParse(d);
    if (!parsed.success) return err('invalid', `部门「${d.name || d.code}」的信息不完整或格式不对`);
    if (codes.has(d.code)) return err('duplicate-code', `部门代码 ${d.code} 重复`);
    if (names.has(d.name.trim())) return err('duplicate-name', `部门名称「${d.name}」重复`);
    codes.add(d.code);
    names.add(d.name.trim());
  }
  const missingBuiltIn = builtInDepartments().find((b) => !codes.has(b.code));
  if (missingBuiltIn) return err('builtin-removed', `内置部门「${missingBuiltIn.name}」不能删除`);
  for (const t of tasks) {
    for (const code of [t.responsibleDepartment, ...t.cooperatingDepartments, t.summaryDepartment]) {
      if (code !== null && !codes.has(code))
        return err('in-use', `部门 ${code} 仍承担表 ${t.tableCode} 的任务，请先在任务分配中改派`);
    }
  }
  return ok([...departments]);
}
