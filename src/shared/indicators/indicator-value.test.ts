import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fixedText, formatIndicatorNumber, roundTo, roundToDecimalText } from './indicator-value';

describe('indicator number formatting', () => {
  it('rounds half-up on the decimal text, exactly as rounding through the text does', () => {
    const digits = fc.integer({ min: 0, max: 4 });
    const anyDouble = fc.double({ min: -1e16, max: 1e16, noNaN: true, noDefaultInfinity: true });
    // Values on or next to a half at the rounding digit, where the fast path must step aside.
    const nearHalf = fc
      .tuple(fc.integer({ min: -1e9, max: 1e9 }), digits, fc.constantFrom(-1e-12, 0, 1e-12, 5e-10))
      .map(([n, d, eps]) => [(n + 0.5) / 10 ** d + eps, d] as const);
    fc.assert(
      fc.property(fc.oneof(fc.tuple(anyDouble, digits), nearHalf), ([v, d]) => {
        expect(roundTo(v, d)).toBe(roundToDecimalText(v, d));
      }),
      { numRuns: 5000 },
    );
    expect(roundTo(1.005, 2)).toBe(1.01);
    expect(roundTo(2.675, 2)).toBe(2.68);
    expect(roundTo(-2.5, 0)).toBe(-2);
  });

  it('writes a rounded number exactly as toFixed does', () => {
    const digits = fc.integer({ min: 0, max: 4 });
    const anyDouble = fc.oneof(
      fc.double({ min: -1e17, max: 1e17, noNaN: true, noDefaultInfinity: true }),
      fc.double({ min: -10, max: 10, noNaN: true }),
      fc.constantFrom(0, -0, 0.5, -0.5, 1e-7, -1e-7, 2 ** 50, 1e21),
    );
    fc.assert(
      fc.property(anyDouble, digits, (v, d) => {
        const r = roundTo(v, d);
        expect(fixedText(r, d)).toBe(r.toFixed(d));
      }),
      { numRuns: 20000 },
    );
  });

  it('groups thousands and places the unit', () => {
    expect(formatIndicatorNumber(12345.6, { precision: 2, unit: '元' })).toBe('12,345.60 元');
    expect(formatIndicatorNumber(-1234, { precision: 0, unit: '' })).toBe('-1,234');
    expect(formatIndicatorNumber(52.25, { precision: 1, unit: '%' })).toBe('52.3%');
    expect(formatIndicatorNumber(999.996, { precision: 2, unit: '' })).toBe('1,000.00');
  });

  it('writes a size figure without trailing zeros and a ratio with all its decimals', () => {
    const scale = { precision: 2, unit: '人', kind: 'scale' } as const;
    expect(formatIndicatorNumber(10, scale)).toBe('10 人');
    expect(formatIndicatorNumber(12.5, scale)).toBe('12.5 人');
    expect(formatIndicatorNumber(10.25, scale)).toBe('10.25 人');
    expect(formatIndicatorNumber(12345.004, scale)).toBe('12,345 人');
    expect(formatIndicatorNumber(10, { precision: 1, unit: '%', kind: 'basic' })).toBe('10.0%');
  });
});
