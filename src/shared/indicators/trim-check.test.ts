import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mayTrim } from './trim-check';

describe('mayTrim', () => {
  it('is true whenever trim() changes a text', () => {
    // Every code unit below U+3100, the specials and surrogate halves: trim's whole set is in there.
    const unit = fc.oneof(
      fc.integer({ min: 0, max: 0x3100 }),
      fc.constantFrom(0xfeff, 0xd800, 0xdc00, 0xffff),
    );
    const text = fc.array(unit, { minLength: 1, maxLength: 4 }).map((cs) => String.fromCharCode(...cs));
    fc.assert(
      fc.property(text, (s) => {
        if (s.trim() !== s) expect(mayTrim(s)).toBe(true);
      }),
      { numRuns: 20000 },
    );
    for (let c = 0; c <= 0xffff; c++) {
      const s = `x${String.fromCharCode(c)}`;
      if (s.trim() !== s) expect(mayTrim(s), c.toString(16)).toBe(true);
    }
    expect(mayTrim('博士')).toBe(false);
    expect(mayTrim('510000')).toBe(false);
  });
});
