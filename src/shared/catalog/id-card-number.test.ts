import { describe, expect, it } from 'vitest';
import { isCalendarDate, isValidIdCardNumber } from './id-card-number';

describe('isValidIdCardNumber', () => {
  it('accepts numbers whose check character matches (including X)', () => {
    expect(isValidIdCardNumber('11010519491231002X')).toBe(true);
    expect(isValidIdCardNumber('440524188001010014')).toBe(true);
  });

  it('refuses a wrong check character, a bad birth date, a lowercase x or a wrong length', () => {
    expect(isValidIdCardNumber('110105194912310021')).toBe(false);
    expect(isValidIdCardNumber('110105194913310028')).toBe(false);
    expect(isValidIdCardNumber('11010519491231002x')).toBe(false);
    expect(isValidIdCardNumber('11010519491231002')).toBe(false);
  });
});

describe('isCalendarDate', () => {
  it('knows month lengths and leap years', () => {
    expect(isCalendarDate('20240229')).toBe(true);
    expect(isCalendarDate('20230229')).toBe(false);
    expect(isCalendarDate('20250431')).toBe(false);
    expect(isCalendarDate('2025041')).toBe(false);
  });
});
