import { describe, expect, it } from 'vitest';
import { fieldDef } from '../catalog/testing/field-fixture';
import { parseCellInput } from './parse-cell-input';

const field = fieldDef;

const birth = field({ label: '出生日期', type: 'date' });
const entry = field({ label: '入学年月', type: 'yearMonth' });

describe('parseCellInput: date (YYYYMMDD)', () => {
  it.each([
    ['2023/9/1'],
    ['2023-09-01'],
    ['2023.9.1'],
    ['20230901'],
    ['2023年9月1日'],
    ['2023年09月01日'],
    ['2023 年 9 月 1 日'],
    ['２０２３／９／１'],
    ['2023/9/1 0:00'],
    ['2023-09-01 00:00:00'],
  ])('reads %s as 20230901', (raw) => {
    expect(parseCellInput(birth, raw)).toEqual({ value: '20230901' });
  });

  it('accepts 29 February only in leap years', () => {
    expect(parseCellInput(birth, '2024/2/29').value).toBe('20240229');
    expect(parseCellInput(birth, '2000-02-29').value).toBe('20000229');
    expect(parseCellInput(birth, '2023/2/29').error?.code).toBe('bad-date');
    expect(parseCellInput(birth, '1900/2/29').error?.code).toBe('bad-date');
  });

  it('refuses impossible dates, mixed separators, two-digit years and words', () => {
    for (const raw of ['20231301', '2023/4/31', '2023/9-1', '23/9/1', '明年', '0023/9/1', '9/1/2023']) {
      expect(parseCellInput(birth, raw)).toEqual({
        value: null,
        error: {
          code: 'bad-date',
          message: '「出生日期」应为日期，格式 YYYYMMDD，如 20230901',
          raw,
          severity: 'error',
        },
      });
    }
  });

  it('refuses a time of day instead of dropping it', () => {
    expect(parseCellInput(birth, '2023/9/1 8:30').error).toMatchObject({
      code: 'date-has-time',
      message: '「出生日期」只填日期，不要带时间，格式 YYYYMMDD，如 20230901',
    });
  });

  it('refuses a year-month instead of inventing a day', () => {
    for (const raw of ['202309', '2023年9月', '2023-09', '2023.09']) {
      expect(parseCellInput(birth, raw).error).toMatchObject({
        code: 'date-is-year-month',
        message: '「出生日期」应为完整日期（年月日），格式 YYYYMMDD，如 20230901；只填了年月，请补上日',
        raw,
      });
    }
  });

  it('recognises a pasted Excel date serial but not a typed one', () => {
    expect(parseCellInput(birth, '45170', { source: 'pasted' }).error?.code).toBe('excel-date-serial');
    expect(parseCellInput(birth, '45170', { source: 'imported' }).error?.message).toContain('Excel 日期序号');
    expect(parseCellInput(birth, '45170', { source: 'typed' }).error?.code).toBe('bad-date');
  });
});

describe('parseCellInput: yearMonth (YYYYMM)', () => {
  it.each([
    ['2023年9月'],
    ['2023年09月'],
    ['2023年9'],
    ['2023.09'],
    ['2023.9'],
    ['2023-9'],
    ['2023/09'],
    ['202309'],
    ['２０２３年９月'],
  ])('reads %s as 202309', (raw) => {
    expect(parseCellInput(entry, raw)).toEqual({ value: '202309' });
  });

  it('reads 2023.10 and 2023.01 but refuses the ambiguous 2023.1 (Excel shows the number 2023.10 so)', () => {
    expect(parseCellInput(entry, '2023.10').value).toBe('202310');
    expect(parseCellInput(entry, '2023.01').value).toBe('202301');
    expect(parseCellInput(entry, '2023.1')).toEqual({
      value: null,
      error: {
        code: 'ambiguous-year-month',
        message: '「入学年月」有歧义：「2023.1」可能是 2023.10 被 Excel 当作数字显示，请填 202301 或 202310',
        raw: '2023.1',
        severity: 'error',
      },
    });
  });

  it('accepts a date on the 1st (how Excel stores a typed year-month) with a warning', () => {
    expect(parseCellInput(entry, '2023/9/1')).toEqual({
      value: '202309',
      warning: {
        code: 'year-month-from-date',
        message: '「入学年月」只需年月，已按 202309 保存（日期中的日被忽略）',
        raw: '2023/9/1',
        severity: 'warning',
      },
    });
    expect(parseCellInput(entry, '20230901').value).toBe('202309');
  });

  it('refuses a date on any other day rather than truncating it', () => {
    expect(parseCellInput(entry, '2023/9/15')).toEqual({
      value: null,
      error: {
        code: 'date-for-year-month',
        message: '「入学年月」只需年月，格式 YYYYMM；填的是具体日期，请确认后填 202309',
        raw: '2023/9/15',
        severity: 'error',
      },
    });
  });

  it('refuses impossible months and other text', () => {
    for (const raw of ['202313', '2023年13月', '2023-0', '9月', '2023', '23.09']) {
      expect(parseCellInput(entry, raw).error).toMatchObject({
        code: 'bad-year-month',
        message: '「入学年月」应为年月，格式 YYYYMM，如 202309',
        raw,
      });
    }
  });
});
