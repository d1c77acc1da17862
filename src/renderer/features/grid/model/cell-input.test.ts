import { describe, expect, it } from 'vitest';
import { fieldDef } from '../../../../shared/catalog/testing/field-fixture';
import { cellIssue, readCellInput } from './cell-input';

const field = fieldDef;

const count = field({ label: '人数', type: 'integer', required: true });
const day = field({ label: '入学日期', type: 'date' });
const month = field({ label: '入学年月', type: 'yearMonth' });
const sex = field({ label: '性别', type: 'enum', options: ['男', '女'] });
const flag = field({ label: '是否毕业', type: 'boolean' });
const rate = field({ label: '比例', type: 'percent' });

describe('readCellInput', () => {
  it('converts what Excel and WPS paste: thousands, percent, full width and date spellings', () => {
    expect(readCellInput(count, '1,234', 'pasted')).toEqual({ value: 1234, issue: null });
    expect(readCellInput(count, '１２３', 'pasted')).toEqual({ value: 123, issue: null });
    expect(readCellInput(rate, '12.5%', 'pasted')).toEqual({ value: 12.5, issue: null });
    expect(readCellInput(day, '2023/9/1', 'pasted').value).toBe('20230901');
    expect(readCellInput(month, '2023年9月', 'pasted').value).toBe('202309');
    expect(readCellInput(month, '2023.09', 'pasted').value).toBe('202309');
    expect(readCellInput(flag, '是', 'typed').value).toBe(true);
  });

  it('keeps text the column cannot hold as the value, with the reason, never a silent null', () => {
    const r = readCellInput(count, '三十', 'typed');
    expect(r.value).toBe('三十');
    expect(r.issue?.severity).toBe('error');
    expect(r.issue?.message).toContain('人数');
    expect(readCellInput(sex, '未知', 'pasted').value).toBe('未知');
  });

  it('reports an empty required cell as the required issue, not a parse error', () => {
    expect(readCellInput(count, '', 'typed')).toMatchObject({ value: null, issue: { code: 'required' } });
  });
});

describe('cellIssue', () => {
  it('gives kept raw text the same precise reason after reload as while typing', () => {
    const typed = readCellInput(day, '2023-13-45', 'typed');
    expect(cellIssue(day, typed.value)?.message).toBe(typed.issue?.message);
    expect(cellIssue(count, '12.5%')?.code).toBe('percent-not-allowed');
  });

  it('passes valid stored values and flags required-empty', () => {
    expect(cellIssue(count, 5)).toBeNull();
    expect(cellIssue(count, null)?.code).toBe('required');
  });
});
