import { describe, expect, it } from 'vitest';
import type { FieldDef } from '../catalog/catalog-types';
import { fieldDef } from '../catalog/testing/field-fixture';
import { parseCellInput } from './parse-cell-input';

const field = fieldDef;

const students = field({ label: '在校生数', type: 'integer', unit: '人', min: 0 });
const money = field({ label: '经费收入', type: 'decimal', unit: '万元', precision: 2 });
const rate = field({ label: '就业率', type: 'percent', unit: '%', precision: 1, min: 0, max: 100 });
const value = (f: FieldDef, raw: string) => parseCellInput(f, raw).value;

describe('parseCellInput: integer', () => {
  it('accepts plain, signed, grouped and full-width numbers', () => {
    expect(value(students, '1234')).toBe(1234);
    expect(value(students, '1,234')).toBe(1234);
    expect(value(students, '1,234,567')).toBe(1234567);
    expect(value(students, '１２３')).toBe(123);
    expect(value(students, '１，２３４')).toBe(1234);
    expect(value(students, '+7')).toBe(7);
    expect(value(students, '0')).toBe(0);
    expect(value(students, '12.0')).toBe(12);
    expect(value(field({ type: 'integer' }), '-5')).toBe(-5);
    expect(value(field({ type: 'integer' }), '－５')).toBe(-5);
    expect(value(field({ type: 'integer' }), '\u22125')).toBe(-5);
  });

  it('keeps an empty cell empty, never 0', () => {
    expect(parseCellInput(students, '')).toEqual({ value: null });
    expect(parseCellInput(students, '  ')).toEqual({ value: null, trimmed: true });
  });

  it('refuses 1.5 with a Chinese message and keeps the raw text', () => {
    expect(parseCellInput(students, '1.5')).toEqual({
      value: null,
      error: {
        code: 'not-an-integer',
        message: '「在校生数」应为整数，不能有小数',
        raw: '1.5',
        severity: 'error',
      },
    });
  });

  it('refuses values outside min/max', () => {
    expect(parseCellInput(students, '-1').error).toMatchObject({
      code: 'below-min',
      message: '「在校生数」不能小于 0',
    });
    expect(parseCellInput(rate, '100.5').error).toMatchObject({
      code: 'above-max',
      message: '「就业率」不能大于 100',
    });
  });

  it('refuses text, bad grouping, scientific notation and percent signs', () => {
    expect(parseCellInput(students, '无').error).toMatchObject({
      code: 'not-a-number',
      message: '「在校生数」应为整数，只填数字（可带千分位逗号），如 1234',
      raw: '无',
    });
    expect(parseCellInput(students, '12,34').error?.code).toBe('not-a-number');
    // Only a field that may be negative mentions the sign; a decimal field gets a decimal example.
    expect(parseCellInput(field({ label: '增减', type: 'integer', unit: '人' }), '无').error?.message).toBe(
      '「增减」应为整数，只填数字（可带负号、可带千分位逗号），如 1234',
    );
    expect(
      parseCellInput(field({ label: '金额', type: 'decimal', unit: '元', min: 0 }), '无').error?.message,
    ).toBe('「金额」应为数字，只填数字（可带千分位逗号），如 12.5');
    expect(parseCellInput(students, '/').error?.code).toBe('not-a-number');
    expect(parseCellInput(students, '1.23457E+17').error).toMatchObject({
      code: 'scientific-notation',
      message:
        '「在校生数」是科学计数法（如 1.1E+17），数字已被 Excel 截断；请把该列设为文本格式，重新输入后再复制',
    });
    expect(parseCellInput(students, '12%').error?.code).toBe('percent-not-allowed');
    expect(parseCellInput(students, '12345678901234567').error?.code).toBe('too-many-digits');
  });

  it("removes the column's own unit with a warning and refuses any other trailing text", () => {
    expect(parseCellInput(students, '30人')).toEqual({
      value: 30,
      warning: {
        code: 'unit-stripped',
        message: '「在校生数」已去掉单位「人」，单元格只填数字',
        raw: '30人',
        severity: 'warning',
      },
    });
    expect(parseCellInput(students, '30名').error).toMatchObject({
      code: 'unit-in-cell',
      message: '「在校生数」只填数字，不要带单位或文字（单位「人」已在表头）',
    });
  });
});

describe('parseCellInput: decimal', () => {
  it('accepts decimals within the precision, trailing zeros not counted', () => {
    expect(value(money, '1,234.56')).toBe(1234.56);
    expect(value(money, '１２．５')).toBe(12.5);
    expect(value(money, '12.50')).toBe(12.5);
    expect(value(money, '-0.5')).toBe(-0.5);
    expect(value(money, '.5')).toBe(0.5);
    expect(Object.is(value(money, '-0'), 0)).toBe(true);
  });

  it('refuses more decimals than the precision instead of rounding', () => {
    expect(parseCellInput(money, '1.234').error).toMatchObject({
      code: 'too-many-decimals',
      message: '「经费收入」最多保留 2 位小数',
      raw: '1.234',
    });
  });

  it('refuses % unless the unit is %, then reads the number shown', () => {
    expect(parseCellInput(money, '12.5%').error).toMatchObject({
      code: 'percent-not-allowed',
      message: '「经费收入」不是百分比列，不能带 %；请确认数值（如 12.5% 应填 12.5 还是 0.125）后只填数字',
    });
    expect(parseCellInput(field({ type: 'decimal', unit: '%' }), '95.2%')).toEqual({ value: 95.2 });
  });
});

describe('parseCellInput: percent', () => {
  it('stores the number shown, with or without %', () => {
    expect(parseCellInput(rate, '12.5%')).toEqual({ value: 12.5 });
    expect(parseCellInput(rate, '12.5')).toEqual({ value: 12.5 });
    expect(parseCellInput(rate, '１２．５％')).toEqual({ value: 12.5 });
    expect(parseCellInput(rate, '100 %')).toEqual({ value: 100 });
  });

  it('keeps a bare fraction as typed but warns it is read as a percentage', () => {
    expect(parseCellInput(rate, '0.5')).toEqual({
      value: 0.5,
      warning: {
        code: 'percent-maybe-fraction',
        message: '「就业率」按百分数填写：0.5 表示 0.5%，如果想填 50% 请改为 50',
        raw: '0.5',
        severity: 'warning',
      },
    });
    expect(parseCellInput(rate, '0.5%')).toEqual({ value: 0.5 });
  });

  it('applies precision to the number shown', () => {
    expect(parseCellInput(rate, '12.55%').error?.code).toBe('too-many-decimals');
  });
});
