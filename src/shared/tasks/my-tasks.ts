/**
 * 我的任务: the tables a station fills, with their due state. A department station sees the tables it is
 * responsible for or cooperates on; a summary station also those it aggregates; the office sees all.
 */
import type { StationRole } from '../workspace/workspace-types';
import type { TaskAssignment } from './task-types';

export type TaskDueState = 'open' | 'due-soon' | 'overdue';

export interface MyTask {
  readonly task: TaskAssignment;
  /** How this station takes part in the task. */
  readonly part: 'responsible' | 'cooperating' | 'summary' | 'office';
}

export function myTasks(
  tasks: readonly TaskAssignment[],
  station: { readonly role: StationRole; readonly departmentCode: string | null },
): MyTask[] {
  const out: MyTask[] = [];
  for (const task of tasks) {
    if (station.role === 'office') out.push({ task, part: 'office' });
    else if (task.responsibleDepartment === station.departmentCode) out.push({ task, part: 'responsible' });
    else if (station.departmentCode && task.cooperatingDepartments.includes(station.departmentCode))
      out.push({ task, part: 'cooperating' });
    else if (task.summaryDepartment === station.departmentCode) out.push({ task, part: 'summary' });
  }
  return out.sort(
    (a, b) =>
      a.task.deadline.localeCompare(b.task.deadline) ||
      a.task.tableCode.localeCompare(b.task.tableCode, 'en', { numeric: true }),
  );
}

/** `today` and `deadline` are YYYYMMDD; due soon means within 7 days. */
export function dueState(deadline: string, today: string): TaskDueState {
  if (today > deadline) return 'overdue';
  const d = (s: string) => Date.UTC(+s.slice(0, 4), +s.slice(4, 6) - 1, +s.slice(6, 8));
  return (d(deadline) - d(today)) / 86_400_000 <= 7 ? 'due-soon' : 'open';
}

/** YYYYMMDD of a Date in local time. */
export function toYyyymmdd(date: Date): string {
  return `${date.getFullYear()}${String(date.getMonth() + 1).padStart(2, '0')}${String(date.getDate()).padStart(2, '0')}`;
}
