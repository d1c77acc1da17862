/**
 * Values a spreadsheet import leaves empty (留空) are kept as notes on their cells: the import's one
 * write stores the rows and the notes (on the rows' final ids) in the same transaction, or neither.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { builtInCatalog } from '../../shared/catalog/builtin-catalog';
import type { CellValue, StoredRow } from '../../shared/records/record-types';
import { DROPPED_NOTES_MAX, droppedCheckId, type DroppedCell } from '../../shared/sheets/dropped-notes';
import type { ImportMode } from '../../shared/sheets/import-merge';
import { studentTable } from '../../shared/sheets/test-tables';
import type { TaskAssignment } from '../../shared/tasks/task-types';
import { createDataWriter } from './data-writer';
import { getAuditEvents, loadSlice } from './reads';
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
const STORED: StoredRow = {
  id: '00000000-0000-4000-8000-000000000001',
  values: { no: '2023002', name: '李四', sex: '女', birthday: '20050304' },
  by: '陈信息',
  at: '2026-09-01T00:00:00.000Z',
  src: 'typed',
};
const MAPPED = ['no', 'name', 'sex', 'birthday'];
/** 2023002's 出生日期 could not be read and is left empty. */
const FILE: Record<string, CellValue>[] = [
  { no: '2023001', name: '张三', sex: '男', birthday: '20050102' },
  { no: '2023002', name: '李四', sex: '女', birthday: null },
];
const DROPPED: DroppedCell[] = [
  { index: 1, sheetRow: 3, fieldKey: 'birthday', value: '2005-13-01', message: '日期无效' },
];

async function station(tasks: TaskAssignment[] = [TASK]) {
  const db = await openTestDb();
  const writer = createDataWriter(db);
  const ws = makeWorkspace();
  expect((await writer.createWorkspace(ws, ACTOR, { catalog: builtInCatalog(), tasks })).ok).toBe(true);
  const key = sliceKey(ws.id, 'A10-1', 'DDS');
  expect((await writer.commitSlice(key, [STORED], ACTOR)).ok).toBe(true);
  const importFile = (mode: ImportMode, dropped: DroppedCell[] = DROPPED, values = FILE) =>
    writer.importSlice(
      key,
      { table: studentTable(), values: JSON.stringify(values), mappedKeys: MAPPED, mode, dropped },
      ACTOR,
    );
  return { db, writer, key, importFile };
}

