import { describe, expect, it } from 'vitest';
import { fieldFixture, tableFixture } from '../catalog/catalog-fixtures';
import {
  columnSpecs,
  columnWidth,
  displayWidth,
  fitsOnePageWide,
  headerBlock,
  MAX_COLUMN_WIDTH,
  MIN_COLUMN_WIDTH,
} from './template-layout';
import { studentTable } from './test-tables';

const ctx = {
  schoolName: '示范学院',
  schoolIdentifier: null,
  periodText: '时点 2025-09-01',
  departmentName: null,
  generatedOn: '2025-10-01',
};

describe('template columns as a user sees them', () => {
  it('counts a CJK character as two width units', () => {
    expect(displayWidth('学号')).toBe(4);
    expect(displayWidth('A10-1')).toBe(5);
    expect(displayWidth('日期(YYYYMMDD)')).toBe(14);
  });

  it('makes a column wide enough for its label, type hint, longest option and typical value, within bounds', () => {
    expect(columnWidth(['学号'])).toBe(MIN_COLUMN_WIDTH);
    expect(columnWidth(['日期(YYYYMMDD)'])).toBe(16);
    expect(columnWidth(['性别', '基于高考“知识+技能”'])).toBe(displayWidth('基于高考“知识+技能”') + 2);
    expect(columnWidth(['很'.repeat(50)])).toBe(MAX_COLUMN_WIDTH);
    expect(columnWidth([], 20)).toBe(22);
  });

  it('gives codes, ID numbers and dates room for their values, and enums for their options', () => {
    const table = tableFixture({
      code: 'T1',
      fields: [
        fieldFixture({ key: 'no', label: '学号', type: 'code' }),
        fieldFixture({ key: 'id', label: '身份证号', type: 'idCard' }),
        fieldFixture({ key: 'd', label: '出生日期', type: 'date' }),
        fieldFixture({
          key: 'e',
          label: '招生方式',
          type: 'enum',
          options: ['对口招生', '基于高考“知识+技能”'],
        }),
      ],
    });
    const [no, id, d, e] = columnSpecs(table);
    expect(no?.width).toBeGreaterThanOrEqual(16);
    expect(id?.width).toBeGreaterThanOrEqual(20);
    expect(d?.width).toBeGreaterThanOrEqual(displayWidth('日期(YYYYMMDD)'));
    expect(e?.width).toBeGreaterThanOrEqual(displayWidth('基于高考“知识+技能”'));
  });

  it('shows amounts in 元 with two decimals, keeps other decimals General and integers as 0', () => {
    const specs = columnSpecs(studentTable());
    const byKey = (k: string) => specs.find((s) => s.field.key === k);
    expect(byKey('arrearage')?.numFmt).toBe('0.00');
    expect(byKey('test_scores')?.numFmt).toBe('General');
    expect(byKey('lengthofschooling')?.numFmt).toBe('0');
    expect(byKey('no')?.numFmt).toBe('@');
  });

  it('tells a template user to hover for notes, and an export user where the notes are', () => {
    const table = studentTable();
    expect(headerBlock(table, ctx)[5]).toContain('鼠标停在第 10 行列名上');
    expect(headerBlock(table, ctx, false)[5]).not.toContain('鼠标停在');
    expect(headerBlock(table, ctx, false)[5]).toContain('下载填报模板');
  });

  it('fits a sheet on one printed page wide only while that keeps it at least half size', () => {
    expect(fitsOnePageWide([20, 20, 20])).toBe(true);
    expect(fitsOnePageWide(new Array<number>(25).fill(14))).toBe(false);
  });
});
