import { describe, expect, it } from 'vitest';
import { checkIdCard, idCardCheckChar } from './id-card';

/** Builds a valid number from its first 17 digits by computing the check character. */
const withCheck = (first17: string): string => first17 + idCardCheckChar(first17);

describe('idCardCheckChar (ISO 7064 MOD 11-2)', () => {
  it('computes the check character of known numbers', () => {
    expect(idCardCheckChar('11010519491231002')).toBe('X');
    // An independent computation of the same rule for another number.
    const digits = '44052419800101001';
    const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    const sum = [...digits].reduce((s, d, i) => s + Number(d) * (weights[i] ?? 0), 0);
    expect(idCardCheckChar(digits)).toBe('10X98765432'[sum % 11]);
  });
});

describe('checkIdCard', () => {
  it('accepts the GB 11643 example and normalises a lowercase x', () => {
    expect(checkIdCard('11010519491231002X')).toEqual({ ok: true, value: '11010519491231002X' });
    expect(checkIdCard('11010519491231002x')).toEqual({ ok: true, value: '11010519491231002X' });
  });

  it('accepts full-width digits and numbers built with a computed check digit', () => {
    const id = withCheck('44051320030915123');
    expect(checkIdCard(id)).toEqual({ ok: true, value: id });
    const fullWidth = [...id].map((c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)).join('');
    expect(checkIdCard(fullWidth)).toEqual({ ok: true, value: id });
  });

  it('refuses every wrong check character', () => {
    const first17 = '44051320030915123';
    const right = idCardCheckChar(first17);
    for (const c of '0123456789X') {
      if (c === right) continue;
      expect(checkIdCard(first17 + c)).toEqual({ ok: false, reason: 'id-card-check', expected: right });
    }
  });

  it('catches a single-digit typo and a transposition through the check character', () => {
    const id = withCheck('44051320030915123');
    const typo = `${id.slice(0, 16)}${(Number(id[16]) + 1) % 10}${id[17]}`;
    expect(checkIdCard(typo).ok).toBe(false);
    const swapped = `${id.slice(0, 14)}${id[15]}${id[14]}${id.slice(16)}`;
    expect(checkIdCard(swapped).ok).toBe(false);
  });

  it('names the reason: length, old 15-digit numbers, characters, region, birth date, Excel notation', () => {
    expect(checkIdCard('1101051949123100')).toEqual({ ok: false, reason: 'id-card-length', length: 16 });
    expect(checkIdCard('110105491231002')).toEqual({ ok: false, reason: 'id-card-length', length: 15 });
    expect(checkIdCard('11010519491231002Y')).toEqual({ ok: false, reason: 'id-card-chars' });
    expect(checkIdCard('1101051949 231002X')).toEqual({ ok: false, reason: 'id-card-chars' });
    expect(checkIdCard(withCheck('01010519491231002'))).toEqual({ ok: false, reason: 'id-card-region' });
    expect(checkIdCard(withCheck('99010519491231002'))).toMatchObject({ ok: true });
    expect(checkIdCard(withCheck('44051320030230123'))).toEqual({ ok: false, reason: 'id-card-birth' });
    expect(checkIdCard(withCheck('44051318890101123'))).toEqual({ ok: false, reason: 'id-card-birth' });
    expect(checkIdCard('1.10105E+17')).toEqual({ ok: false, reason: 'scientific-notation' });
  });
});
