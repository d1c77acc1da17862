import { describe, expect, it } from 'vitest';
import { inflateSync } from 'fflate';
import { deflateBomb } from './deflate-bomb';

describe('deflateBomb (test kit)', () => {
  it('inflates to exactly 1 + 258 × copies zero bytes, seeded or repeated', () => {
    for (const copies of [0, 1, 7, 16, 17, 100, 1001, 40_000]) {
      const out = inflateSync(deflateBomb(copies));
      expect(out.length).toBe(1 + 258 * copies);
      expect(out.every((b) => b === 0)).toBe(true);
    }
  });
});
