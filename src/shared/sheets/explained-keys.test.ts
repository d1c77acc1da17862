import { describe, expect, it } from 'vitest';
import { blankCheckId } from '../review/blank-notes';
import { explainedByKey } from './explained-keys';
import { convertRows, convertSheet, joinParts } from './import-convert';
import { naturalKeyOf } from './natural-key';
import { grid, studentTable } from './test-tables';

const table = studentTable();
const note = { text: '转学手续办理中', by: '陈信息', at: '2026-09-02T00:00:00.000Z' };
const stored = [
  { id: 'r1', values: { no: '2023001', name: null, sex: '男' } },
  { id: 'r2', values: { no: '2023002', name: '李四', sex: null } },
  { id: 'r3', values: { no: null, name: null, sex: '女' } },
];
const justifications = {
  [blankCheckId('r1', 'name')]: note,
  [blankCheckId('r2', 'sex')]: note,
  [blankCheckId('r3', 'name')]: note,
  'completeness:rows': note,
};

describe('stored 留空说明 by natural key (import preview)', () => {
  it('gives each noted stored row’s key and fields; rows without a key are left out', () => {
    expect(explainedByKey(table, stored, justifications)).toEqual([
      [naturalKeyOf(table, { no: '2023001' }), ['name']],
      [naturalKeyOf(table, { no: '2023002' }), ['sex']],
    ]);
    expect(explainedByKey(table, stored, {})).toEqual([]);
    expect(explainedByKey({ ...table, naturalKey: [] }, stored, justifications)).toEqual([]);
  });

  it('counts the file’s empty required cells that a stored note explains, apart, in one pass or two parts', () => {
    const labels = ['学号', '姓名', '性别'];
    const mapping = ['no', 'name', 'sex'];
    const g = grid(
      [
        labels,
        ['2023001', null, '男'], // 姓名 empty and explained
        ['2023002', '李四', '女'], // 性别 filled again: the note explains nothing
        ['2023003', null, null], // no note
        ['2023002', null, null], // 性别 explained, 姓名 not
      ],
      [],
      '学生',
    );
    const explained = new Map(explainedByKey(table, stored, justifications));
    const whole = convertSheet(g, table, mapping, 1, labels, { explained });
    expect(whole.counts.required).toBeGreaterThanOrEqual(5);
    expect(whole.explainedRequired).toBe(2);
    expect(convertSheet(g, table, mapping, 1, labels).explainedRequired).toBe(0);
    const parts = [
      convertRows(g, table, mapping, { start: 1, end: 3 }, labels, { explained }),
      convertRows(g, table, mapping, { start: 3, end: g.rowCount }, labels, { explained }),
    ].map(({ values: _v, ...summary }) => summary);
    const joined = joinParts(parts, { table, mapping, labels, sheet: g.name });
    expect(joined.explainedRequired).toBe(2);
    expect(joined.counts).toEqual(whole.counts);
  });
});
