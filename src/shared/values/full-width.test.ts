import { describe, expect, it } from 'vitest';
import { fullWidthToHalf, trimCell } from './full-width';

describe('fullWidthToHalf', () => {
  it('folds full-width digits and punctuation to ASCII', () => {
    expect(fullWidthToHalf('１２３，４５６．７８％')).toBe('123,456.78%');
    expect(fullWidthToHalf('－５')).toBe('-5');
    expect(fullWidthToHalf('２０２３／９／１')).toBe('2023/9/1');
    expect(fullWidthToHalf('ＡＢｃ')).toBe('ABc');
  });

  it('turns the ideographic space into a plain space and leaves CJK text alone', () => {
    expect(fullWidthToHalf('汉\u3000族')).toBe('汉 族');
    expect(fullWidthToHalf('2023年9月')).toBe('2023年9月');
  });

  it('returns the same string when there is nothing to fold', () => {
    const s = 'plain 123';
    expect(fullWidthToHalf(s)).toBe(s);
  });
});

describe('trimCell', () => {
  it('removes ASCII, full-width, non-breaking and zero-width spaces at both edges only', () => {
    expect(trimCell(' \u3000\u00a0男\u200b\t')).toBe('男');
    expect(trimCell('张 三')).toBe('张 三');
    expect(trimCell('\r\n')).toBe('');
  });
});
