import { describe, expect, it } from 'vitest';
import type { CellValue } from '../records/record-types';
import { parseSubmission } from '../review/review-types';
import {
  DROPPED_VALUE_MAX,
  droppedCellsProblem,
  DROPPED_NOTES_MAX,
  droppedCheckId,
  droppedNotes,
  openDroppedNotes,
  droppedNoteText,
  withDroppedNotes,
  type DroppedCell,
} from './dropped-notes';
import { convertSheet } from './import-convert';
import { mergeImport } from './import-merge';
import { grid, studentTable } from './test-tables';

const table = studentTable();
const labels = ['学号', '姓名', '性别', '出生日期'];
const mapping = ['no', 'name', 'sex', 'birthday'];
const AT = '2026-12-07T10:00:00.000Z';
const note = (text: string) => ({ text, by: '陈信息', at: '2026-09-01T00:00:00.000Z' });

describe('dropped cells from the converter', () => {
  it('reports each cell it cannot read with its row among the written rows, field and original text', () => {
    const g = grid([
      labels,
      ['2023001', '张三', '男', '20050102'],
      [null, null, null, null],
      ['2023002', '李四', '男性', '2005-13-01'],
    ]);
    const out = convertSheet(g, table, mapping, 1, labels);
    expect(out.values).toHaveLength(2);
    expect(out.dropped).toEqual([
      expect.objectContaining({ index: 1, sheetRow: 4, fieldKey: 'sex', value: '男性' }),
      expect.objectContaining({ index: 1, sheetRow: 4, fieldKey: 'birthday', value: '2005-13-01' }),
    ]);
    expect(out.values[1]).toMatchObject({ sex: null, birthday: null });
    expect(out.dropped[1]?.message).not.toBe('');
  });
});

describe('droppedNoteText', () => {
  it('says what the file held and why it was left empty', () => {
    expect(droppedNoteText({ value: '2005-13-01', message: '日期无效' })).toBe(
      '导入时无法识别，已留空：原值「2005-13-01」。原因：日期无效',
    );
  });

  it('cuts a very long original value', () => {
    const text = droppedNoteText({ value: 'x'.repeat(5000), message: '' });
    expect(text).toContain(`「${'x'.repeat(DROPPED_VALUE_MAX)}…」`);
    expect(text.length).toBeLessThan(DROPPED_VALUE_MAX + 40);
  });
});

describe('droppedCellsProblem (the writer checks what it is handed)', () => {
  const rows: Record<string, CellValue>[] = [{ no: '2023001', sex: null, name: '张三' }];
  const cell = (over: Partial<DroppedCell>): DroppedCell => ({
    index: 0,
    sheetRow: 2,
    fieldKey: 'sex',
    value: '男性',
    message: '不在选项中',
    ...over,
  });

  it('accepts cells the rows leave empty in mapped fields', () => {
    expect(droppedCellsProblem([cell({})], rows, table, mapping)).toBeNull();
  });

  it.each([
    ['a row the file does not have', { index: 1 }],
    ['a fractional index', { index: 0.5 }],
    ['a cell that holds a value', { fieldKey: 'name' }],
    ['a field the file did not map', { fieldKey: 'lengthofschooling' }],
    ['a field the table lacks', { fieldKey: 'nosuch' }],
  ])('refuses %s', (_what, over) => {
    expect(droppedCellsProblem([cell(over)], rows, table, [...mapping, 'nosuch'])).toContain(
      '未写入任何数据',
    );
  });

  it('takes up to DROPPED_NOTES_MAX cells and refuses one more, saying the column is likely at fault', () => {
    const many = (n: number) => Array.from({ length: n }, (_, i) => cell({ index: i }));
    const column = Array.from({ length: DROPPED_NOTES_MAX + 1 }, () => ({ no: '1', sex: null }));
    expect(droppedCellsProblem(many(DROPPED_NOTES_MAX), column, table, mapping)).toBeNull();
    expect(droppedCellsProblem(many(DROPPED_NOTES_MAX + 1), column, table, mapping)).toBe(
      '有 10001 个单元格无法识别，超过一次导入可保留原值的上限（10000 个），未写入任何数据。这通常是整列格式不对（如日期写成了文字）：请在文件中更正该列后重新导入，或在列映射中不导入该列。',
    );
  });
});

