import { describe, expect, it } from 'vitest';
import { isYearMonthLabel, isYesNoLabel, patternFromLabel, typeFromLabel } from './field-rules';

describe('label rules', () => {
  it('treats 是否 anywhere in the label as a yes/no question', () => {
    expect(isYesNoLabel('是否校企共建')).toBe(true);
    expect(isYesNoLabel('当年是否招生（含方向）')).toBe(true);
    expect(isYesNoLabel('有无高校教师资格证')).toBe(false);
    expect(typeFromLabel('基地是否发放学生实习补贴', 'enum')).toBe('boolean');
  });

  it('recognises （年月） with full-width or ASCII parentheses and labels ending in 年月', () => {
    expect(isYearMonthLabel('建校日期（年月）')).toBe(true);
    expect(isYearMonthLabel('代表性科研成果—获取日期(年月)')).toBe(true);
    expect(isYearMonthLabel('停招年月')).toBe(true);
    expect(isYearMonthLabel('出生日期')).toBe(false);
    expect(isYearMonthLabel('示范性高等职业院校—立项日期（年）')).toBe(false);
    expect(typeFromLabel('入学日期（年月）', 'date')).toBe('yearMonth');
  });

  it('keeps the draft type when no rule applies', () => {
    expect(typeFromLabel('出生日期', 'date')).toBe('date');
    expect(typeFromLabel('姓名', 'text')).toBe('text');
  });

  it('knows the code patterns of 学校标识码, 邮政编码 and 专业代码 but not 专业方向代码', () => {
    expect(patternFromLabel('学校标识码')).toBe('^\\d{10}$');
    expect(patternFromLabel('邮政编码')).toBe('^\\d{6}$');
    expect(patternFromLabel('行政所属专业—专业代码')).toBe('^\\d{6}$');
    expect(patternFromLabel('专业方向代码')).toBeUndefined();
    expect(patternFromLabel('学号')).toBeUndefined();
  });
});
