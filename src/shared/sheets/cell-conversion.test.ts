import { describe, expect, it } from 'vitest';
import type { FieldDef } from '../catalog/catalog-types';
import { cellText } from './cell-conversion';
import { convertSheet } from './import-convert';
import { FORMULA_WITHOUT_VALUE, type SheetCell } from './sheet-cell';
import { grid, studentTable } from './test-tables';

const field = (key: string): FieldDef => {
  const f = studentTable().fields.find((x) => x.key === key);
  if (!f) throw new Error(key);
  return f;
};

describe('cellText (Excel traps)', () => {
  it('writes numbers in code and text columns as plain digits, never .0 or an exponent', () => {
    expect(cellText(field('no'), 20230101)).toEqual({ ok: true, text: '20230101' });
    expect(cellText(field('gradeid'), 123456789012345)).toEqual({ ok: true, text: '123456789012345' });
    expect(cellText(field('majorcode'), 510201)).toEqual({ ok: true, text: '510201' });
  });

  it('refuses an 18-digit number Excel has cut to 15 significant digits', () => {
    expect(cellText(field('no'), 440508199001011000).ok).toBe(false);
    expect(cellText(field('gradeid'), 1.23e17).ok).toBe(false);
  });

  it('turns real date cells into YYYYMMDD, or YYYYMM for a month-only format', () => {
    expect(cellText(field('birthday'), { date: [2003, 9, 1, 0, 0, 0] })).toEqual({
      ok: true,
      text: '20030901',
    });
    expect(cellText(field('admissiondate'), { date: [2023, 9, 1, 0, 0, 0], monthOnly: true })).toEqual({
      ok: true,
      text: '202309',
    });
  });

  it('keeps errors and formulas without cached values as errors, and empty as empty', () => {
    expect(cellText(field('name'), { error: '#N/A' }).ok).toBe(false);
    expect(cellText(field('name'), { error: FORMULA_WITHOUT_VALUE }).ok).toBe(false);
    expect(cellText(field('test_scores'), null)).toEqual({ ok: true, text: '' });
  });

  it('reads a percent-formatted 0.125 as 12.5% and removes binary noise from formula results', () => {
    expect(cellText(field('test_scores'), { percent: 0.125 })).toEqual({ ok: true, text: '12.5%' });
    expect(cellText(field('test_scores'), 0.1 + 0.2)).toEqual({ ok: true, text: '0.3' });
  });
});

describe('convertSheet', () => {
  const t = studentTable();
  const mapping = ['no', 'name', 'sex', 'birthday', 'lengthofschooling', 'test_scores'];
  const labels = ['学号', '姓名', '性别', '出生日期', '学制', '入学成绩'];

  it('converts rows, skips empty rows, keeps empty cells empty and reports trims', () => {
    const rows: SheetCell[][] = [
      labels,
      [20230001, ' 张三 ', '男', { date: [2005, 1, 2, 0, 0, 0] }, 3, null],
      [null, null, null, null, null, null],
      ['2023002', '李四', '女', '20050304', null, ''],
    ];
    const r = convertSheet(grid(rows), t, mapping, 1, labels);
    expect(r.values).toHaveLength(2);
    expect(r.values[0]).toMatchObject({
      no: '20230001',
      name: '张三',
      sex: '男',
      birthday: '20050102',
      lengthofschooling: 3,
      test_scores: null,
    });
    expect(r.values[1]?.lengthofschooling).toBeNull();
    expect(r.skippedEmptyRows).toBe(1);
    expect(r.counts.trimmed).toBe(1);
    expect(r.sheetRows).toEqual([2, 4]);
  });

  it('locates every bad cell by sheet, row, column and value', () => {
    const rows = [
      labels,
      ['2023001', '张三', '男性', '2005-13-01', '三年', 'abc'],
      ['2023001', '李四', '女', null, 3, 90],
    ];
    const r = convertSheet(grid(rows, [], '学生'), t, mapping, 1, labels);
    const located = r.issues
      .filter((i) => i.blocking)
      .map((i) => `${i.sheet}!${i.column}${i.row}=${i.value}`);
    expect(located).toEqual([
      '学生!C2=男性',
      '学生!D2=2005-13-01',
      '学生!E2=三年',
      '学生!F2=abc',
      '学生!A3=2023001',
    ]);
    expect(r.counts.duplicates).toBe(1);
    expect(r.counts.blocking).toBe(5);
  });

  it('lists an empty required cell without blocking the import', () => {
    const r = convertSheet(grid([labels, [null, '张三', '男', null, null, null]]), t, mapping, 1, labels);
    expect(r.counts.blocking).toBe(0);
    expect(r.counts.required).toBe(1);
    expect(r.issues[0]).toMatchObject({ code: 'required', column: 'A', row: 2 });
  });

  it('converts a repeated text once yet locates every cell that holds it (per-column memo)', () => {
    const rows: SheetCell[][] = [labels];
    for (let i = 0; i < 30; i++)
      rows.push([`2023${i}`, ' 王五 ', i % 2 ? '男性' : '女', '20050304', i % 3 === 0 ? '三年' : 3, 90]);
    const r = convertSheet(grid(rows, [], '学生'), t, mapping, 1, labels);
    expect(r.issues.filter((i) => i.code === 'not-an-option').map((i) => i.row)).toEqual(
      Array.from({ length: 15 }, (_, k) => 3 + 2 * k),
    );
    expect(r.issues.filter((i) => i.column === 'E' && i.blocking)).toHaveLength(10);
    expect(r.counts.trimmed).toBe(30);
    expect(r.values.every((v) => v.name === '王五' && v.birthday === '20050304')).toBe(true);
    expect(r.values.filter((v) => v.lengthofschooling === 3)).toHaveLength(20);
  });

  it('remembers a repeated number per column yet locates every cell it fails in', () => {
    const rows: SheetCell[][] = [labels];
    for (let i = 0; i < 12; i++)
      rows.push([
        i % 2 ? 440508199001011000 : 20230001 + i,
        '张三',
        '男',
        '20050304',
        i % 4 === 0 ? 3.5 : 3,
        0.1 + 0.2,
      ]);
    const r = convertSheet(grid(rows, [], '学生'), t, mapping, 1, labels);
    expect(r.issues.filter((i) => i.code === 'number-precision-lost').map((i) => i.row)).toEqual([
      3, 5, 7, 9, 11, 13,
    ]);
    expect(r.issues.filter((i) => i.column === 'E' && i.blocking).map((i) => `${i.row}=${i.value}`)).toEqual([
      '2=3.5',
      '6=3.5',
      '10=3.5',
    ]);
    expect(r.values.filter((_, i) => i % 2 === 0).map((v) => v.no)).toEqual([
      '20230001',
      '20230003',
      '20230005',
      '20230007',
      '20230009',
      '20230011',
    ]);
    expect(r.values.every((v) => v.test_scores === 0.3)).toBe(true);
    expect(r.values.filter((v) => v.lengthofschooling === 3)).toHaveLength(9);
  });
});
