/**
 * 留空说明 at the writer: a required cell left empty blocks the submit until the clerk explains it; the
 * note is a 合理性说明 of the review record (so it travels with the slice), and the checklist counts the
 * cell as explained, not missing.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { builtInCatalog } from '../../shared/catalog/builtin-catalog';
import type { StoredRow } from '../../shared/records/record-types';
import { blankCheckId } from '../../shared/review/blank-notes';
import { buildChecklist } from '../../shared/review/checklist';
import { studentTable } from '../../shared/sheets/test-tables';
import type { TaskAssignment } from '../../shared/tasks/task-types';
import { createDataWriter } from './data-writer';
import { loadSlice } from './reads';
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
const ROW: StoredRow = {
  id: '00000000-0000-4000-8000-000000000001',
  values: { no: '2023001', name: null, sex: '男' },
  by: '陈信息',
  at: '2026-09-01T00:00:00.000Z',
  src: 'typed',
};

/** A10-1 of DDS holding one row whose required 姓名 is empty. */
async function sliceWithEmptyName() {
  const db = await openTestDb();
  const writer = createDataWriter(db);
  const ws = makeWorkspace();
  expect((await writer.createWorkspace(ws, ACTOR, { catalog: builtInCatalog(), tasks: [TASK] })).ok).toBe(
    true,
  );
  const key = sliceKey(ws.id, 'A10-1', 'DDS');
  expect((await writer.commitSlice(key, [ROW], ACTOR)).ok).toBe(true);
  return { db, writer, key };
}

describe('留空说明', () => {
  it('an explained empty required cell no longer blocks the submit; the note stays on the record', async () => {
    const { db, writer, key } = await sliceWithEmptyName();
    const refused = await writer.reviewAction(key, { type: 'submit' }, FILLER, ACTOR);
    expect(refused.ok ? '' : refused.error.message).toContain('1 个必填单元格未填写');

    const id = blankCheckId(ROW.id, 'name');
    expect(
      (await writer.setJustification(key, id, '新生姓名以学籍系统为准，待系统导出后补录', FILLER, ACTOR)).ok,
    ).toBe(true);
    expect((await writer.reviewAction(key, { type: 'submit' }, FILLER, ACTOR)).ok).toBe(true);
    const s = await getSubmission(db, key);
    expect(s?.state).toBe('submitted');
    expect(s?.justifications[id]?.text).toBe('新生姓名以学籍系统为准，待系统导出后补录');
  });

  it('a spreadsheet replace keeps the note: the matched row keeps its id, so its empty cell stays explained', async () => {
    const { db, writer, key } = await sliceWithEmptyName();
    const id = blankCheckId(ROW.id, 'name');
    expect((await writer.setJustification(key, id, '待学籍系统导出后补录', FILLER, ACTOR)).ok).toBe(true);
    const imported = await writer.importSlice(
      key,
      {
        table: studentTable(),
        values: JSON.stringify([
          { no: '2023001', name: null, sex: '男' },
          { no: '2023002', name: '李四', sex: '女' },
        ]),
        mappedKeys: ['no', 'name', 'sex'],
        mode: 'replace',
      },
      ACTOR,
    );
    expect(imported.ok).toBe(true);
    const rows = await loadSlice(db, key);
    expect(rows.map((r) => r.id)).toContain(ROW.id);
    expect((await getSubmission(db, key))?.justifications[id]?.text).toBe('待学籍系统导出后补录');
    // The row still empty in 姓名 is explained: the submit goes through.
    const submitted = await writer.reviewAction(key, { type: 'submit' }, FILLER, ACTOR);
    expect(submitted.ok ? '' : submitted.error.message).toBe('');
  });

  it('the checklist item says how many cells are explained, and passes when all are', () => {
    const c = buildChecklist({
      level: 1,
      rows: 1,
      requiredEmpty: 0,
      explainedEmpty: 1,
      ruleResults: [],
      outliers: [],
      yoy: [],
      manual: [],
    });
    const item = c.items.find((i) => i.id === 'required:cells');
    expect([item?.status, item?.text]).toEqual([
      'pass',
      '必填项均已填写或已说明留空（1 个单元格按留空说明留空）',
    ]);
  });
});
