import { describe, expect, it } from 'vitest';
import { findAppendCollisions, storedKeys } from './append-collisions';
import { naturalKeyOf } from './natural-key';
import { studentTable } from './test-tables';

const table = studentTable();

describe('append collisions', () => {
  it('locates each file row whose natural key is already stored, with its sheet row, key column, value and reason', () => {
    const existing = new Set(
      storedKeys(table, [
        { values: { no: '2023001', name: '张三' } },
        { values: { no: '2023005' } },
        { values: { no: null } },
      ]),
    );
    expect(existing.size).toBe(2);
    const r = findAppendCollisions(
      {
        table,
        sheet: '学生',
        keys: [
          { no: '2023001', name: '张三' },
          { no: '2023002', name: '李四' },
          { no: '2023005', name: '王五' },
          { no: null, name: '空学号' },
        ].map((v) => naturalKeyOf(table, v)),
        sheetRows: [11, 12, 14, 15],
        mapping: ['name', 'no'],
        labels: ['姓名', '学生学号'],
      },
      existing,
    );
    expect(r.count).toBe(2);
    expect(
      r.issues.map((i) => [i.sheet, i.row, i.column, i.columnLabel, i.value, i.code, i.severity, i.blocking]),
    ).toEqual([
      ['学生', 11, 'B', '学生学号', '2023001', 'append-collision', 'error', true],
      ['学生', 14, 'B', '学生学号', '2023005', 'append-collision', 'error', true],
    ]);
    expect(r.issues[0]?.message).toContain('「学号」与已有数据重复');
    expect(r.issues[0]?.message).toContain('替换');
  });

  it('finds nothing when nothing is stored or the table has no natural key', () => {
    const src = {
      table,
      sheet: 'S',
      keys: [naturalKeyOf(table, { no: '1' })],
      sheetRows: [2],
      mapping: ['no'],
      labels: ['学号'],
    };
    expect(findAppendCollisions(src, new Set()).count).toBe(0);
    expect(
      findAppendCollisions({ ...src, table: { ...table, naturalKey: [] } }, new Set(['1\u0000'])).count,
    ).toBe(0);
  });
});