describe('withDroppedNotes', () => {
  const dropped: DroppedCell[] = [
    { index: 1, sheetRow: 3, fieldKey: 'birthday', value: '2005-13-01', message: '日期无效' },
  ];

  it('pins each note to the final id of its row: a replace keeps a matched row’s id, an append makes a new one', () => {
    const stored = {
      id: 'stored-1',
      values: { no: '2023002', name: '李四' },
      by: 'a',
      at: AT,
      src: 'typed' as const,
    };
    const imported = [
      { no: '2023001', birthday: '20050102' },
      { no: '2023002', birthday: null },
    ];
    let n = 0;
    const newId = () => `new-${++n}`;
    for (const mode of ['replace', 'append'] as const) {
      n = 0;
      const merged = mergeImport({
        table,
        existing: mode === 'replace' ? [stored] : [],
        imported,
        mappedKeys: ['no', 'birthday'],
        mode,
        by: '陈信息',
        at: AT,
        newId,
      });
      const out = withDroppedNotes(
        {},
        {
          dropped,
          importedIds: merged.importedIds,
          mappedKeys: ['no', 'birthday'],
          rows: merged.rows,
          by: '陈信息',
          at: AT,
        },
      );
      const rowId = mode === 'replace' ? 'stored-1' : 'new-2';
      expect(merged.rows.some((r) => r.id === rowId)).toBe(true);
      expect(out).toEqual({
        [droppedCheckId(rowId, 'birthday')]: {
          text: '导入时无法识别，已留空：原值「2005-13-01」。原因：日期无效',
          by: '陈信息',
          at: AT,
        },
      });
      expect(
        droppedNotes(out ?? {})
          .get(rowId)
          ?.get('birthday')?.text,
      ).toContain('2005-13-01');
    }
  });

  it('forgets notes of rows that are gone and of cells the file wrote again, keeps the others', () => {
    const before = {
      [droppedCheckId('gone', 'sex')]: note('导入时无法识别，已留空：原值「男性」。'),
      [droppedCheckId('kept', 'birthday')]: note('导入时无法识别，已留空：原值「x」。'),
      [droppedCheckId('kept', 'sex')]: note('导入时无法识别，已留空：原值「y」。'),
      'blank:kept:name': note('待学籍系统导出'),
      'rule:R1': note('已核实'),
    };
    const out = withDroppedNotes(before, {
      dropped: [],
      importedIds: ['kept'],
      mappedKeys: ['no', 'birthday'],
      rows: [{ id: 'kept' }],
      by: '陈信息',
      at: AT,
    });
    expect(Object.keys(out ?? {}).sort()).toEqual(
      ['blank:kept:name', droppedCheckId('kept', 'sex'), 'rule:R1'].sort(),
    );
  });

  it('changes nothing (null) when nothing was dropped and no import note is stored', () => {
    const out = withDroppedNotes(
      { 'rule:R1': note('已核实') },
      { dropped: [], importedIds: ['a'], mappedKeys: ['no'], rows: [{ id: 'a' }], by: 'x', at: AT },
    );
    expect(out).toBeNull();
  });
});

describe('openDroppedNotes', () => {
  it('lists the notes whose cell is still empty, in row order, and none for a filled cell or a gone row', () => {
    const justifications = {
      [droppedCheckId('b', 'birthday')]: note('导入时无法识别，已留空：原值「2005-13-01」。'),
      [droppedCheckId('a', 'sex')]: note('导入时无法识别，已留空：原值「男性」。'),
      [droppedCheckId('a', 'birthday')]: note('导入时无法识别，已留空：原值「x」。'),
      [droppedCheckId('gone', 'sex')]: note('导入时无法识别，已留空：原值「y」。'),
      'blank:a:name': note('待补录'),
    };
    const rows: { id: string; values: Record<string, CellValue> }[] = [
      { id: 'a', values: { sex: null, birthday: '20050102' } },
      { id: 'b', values: { birthday: '' } },
    ];
    expect(openDroppedNotes(justifications, rows).map((d) => [d.row, d.fieldKey])).toEqual([
      [1, 'sex'],
      [2, 'birthday'],
    ]);
    expect(openDroppedNotes({}, rows)).toEqual([]);
  });
});

describe('a stored import note', () => {
  it('is a valid check id of a review record, so the record passes the checks of bundles and backups', () => {
    const id = droppedCheckId('0b7c1f7e-3c1d-4b8a-9f2e-5a6b7c8d9e0f', 'admission_date');
    const r = parseSubmission({
      departmentCode: 'XGC',
      tableCode: 'A10-1',
      summaryDepartment: null,
      state: 'draft',
      justifications: { [id]: note(droppedNoteText({ value: 'x'.repeat(5000), message: '日期无效' })) },
      history: [],
    });
    expect(r.ok).toBe(true);
  });
});