describe('import notes at the writer', () => {
  it('replace: the note is stored on the matched row’s kept id, with the rows, in one audited write', async () => {
    const { db, key, importFile } = await station();
    const events = (await getAuditEvents(db, key.workspaceId)).length;
    expect((await importFile('replace')).ok).toBe(true);
    const rows = await loadSlice(db, key);
    const row = rows.find((r) => r.values.no === '2023002');
    expect(row?.id).toBe(STORED.id);
    expect(row?.values.birthday).toBeNull();
    const note = (await getSubmission(db, key))?.justifications[droppedCheckId(STORED.id, 'birthday')];
    expect(note).toMatchObject({
      text: '导入时无法识别，已留空：原值「2005-13-01」。原因：日期无效',
      by: ACTOR.actor,
    });
    const log = await getAuditEvents(db, key.workspaceId);
    expect(log).toHaveLength(events + 1);
    expect(log.at(-1)?.summary).toMatchObject({ via: 'spreadsheet-import', droppedNotes: 1 });
  });

  it('append: the note is stored on the new row’s id', async () => {
    const { db, key, importFile } = await station();
    const file = [{ no: '2023009', name: '王五', sex: null, birthday: '20050102' }];
    const dropped: DroppedCell[] = [
      { index: 0, sheetRow: 2, fieldKey: 'sex', value: '男性', message: '不在选项中' },
    ];
    expect((await importFile('append', dropped, file)).ok).toBe(true);
    const added = (await loadSlice(db, key)).find((r) => r.values.no === '2023009');
    expect(added).toBeDefined();
    const justifications = (await getSubmission(db, key))?.justifications ?? {};
    expect(Object.keys(justifications)).toEqual([droppedCheckId(added?.id ?? '', 'sex')]);
  });

  it('the note does not explain the empty required cell: the submit is still refused until it is filled', async () => {
    const { writer, key, importFile } = await station();
    const file = [{ no: '2023002', name: '李四', sex: null, birthday: '20050304' }];
    const dropped: DroppedCell[] = [
      { index: 0, sheetRow: 2, fieldKey: 'sex', value: '男性', message: '不在选项中' },
    ];
    expect((await importFile('replace', dropped, file)).ok).toBe(true);
    const r = await writer.reviewAction(key, { type: 'submit' }, FILLER, ACTOR);
    expect(r.ok ? '' : r.error.message).toContain('必填单元格未填写');
  });

  it('a later import that fills the cell again forgets the note; a row the replace drops loses its note', async () => {
    const { db, key, importFile } = await station();
    expect((await importFile('replace')).ok).toBe(true);
    const filled = FILE.map((v) => ({ ...v, birthday: '20050304' }));
    expect((await importFile('replace', [], filled)).ok).toBe(true);
    expect((await getSubmission(db, key))?.justifications).toEqual({});

    expect((await importFile('replace')).ok).toBe(true);
    expect((await importFile('replace', [], [FILE[0] as Record<string, CellValue>])).ok).toBe(true);
    expect((await getSubmission(db, key))?.justifications).toEqual({});
  });

  it('a refused append writes neither the rows nor the notes', async () => {
    const { db, key, importFile } = await station();
    const before = await loadSlice(db, key);
    const r = await importFile('append');
    expect(r.ok ? '' : r.error.message).toContain('追加导入未写入任何数据');
    expect(await loadSlice(db, key)).toEqual(before);
    expect(await getSubmission(db, key)).toBeUndefined();
  });

  it('dropped cells that do not match the rows are refused whole', async () => {
    const { db, key, importFile } = await station();
    const before = await loadSlice(db, key);
    const wrong: DroppedCell[] = [{ ...(DROPPED[0] as DroppedCell), fieldKey: 'name' }];
    const r = await importFile('replace', wrong);
    expect(r.ok ? '' : r.error.message).toContain('未写入任何数据');
    expect(await loadSlice(db, key)).toEqual(before);
    expect(await getSubmission(db, key)).toBeUndefined();
  });

  it('a frozen slice takes neither rows nor notes', async () => {
    const { db, writer, key, importFile } = await station();
    const file = [{ no: '2023002', name: '李四', sex: '女', birthday: '20050304' }];
    expect((await importFile('replace', [], file)).ok).toBe(true);
    expect((await writer.reviewAction(key, { type: 'submit' }, FILLER, ACTOR)).ok).toBe(true);
    const before = await loadSlice(db, key);
    const r = await importFile('replace');
    expect(r.ok).toBe(false);
    expect(await loadSlice(db, key)).toEqual(before);
    expect((await getSubmission(db, key))?.justifications).toEqual({});
  });

  it('without a task for the table, an import that would lose values is refused whole', async () => {
    const { db, key, importFile } = await station([]);
    const before = await loadSlice(db, key);
    const r = await importFile('replace');
    expect(r.ok ? '' : r.error.message).toContain('没有分配任务');
    expect(await loadSlice(db, key)).toEqual(before);
    // Nothing dropped: the same import goes through.
    expect((await importFile('replace', [], [FILE[0] as Record<string, CellValue>])).ok).toBe(true);
  });

  it('refuses an import leaving more than DROPPED_NOTES_MAX cells empty, nothing written', async () => {
    const { db, key, importFile } = await station();
    const before = { rows: await loadSlice(db, key), record: await getSubmission(db, key) };
    const events = (await getAuditEvents(db, key.workspaceId)).length;
    const n = DROPPED_NOTES_MAX + 1;
    const file = Array.from({ length: n }, (_, i) => ({
      no: `${2024000 + i}`,
      name: '张三',
      sex: '男',
      birthday: null,
    }));
    const dropped = file.map((_, i) => ({
      index: i,
      sheetRow: i + 2,
      fieldKey: 'birthday',
      value: '2005年1月',
      message: '日期无效',
    }));
    const r = await importFile('append', dropped, file);
    expect(r.ok ? '' : r.error.message).toMatch(
      /^有 10001 个单元格无法识别，超过一次导入可保留原值的上限（10000 个），未写入任何数据/,
    );
    expect(await loadSlice(db, key)).toEqual(before.rows);
    expect(await getSubmission(db, key)).toEqual(before.record);
    expect(await getAuditEvents(db, key.workspaceId)).toHaveLength(events);
  });
});
