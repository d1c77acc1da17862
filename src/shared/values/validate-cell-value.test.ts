import { describe, expect, it } from 'vitest';
import { fieldDef } from '../catalog/testing/field-fixture';
import { validateCellValue } from './validate-cell-value';

const field = fieldDef;

describe('validateCellValue', () => {
  it('reports an empty required cell, null or empty string, and accepts an empty optional one', () => {
    const req = field({ label: '姓名', required: true });
    expect(validateCellValue(req, null)).toEqual({
      code: 'required',
      message: '「姓名」为必填项，不能为空',
      severity: 'error',
    });
    expect(validateCellValue(req, '')?.code).toBe('required');
    expect(validateCellValue(field({}), null)).toBeNull();
  });

  it('checks the stored type of every field type', () => {
    expect(validateCellValue(field({ type: 'integer', label: '人数' }), '12')).toEqual({
      code: 'type-mismatch',
      message: '「人数」存储的值类型不对，应为整数',
      severity: 'error',
    });
    expect(validateCellValue(field({ type: 'text' }), 12)?.code).toBe('type-mismatch');
    expect(validateCellValue(field({ type: 'boolean' }), '是')?.code).toBe('type-mismatch');
    expect(validateCellValue(field({ type: 'date' }), 20230901)?.code).toBe('type-mismatch');
    expect(validateCellValue(field({ type: 'enum', options: ['男'] }), true)?.code).toBe('type-mismatch');
    expect(validateCellValue(field({ type: 'decimal' }), Number.NaN)?.code).toBe('type-mismatch');
    expect(validateCellValue(field({ type: 'boolean' }), false)).toBeNull();
  });

  it('checks integers, precision and range of numbers', () => {
    const count = field({ type: 'integer', label: '人数', min: 0, max: 10 });
    expect(validateCellValue(count, 5)).toBeNull();
    expect(validateCellValue(count, 1.5)?.code).toBe('not-an-integer');
    expect(validateCellValue(count, -1)?.message).toBe('「人数」不能小于 0');
    expect(validateCellValue(count, 11)?.message).toBe('「人数」不能大于 10');
    const money = field({ type: 'decimal', precision: 2 });
    expect(validateCellValue(money, 1.25)).toBeNull();
    expect(validateCellValue(money, 1.255)?.code).toBe('too-many-decimals');
    expect(validateCellValue(field({ type: 'decimal', precision: 7 }), 1e-7)).toBeNull();
    expect(validateCellValue(field({ type: 'decimal', precision: 6 }), 1e-7)?.code).toBe('too-many-decimals');
    expect(validateCellValue(field({ type: 'percent', min: 0, max: 100 }), 100.5)?.code).toBe('above-max');
  });

  it('checks stored dates and year-months against the calendar', () => {
    const date = field({ type: 'date', label: '出生日期' });
    expect(validateCellValue(date, '20240229')).toBeNull();
    expect(validateCellValue(date, '20230229')?.message).toBe(
      '「出生日期」应为日期，格式 YYYYMMDD，如 20230901',
    );
    expect(validateCellValue(date, '2023-09-01')?.code).toBe('bad-date');
    const ym = field({ type: 'yearMonth', label: '入学年月' });
    expect(validateCellValue(ym, '202309')).toBeNull();
    expect(validateCellValue(ym, '202313')?.message).toBe('「入学年月」应为年月，格式 YYYYMM，如 202309');
    expect(validateCellValue(ym, '20230901')?.code).toBe('bad-year-month');
  });

  it('checks enum options, warning while they are pending or undefined', () => {
    expect(validateCellValue(field({ type: 'enum', options: ['男', '女'] }), '女')).toBeNull();
    expect(validateCellValue(field({ type: 'enum', options: ['男', '女'] }), '男性')?.code).toBe(
      'not-an-option',
    );
    expect(
      validateCellValue(field({ type: 'enum', options: ['公办'], optionsPending: true }), '民办')?.severity,
    ).toBe('warning');
    expect(validateCellValue(field({ type: 'enum' }), '任意')?.code).toBe('options-pending');
  });

  it('checks code patterns and ID numbers in normal form', () => {
    const major = field({ type: 'code', pattern: '\\d{6}' });
    expect(validateCellValue(major, '510201')).toBeNull();
    expect(validateCellValue(major, '51020')?.code).toBe('pattern-mismatch');
    const id = field({ type: 'idCard' });
    expect(validateCellValue(id, '11010519491231002X')).toBeNull();
    expect(validateCellValue(id, '11010519491231002x')?.code).toBe('id-card-chars');
    expect(validateCellValue(id, '110105194912310021')?.code).toBe('id-card-check');
  });

  it('warns about edge spaces in stored text that came from outside the parser', () => {
    expect(validateCellValue(field({ label: '性别' }), ' 男')).toEqual({
      code: 'untrimmed',
      message: '「性别」首尾有空格，会影响汇总，请删除',
      severity: 'warning',
    });
    expect(validateCellValue(field({}), '男\u3000')?.code).toBe('untrimmed');
  });
});
