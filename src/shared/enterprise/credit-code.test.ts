import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkCreditCode, creditCodeCheckChar } from './credit-code';

const CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

describe('统一社会信用代码 (GB 32100-2015)', () => {
  it('accepts published codes of registered enterprises, forgiving spaces and lower case', () => {
    expect(checkCreditCode('9144030071526726XG')).toEqual({ ok: true, value: '9144030071526726XG' });
    expect(checkCreditCode(' 91110000600037341l ')).toEqual({ ok: true, value: '91110000600037341L' });
  });

  it('computes the check character as 31 − (Σ value × weight mod 31)', () => {
    expect(creditCodeCheckChar('9144030071526726X')).toBe('G');
    expect(creditCodeCheckChar('91110000600037341')).toBe('L');
    expect(creditCodeCheckChar('9111000060003734I')).toBeNull();
  });

  it('refuses a wrong check character and names the expected one', () => {
    const r = checkCreditCode('9144030071526726XH');
    expect(r).toMatchObject({ ok: false, error: { code: 'credit-code-check' } });
    expect(!r.ok && r.error.message).toContain('第 18 位应为“G”');
  });

  it('refuses a wrong length and characters outside the set', () => {
    expect(checkCreditCode('9144030071526726X')).toMatchObject({
      ok: false,
      error: { code: 'credit-code-length' },
    });
    expect(checkCreditCode('9144030071526726XO')).toMatchObject({
      ok: false,
      error: { code: 'credit-code-charset', message: expect.stringContaining('“O”') },
    });
  });

  it('refuses a code whose organisation part (9th–17th) fails its own check', () => {
    // Change the organisation code's check character and recompute the 18th so only that part is wrong.
    const first17 = '914403007152672' + '6Y';
    expect(checkCreditCode(first17 + creditCodeCheckChar(first17))).toMatchObject({
      ok: false,
      error: { code: 'credit-code-check', message: expect.stringContaining('组织机构代码') },
    });
  });

  it('catches every single-character typo in the first 17 positions', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 16 }), fc.integer({ min: 1, max: 30 }), (pos, shift) => {
        const good = '9144030071526726XG';
        const was = CHARSET.indexOf(good.charAt(pos));
        const typo = good.slice(0, pos) + CHARSET.charAt((was + shift) % 31) + good.slice(pos + 1);
        expect(checkCreditCode(typo).ok).toBe(false);
      }),
    );
  });
});
