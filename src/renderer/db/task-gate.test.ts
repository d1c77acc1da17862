/**
 * The task matrix's rule in the writer itself: the office's 督导员 and 负责人 assign every table, the
 * 领导小组's 组长 only tables several departments fill, nobody at a department station (its matrix comes
 * in the setup bundle). A refused save writes nothing, not even an audit event.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { TaskAssignment } from '../../shared/tasks/task-types';
import type { StationRole } from '../../shared/workspace/workspace-types';
import { createDataWriter, type WriteResult } from './data-writer';
import { getAuditEvents, getTasks } from './reads';
import { ACTOR, makeWorkspace, openTestDb } from './test-fixtures';

const single: TaskAssignment = {
  tableCode: 'A10-1',
  responsibleDepartment: 'XGC',
  cooperatingDepartments: [],
  summaryDepartment: null,
  deadline: '20251010',
};
const cross: TaskAssignment = {
  tableCode: 'A9-6-1',
  responsibleDepartment: 'XGC',
  cooperatingDepartments: ['TW'],
  summaryDepartment: 'XGC',
  deadline: '20251010',
};

async function station(role: StationRole = 'office') {
  const db = await openTestDb();
  const writer = createDataWriter(db);
  const ws = makeWorkspace({ station: { role, departmentCode: role === 'office' ? null : 'TW' } });
  const created = await writer.createWorkspace(ws, ACTOR, { tasks: [single, cross] });
  if (!created.ok) throw new Error(created.error.message);
  /** Saves `tasks` as `role`; a refusal must leave the matrix and the audit log as they were. */
  const save = async (tasks: TaskAssignment[], as: Parameters<typeof writer.saveTasks>[3]) => {
    const before = [await getTasks(db, ws.id), (await getAuditEvents(db, ws.id)).length] as const;
    const r: WriteResult = await writer.saveTasks(ws.id, tasks, ACTOR, as);
    if (!r.ok) {
      expect(await getTasks(db, ws.id)).toEqual(before[0]);
      expect(await getAuditEvents(db, ws.id)).toHaveLength(before[1]);
    }
    return r;
  };
  return { db, ws, save };
}

const refusal = (r: WriteResult) => (r.ok ? null : { code: r.error.code, message: r.error.message });

describe('who may save the task matrix', () => {
  it('lets the 组长 reassign a table several departments fill, and nothing else', async () => {
    const { db, ws, save } = await station();
    const later = { ...cross, deadline: '20251101' };
    expect((await save([single, later], 'leader')).ok).toBe(true);
    expect((await getTasks(db, ws.id)).find((t) => t.tableCode === 'A9-6-1')?.deadline).toBe('20251101');
    // Handing a cross-department table to one department is still the 组长's decision.
    const handed = { ...later, cooperatingDepartments: [], summaryDepartment: null };
    expect((await save([single, handed], 'leader')).ok).toBe(true);

    // A10-1 is now one department's, and so is A9-6-1: the 组长 may change neither.
    for (const tasks of [
      [{ ...single, deadline: '20251101' }, handed],
      [{ ...single, cooperatingDepartments: ['TW'] }, handed],
      [single, { ...handed, cooperatingDepartments: ['TW'] }],
      [handed],
    ]) {
      const r = refusal(await save(tasks, 'leader'));
      expect(r?.code).toBe('tasks-refused');
      expect(r?.message).toMatch(
        /^领导小组组长只分配由多个部门填报的表；表 A(10-1|9-6-1) .*未保存任何修改。$/,
      );
    }
  });

  it('lets the 督导员 and 负责人 assign every table and refuses the 信息员', async () => {
    const { save } = await station();
    const moved = [{ ...single, responsibleDepartment: 'JWC' }, cross];
    expect((await save(moved, 'supervisor')).ok).toBe(true);
    expect((await save([single, cross], 'head')).ok).toBe(true);
    expect(refusal(await save(moved, 'filler'))).toEqual({
      code: 'tasks-refused',
      message: '只有督导员、负责人或领导小组组长可以分配任务。未保存任何修改。',
    });
  });

  it('refuses every user at a department station, whose matrix only the setup bundle changes', async () => {
    const { db, ws, save } = await station('department');
    for (const role of ['head', 'filler'] as const)
      expect(refusal(await save([single], role))?.message).toBe(
        '本站的任务分配来自督导室的初始化包，不能在本站修改。未保存任何修改。',
      );
    // The app's own seeding (the e2e stand-in for a setup bundle) is not a user's assignment.
    expect((await save([single], 'system')).ok).toBe(true);
    expect(await getTasks(db, ws.id)).toEqual([single]);
  });
});
