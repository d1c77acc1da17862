import { describe, expect, it } from 'vitest';
import { BUILTIN_INDICATORS } from '../indicators';
import { builtInStandards } from './builtin-standards';
import { mergeThresholdFile } from './threshold-file';

const HEADER = '指标,学校类别,级别,数值,来源,已核实,备注';
const file = (...lines: string[]) => new TextEncoder().encode([HEADER, ...lines].join('\r\n'));
const base = builtInStandards('2026-01-01T00:00:00.000Z');
const merge = (...lines: string[]) => mergeThresholdFile(file(...lines), base, BUILTIN_INDICATORS, 'now');

describe('threshold file', () => {
  it('merges 限制招生 values by indicator name or id and a 规划目标, as the next version', () => {
    const r = merge(
      '生师比,工科、农、林院校,限制招生,22,教发〔2004〕2号,是,',
      'basic.books-per-student,工科、农、林院校,限制招生,30,教发〔2004〕2号,否,待核对原件',
      '生师比,,规划目标,16,,,学校“十五五”规划',
    );
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.version).toBe(2);
    expect(r.value.values).toHaveLength(base.values.length + 2);
    expect(
      r.value.values.find((v) => v.level === 'restricted' && v.indicatorId === 'basic.books-per-student'),
    ).toMatchObject({ category: 'engineering', value: 30, verified: false, note: '待核对原件' });
    expect(r.value.targets).toEqual([
      { indicatorId: 'basic.student-teacher-ratio', value: 16, note: '学校“十五五”规划' },
    ]);
  });

  it('replaces a shipped value of the same indicator, category and level', () => {
    const r = merge('生师比,工科、农、林院校,合格,17,学校核定,是,');
    if (!r.ok) throw new Error(r.error.message);
    const same = r.value.values.filter(
      (v) =>
        v.indicatorId === 'basic.student-teacher-ratio' &&
        v.category === 'engineering' &&
        v.level === 'qualified',
    );
    expect(same.map((v) => v.value)).toEqual([17]);
    expect(r.value.values).toHaveLength(base.values.length);
  });

  it.each([
    [['生师比,工科、农、林院校,合格,abc,x,是,'], '第 2 行：数值“abc”不是数字'],
    [
      ['生师比,工科、农、林院校,合格,17,x,是,', '师生比,工科、农、林院校,合格,17,x,是,'],
      '第 3 行：找不到指标“师生比”',
    ],
    [['生师比,理科院校,合格,17,x,是,'], '第 2 行：学校类别“理科院校”应为'],
    [['生师比,工科、农、林院校,优秀,17,x,是,'], '第 2 行：级别“优秀”应为'],
    [['生师比,工科、农、林院校,合格,17,,是,'], '第 2 行：来源不能为空'],
    [['具有研究生学位教师占专任教师的比例,各类,合格,150,x,是,'], '合并后第'],
    [
      ['生师比,工科、农、林院校,合格,17,x,是,', '生师比,工科、农、林院校,合格,18,x,是,'],
      '第 3 行：“生师比”（工科、农、林院校，合格）重复',
    ],
  ])('refuses the whole file naming the spot: %j', (lines, message) => {
    const r = merge(...lines);
    expect(r.ok).toBe(false);
    expect(r.ok ? '' : r.error.message).toContain(message);
    expect(r.ok ? '' : r.error.message).toMatch(/^对标值文件有误，整份未采用：/);
  });

  it('refuses a file without the header or without values', () => {
    expect(
      mergeThresholdFile(new TextEncoder().encode('a,b\n1,2'), base, BUILTIN_INDICATORS, 'now'),
    ).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('第 1 行表头应为') },
    });
    expect(mergeThresholdFile(file(), base, BUILTIN_INDICATORS, 'now').ok).toBe(false);
  });
});
