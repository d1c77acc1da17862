import { describe, expect, it } from 'vitest';
import { fieldFixture } from './catalog-fixtures';
import type { FieldDef } from './catalog-types';
import { cellText, cellValueProblem } from './field-value-fit';

const f = (over: Partial<FieldDef>): FieldDef => fieldFixture({ key: 'x', label: 'X', ...over });

describe('cellValueProblem', () => {
  it('lets empty cells fit every type', () => {
    for (const type of ['integer', 'enum', 'date', 'idCard', 'boolean'] as const) {
      expect(cellValueProblem(null, f({ type, options: ['a'] }))).toBeNull();
      expect(cellValueProblem('  ', f({ type, options: ['a'] }))).toBeNull();
    }
  });

  it('accepts numeric text for integers and refuses fractions and words', () => {
    const int = f({ type: 'integer' });
    expect(cellValueProblem('12', int)).toBeNull();
    expect(cellValueProblem(12, int)).toBeNull();
    expect(cellValueProblem('12.5', int)).toBe('不是整数');
    expect(cellValueProblem(2.5, int)).toBe('不是整数');
    expect(cellValueProblem('二年级', int)).toBe('不是整数');
    expect(cellValueProblem(true, int)).toBe('不是数值');
  });

  it('checks bounds of numeric fields', () => {
    const years = f({ type: 'integer', min: 2, max: 5 });
    expect(cellValueProblem(3, years)).toBeNull();
    expect(cellValueProblem(6, years)).toBe('大于最大值 5');
    expect(cellValueProblem('1', years)).toBe('小于最小值 2');
    expect(cellValueProblem('3.25', f({ type: 'decimal' }))).toBeNull();
  });

  it('tells dates and year-months apart', () => {
    expect(cellValueProblem('20240315', f({ type: 'date' }))).toBeNull();
    expect(cellValueProblem('20240230', f({ type: 'date' }))).toBe('不是 YYYYMMDD 格式的日期');
    expect(cellValueProblem('202403', f({ type: 'yearMonth' }))).toBeNull();
    expect(cellValueProblem(202403, f({ type: 'yearMonth' }))).toBeNull();
    expect(cellValueProblem('20240315', f({ type: 'yearMonth' }))).toBe('不是 YYYYMM 格式的年月');
    expect(cellValueProblem('202413', f({ type: 'yearMonth' }))).toBe('不是 YYYYMM 格式的年月');
  });

  it('checks enum options unless they are pending', () => {
    expect(cellValueProblem('男', f({ type: 'enum', options: ['男', '女'] }))).toBeNull();
    expect(cellValueProblem('未知', f({ type: 'enum', options: ['男', '女'] }))).toBe('不在选项中');
    expect(cellValueProblem('任意', f({ type: 'enum', optionsPending: true }))).toBeNull();
    expect(cellValueProblem(true, f({ type: 'enum', options: ['是', '否'] }))).toBeNull();
  });

  it('matches code patterns as a whole', () => {
    const post = f({ type: 'code', pattern: '\\d{6}' });
    expect(cellValueProblem('515000', post)).toBeNull();
    expect(cellValueProblem(515000, post)).toBeNull();
    expect(cellValueProblem('5150001', post)).toBe('不符合代码格式');
    expect(cellValueProblem('anything', f({ type: 'code' }))).toBeNull();
  });

  it('checks ID numbers and booleans', () => {
    expect(cellValueProblem('11010519491231002X', f({ type: 'idCard' }))).toBeNull();
    expect(cellValueProblem('110105194912310021', f({ type: 'idCard' }))).toBe('不是有效的身份证号');
    expect(cellValueProblem('是', f({ type: 'boolean' }))).toBeNull();
    expect(cellValueProblem(false, f({ type: 'boolean' }))).toBeNull();
    expect(cellValueProblem('有', f({ type: 'boolean' }))).toBe('不是“是/否”');
  });
});

describe('cellText', () => {
  it('shows booleans as 是/否 and empty as an empty string', () => {
    expect(cellText(true)).toBe('是');
    expect(cellText(null)).toBe('');
    expect(cellText(3.5)).toBe('3.5');
  });
});
