/**
 * The writer tests' office station: one workspace whose own table A1-1 (the office, DDS, fills it) holds
 * three rows, and the people who move it through the review (filler, head, supervisor, leader).
 */
import type { Catalog } from '../../shared/catalog/catalog-types';
import { passing } from '../../shared/review/review-test-fixtures';
import type { TaskAssignment } from '../../shared/tasks/task-types';
import { createDataWriter } from './data-writer';
import { ACTOR, makeRows, makeWorkspace, openTestDb, sliceKey } from './test-fixtures';

export const OFFICE_TASK: TaskAssignment = {
  tableCode: 'A1-1',
  responsibleDepartment: 'DDS',
  cooperatingDepartments: [],
  summaryDepartment: null,
  deadline: '20251010',
};
export const FILLER = { name: '陈信息', role: 'filler' } as const;
export const HEAD = { name: '周主任', role: 'head' } as const;
export const SUPERVISOR = { name: '吴督导', role: 'supervisor' } as const;
export const LEADER = { name: '郑校长', role: 'leader' } as const;

/** Submit, L1, receive, L3: the slice ends approved at the office's level, ready to lock. */
export const TO_OFFICE_APPROVAL = [
  [{ type: 'submit' }, FILLER],
  [{ type: 'approve', level: 1, checklist: passing(1), ticks: [] }, HEAD],
  [{ type: 'receive' }, SUPERVISOR],
  [{ type: 'approve', level: 3, checklist: passing(3), ticks: [] }, SUPERVISOR],
] as const;

/** A fresh database with the office's A1-1 slice; `catalog` when the test needs the workspace to hold one. */
export async function officeSlice(catalog?: Catalog) {
  const db = await openTestDb();
  const writer = createDataWriter(db);
  const ws = makeWorkspace();
  const created = await writer.createWorkspace(ws, ACTOR, {
    tasks: [OFFICE_TASK],
    ...(catalog === undefined ? {} : { catalog }),
  });
  if (!created.ok) throw new Error(created.error.message);
  const key = sliceKey(ws.id, 'A1-1', 'DDS');
  const committed = await writer.commitSlice(key, makeRows(3), ACTOR);
  if (!committed.ok) throw new Error(committed.error.message);
  return { db, writer, ws, key };
}
