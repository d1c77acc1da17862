import { describe, expect, it } from 'vitest';
import { convertSheet } from './import-convert';
import type { SheetCell } from './sheet-cell';
import { grid, studentTable } from './test-tables';

describe('values written another way are reported as 已处理', () => {
  const t = studentTable();
  const mapping = ['no', 'name', 'birthday', 'admissiondate'];
  const labels = ['学号', '姓名', '出生日期', '入学年月'];

  it('reports 2023-9 stored as 202309 and 2005-3-4 stored as 20050304 as notices, not the canonical forms', () => {
    const rows: SheetCell[][] = [
      labels,
      ['2023001', '张三', '2005-3-4', '2023-9'],
      ['2023002', '李四', '20050304', '202309'],
      ['2023003', '王五', { date: [2005, 3, 4, 0, 0, 0] }, { date: [2023, 9, 1, 0, 0, 0], monthOnly: true }],
    ];
    const r = convertSheet(grid(rows), t, mapping, 1, labels);
    expect(r.values.map((v) => [v.birthday, v.admissiondate])).toEqual([
      ['20050304', '202309'],
      ['20050304', '202309'],
      ['20050304', '202309'],
    ]);
    expect(r.counts.reformatted).toBe(2);
    const notices = r.issues.filter((i) => i.code === 'reformatted');
    expect(notices.map((i) => [i.row, i.column, i.severity, i.blocking])).toEqual([
      [2, 'C', 'notice', false],
      [2, 'D', 'notice', false],
    ]);
    expect(notices[1]?.message).toContain('202309');
  });
});
