import { describe, expect, it } from 'vitest';
import { fieldRules } from '../values/field-rules';
import type { FieldDef } from './catalog-types';
import { compileFieldPattern, patternRefusal } from './field-pattern';
import { cellValueProblem } from './field-value-fit';

const code = (pattern: string): FieldDef => ({
  key: 'c',
  label: '代码',
  type: 'code',
  unit: '',
  required: false,
  note: '',
  verified: true,
  pattern,
});

describe('office-defined patterns match in linear time (re2js)', () => {
  it('a catastrophic pattern such as (a|a)+$ answers at once on long values, in every place values are checked', () => {
    const field = code('(a|a)+$');
    const value = `${'a'.repeat(28)}!`;
    const started = performance.now();
    expect(fieldRules(field).validate(value)).not.toBeNull(); // grid, paste, import and merge checks
    expect(cellValueProblem(value, field)).not.toBeNull(); // catalog fit of stored values
    expect(compileFieldPattern('(a|a)+$')?.test(`${'a'.repeat(100_000)}!`)).toBe(false);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(compileFieldPattern('(a|a)+$')?.test('aaaa')).toBe(true);
  });

  it('matches the whole value, as before', () => {
    const six = compileFieldPattern('^\\d{6}$')!;
    expect([six.test('110101'), six.test('1101011'), six.test('x110101')]).toEqual([true, false, false]);
    const unanchored = compileFieldPattern('\\d{6}')!;
    expect([unanchored.test('110101'), unanchored.test('a110101')]).toEqual([true, false]);
    expect(compileFieldPattern('\\p{L}+')?.test('状态数据')).toBe(true);
  });

  it('refuses with a Chinese message what it cannot compile: backreferences, lookaround, malformed sources', () => {
    for (const source of ['(a)\\1', '(?=a)a', '(?<!a)b', '^\\d{6', '(a'])
      expect(patternRefusal(source), source).toMatch(/^格式“.+”无法识别：请使用标准正则写法/);
    expect(patternRefusal('^[A-Z]\\d{5}$')).toBeNull();
  });
});
