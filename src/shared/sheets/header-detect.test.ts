import { describe, expect, it } from 'vitest';
import { detectHeader, headerAtRow } from './header-detect';
import { buildLabelIndex, matchHeader, normaliseLabel } from './header-labels';
import { grid, studentTable } from './test-tables';

describe('label normalisation', () => {
  it('folds full width, spaces, required stars and bracket styles', () => {
    expect(normaliseLabel(' 学　号 *')).toBe('学号');
    expect(normaliseLabel('入学日期（年月）')).toBe(normaliseLabel('入学日期(年月)'));
    expect(normaliseLabel('ＡＢＣ')).toBe('abc');
  });

  it('matches a header carrying the unit in parentheses, and a label without its trailing parenthesis', () => {
    const index = buildLabelIndex(studentTable());
    expect(matchHeader(index, ['学制（年）'])).toBe('lengthofschooling');
    expect(matchHeader(index, ['欠费金额(元)'])).toBe('arrearage');
    expect(matchHeader(index, ['入学日期'])).toBe('admissiondate');
    expect(matchHeader(index, ['学 号'])).toBe('no');
    expect(matchHeader(index, ['家庭住址'])).toBeNull();
  });
});

describe('detectHeader', () => {
  it('finds row 10 under a template header block and starts data on row 11', () => {
    const rows = [
      ['A10-1 在校生信息表'],
      ['学校：示范学院'],
      [],
      [],
      [],
      [],
      [],
      [],
      ['代码', '文本'],
      ['学号', '姓名', '性别'],
      ['2023001', '张三', '男'],
    ];
    const h = detectHeader(grid(rows), studentTable());
    expect(h.headerRow).toBe(9);
    expect(h.dataStart).toBe(10);
    expect(h.columns.map((c) => c.fieldKey)).toEqual(['no', 'name', 'sex']);
  });

  it('reads a two-row header with a vertically merged 学号 and a merged group label above two columns', () => {
    const rows = [
      ['学号', '基本信息', null, '学制（年）'],
      [null, '姓名', '性别', null],
      ['2023001', '张三', '男', 3],
    ];
    const merges = [
      { r0: 0, c0: 0, r1: 1, c1: 0 },
      { r0: 0, c0: 1, r1: 0, c1: 2 },
      { r0: 0, c0: 3, r1: 1, c1: 3 },
    ];
    const h = detectHeader(grid(rows, merges), studentTable());
    expect(h.headerRow).toBe(1);
    expect(h.dataStart).toBe(2);
    expect(h.columns.map((c) => c.fieldKey)).toEqual(['no', 'name', 'sex', 'lengthofschooling']);
  });

  it('joins a group label with its child when only the joined label names a field', () => {
    const t = studentTable();
    const table = {
      ...t,
      fields: [...t.fields, { ...t.fields[1]!, key: 'owner_name', label: '学校举办者—名称(全称)' }],
    };
    const rows = [
      ['学校举办者', null],
      ['名称(全称)', '学号'],
      ['教育厅', '1'],
    ];
    const h = detectHeader(grid(rows, [{ r0: 0, c0: 0, r1: 0, c1: 0 }]), table);
    expect(h.columns[0]?.fieldKey).toBe('owner_name');
    expect(h.columns[0]?.label).toBe('学校举办者—名称(全称)');
    expect(h.headerRows).toBe(2);
  });

  it('falls back to the first non-empty row when no label matches, so the user can map', () => {
    const h = detectHeader(grid([[], ['编号', '名字'], ['1', '张三']]), studentTable());
    expect(h.matched).toBe(0);
    expect(h.headerRow).toBe(1);
    expect(h.columns.map((c) => c.label)).toEqual(['编号', '名字']);
  });

  it('re-reads the header at a row the user picks', () => {
    const h = headerAtRow(grid([['学号'], ['姓名']]), studentTable(), 1);
    expect(h.columns[0]?.fieldKey).toBe('name');
    expect(h.dataStart).toBe(2);
  });
});
