import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readNumberText } from './number-text';

/** The same text in full-width digits, signs and point: read the long way (folded first). */
const fullWidth = (s: string): string =>
  s.replace(/[0-9.-]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

const plainNumber = fc
  .tuple(fc.boolean(), fc.stringMatching(/^\d{1,20}$/), fc.option(fc.stringMatching(/^\d{1,20}$/)))
  .map(([neg, int, frac]) => `${neg ? '-' : ''}${int}${frac === null ? '' : `.${frac}`}`);

describe('readNumberText', () => {
  it('reads plain digits as their full-width spelling is read (value, decimals, too many digits, -0)', () => {
    fc.assert(
      fc.property(plainNumber, fc.constantFrom('', '人', '元', '%', '0'), (text, unit) => {
        expect(readNumberText(text, unit)).toEqual(readNumberText(fullWidth(text), unit));
      }),
    );
    expect(readNumberText('-0', '')).toEqual({ ok: true, value: 0, decimals: 0, hadPercent: false });
    expect(readNumberText('12.50', '')).toEqual({ ok: true, value: 12.5, decimals: 1, hadPercent: false });
    expect(readNumberText('1234567890123456', '')).toEqual({ ok: false, reason: 'too-many-digits' });
  });

  it('still strips a unit that ends the digits', () => {
    expect(readNumberText('120', '0')).toEqual({
      ok: true,
      value: 12,
      decimals: 0,
      hadPercent: false,
      strippedUnit: '0',
    });
  });
});
