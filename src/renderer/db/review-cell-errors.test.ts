/**
 * Errors count: the writer refuses to submit or approve a slice whose stored rows hold type errors or
 * empty required cells, naming them; soft rule failures still go up (with a 合理性说明 at approval).
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { builtInCatalog } from '../../shared/catalog/builtin-catalog';
import type { CellValue, StoredRow } from '../../shared/records/record-types';
import { passing } from '../../shared/review/review-test-fixtures';
import type { TaskAssignment } from '../../shared/tasks/task-types';
import { createDataWriter } from './data-writer';
import { getAuditEvents } from './reads';
import { getSubmission } from './review-reads';
import { ACTOR, makeWorkspace, openTestDb, sliceKey } from './test-fixtures';

const TASK: TaskAssignment = {
  tableCode: 'A10-1',
  responsibleDepartment: 'DDS',
  cooperatingDepartments: [],
  summaryDepartment: null,
  deadline: '20251010',
};
const FILLER = { name: '陈信息', role: 'filler' } as const;
const HEAD = { name: '周主任', role: 'head' } as const;

const row = (i: number, values: Record<string, CellValue>): StoredRow => ({
  id: `00000000-0000-4000-8000-00000000000${i}`,
  values,
  by: '陈信息',
  at: '2026-09-01T00:00:00.000Z',
  src: 'typed',
});

async function setup(rows: StoredRow[]) {
  const db = await openTestDb();
  const writer = createDataWriter(db);
  const ws = makeWorkspace();
  const catalog = builtInCatalog();
  expect((await writer.createWorkspace(ws, ACTOR, { catalog, tasks: [TASK] })).ok).toBe(true);
  const key = sliceKey(ws.id, 'A10-1', 'DDS');
  expect((await writer.commitSlice(key, rows, ACTOR)).ok).toBe(true);
  return { db, writer, ws, key };
}

const BAD = [
  row(1, { no: '2023001', name: '张三', sex: 'man', birthday: '20051301' }),
  row(2, { no: '2023002', name: '李四', sex: 'female' }),
  row(3, { no: '2023003', name: null, sex: '男' }),
];

describe('cell errors block submit and approval at the writer', () => {
  it('refuses the submit with the counts and the first cells, nothing written', async () => {
    const { db, writer, ws, key } = await setup(BAD);
    const before = (await getAuditEvents(db, ws.id)).length;
    const r = await writer.reviewAction(key, { type: 'submit' }, FILLER, ACTOR);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('review-refused');
      expect(r.error.message).toMatch(
        /^表 A10-1 有 3 个单元格类型或格式错误、1 个必填单元格未填写，不能提交；请先修正：第 1 行：/,
      );
      expect(r.error.message).toContain('第 2 行');
      expect(r.error.message).toContain('第 3 行');
    }
    expect(
      await getSubmission(db, { workspaceId: ws.id, tableCode: 'A10-1', departmentCode: 'DDS' }),
    ).toBeUndefined();
    expect((await getAuditEvents(db, ws.id)).length).toBe(before);
  });

  it('submits once the cells are fixed; approval is refused again if errors came back meanwhile', async () => {
    const good = [row(1, { no: '2023001', name: '张三', sex: '男' })];
    const { db, writer, ws, key } = await setup(good);
    expect((await writer.reviewAction(key, { type: 'submit' }, FILLER, ACTOR)).ok).toBe(true);
    // The slice is frozen now; a row with an error can only be there if written before the freeze rule
    // existed (an old database): the approval still refuses it.
    await db.blocks.put({
      workspaceId: ws.id,
      tableCode: 'A10-1',
      departmentCode: 'DDS',
      blockNo: 0,
      rows: [BAD[0]!],
    });
    const r = await writer.reviewAction(
      key,
      { type: 'approve', level: 1, checklist: passing(1), ticks: [] },
      HEAD,
      ACTOR,
    );
    expect(r.ok ? '' : r.error.message).toMatch(/^表 A10-1 有 2 个单元格类型或格式错误，不能审核通过/);
    expect(
      (await getSubmission(db, { workspaceId: ws.id, tableCode: 'A10-1', departmentCode: 'DDS' }))?.state,
    ).toBe('submitted');
  });

  it('a failed hard rule in the checklist refuses the submit; a soft one does not', async () => {
    const { writer, key } = await setup([row(1, { no: '2023001', name: '张三', sex: '男' })]);
    const hard = passing(1, {
      ruleResults: [{ ruleId: 'R1', importance: 'high', status: 'fail', message: '毕业人数大于在校生数' }],
    });
    const r = await writer.reviewAction(key, { type: 'submit', checklist: hard }, FILLER, ACTOR);
    expect(r.ok ? '' : r.error.message).toBe('有 1 项严重问题未解决，不能提交：毕业人数大于在校生数');
    const soft = passing(1, {
      ruleResults: [{ ruleId: 'R2', importance: 'medium', status: 'fail', message: '校舍面积偏小' }],
    });
    expect((await writer.reviewAction(key, { type: 'submit', checklist: soft }, FILLER, ACTOR)).ok).toBe(
      true,
    );
  });
});
