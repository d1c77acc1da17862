import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ByteParts, indexOfBytes } from './byte-parts';

/** Bytes over a three-letter alphabet (so needles match often), cut into random chunks. */
const chunked = fc
  .tuple(fc.uint8Array({ minLength: 0, maxLength: 300 }), fc.array(fc.nat(300), { maxLength: 12 }))
  .map(([raw, cuts]) => {
    const bytes = raw.map((b) => 97 + (b % 3));
    const at = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
    const parts: Uint8Array[] = [];
    let from = 0;
    for (const c of [...at, bytes.length]) {
      parts.push(bytes.subarray(from, c));
      from = c;
    }
    return { bytes, parts };
  });
const needle = fc.uint8Array({ minLength: 1, maxLength: 5 }).map((n) => n.map((b) => 97 + (b % 3)));

function naive(hay: Uint8Array, n: Uint8Array, from: number, to: number): number {
  for (let i = Math.max(from, 0); i + n.length <= to; i++) if (n.every((b, j) => hay[i + j] === b)) return i;
  return -1;
}

const joined = (parts: readonly Uint8Array[]): number[] => parts.flatMap((p) => [...p]);

describe('ByteParts (chunks seen as one run of bytes)', () => {
  it('finds a needle where a search of the joined bytes does, across chunk boundaries too', () => {
    fc.assert(
      fc.property(chunked, needle, fc.nat(320), fc.nat(320), ({ bytes, parts }, n, a, b) => {
        const [from, to] = [Math.min(a, b), Math.min(Math.max(a, b), bytes.length)];
        expect(new ByteParts(parts).indexOf(n, from, to)).toBe(naive(bytes, n, from, to));
        expect(indexOfBytes(bytes, n, from, to)).toBe(naive(bytes, n, from, to));
      }),
      { numRuns: 500 },
    );
  });

  it('slices and windows give the joined bytes of that range', () => {
    fc.assert(
      fc.property(chunked, fc.nat(320), fc.nat(320), ({ bytes, parts }, a, b) => {
        const [from, to] = [Math.min(a, b, bytes.length), Math.min(Math.max(a, b), bytes.length)];
        const view = new ByteParts(parts);
        expect(view.length).toBe(bytes.length);
        const slice = view.slice(from, to);
        expect(joined(slice)).toEqual([...bytes.subarray(from, to)]);
        expect([...view.window(from, to)]).toEqual([...bytes.subarray(from, to)]);
      }),
      { numRuns: 500 },
    );
  });
});
