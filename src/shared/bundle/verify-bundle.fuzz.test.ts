/**
 * Property test (docs/SECURITY.md Z5/B1/B8): mutate valid bundles — truncation, byte flips, entry swaps
 * and reordering, duplicate and dropped entries, forged sizes, changed timestamps, mixed-in entries,
 * recompression — and require that every mutant is refused, except one whose signed content (manifest
 * bytes and inflated files) is byte-identical to the original, which must verify to the same
 * bundleHash. No exception may escape. FUZZ_RUNS sets the number of cases (default 1000, as in CI).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { verifyBundle } from './verify-bundle';
import { fflateCompressor } from './zip-writer';
import { officeContext } from './testing/bundle-fixtures';
import { apply, basePlain, bases, mutation } from './testing/bundle-mutations';
import { pack, unpack, type PlainEntry } from './testing/rezip';

const RUNS = Number(process.env.FUZZ_RUNS ?? 1000);
const sameContent = (a: readonly PlainEntry[], b: readonly PlainEntry[]) =>
  a.length === b.length &&
  a.every((e, i) => e.name === b[i]!.name && Buffer.compare(e.bytes, b[i]!.bytes) === 0);

describe('verifyBundle property', () => {
  it(
    `refuses every mutant except content-identical ones (${RUNS} runs)`,
    { timeout: 60_000 + RUNS * 100 },
    () => {
      const seen = { refused: 0, identical: 0 };
      fc.assert(
        fc.property(
          fc.nat({ max: bases.length - 1 }),
          fc.array(mutation, { minLength: 1, maxLength: 3 }),
          (b, mutations) => {
            const mutant = mutations.reduce(apply, bases[b]!.bytes);
            const r = verifyBundle(mutant, officeContext());
            const contentPreserving = mutations.every((m) => m.t === 'recompress' || m.t === 'dos-time');
            if (!r.ok) {
              expect(r.error.code).not.toBe('internal-error');
              expect(contentPreserving, r.error.message).toBe(false);
              expect(r.error.message).toMatch(/[\u4e00-\u9fff]/);
              seen.refused++;
              return;
            }
            // Accepted: the signed content must be exactly the original's, and so must the bundle hash.
            expect(r.value.bundleHash).toBe(bases[b]!.bundleHash);
            expect(sameContent(unpack(mutant), basePlain[b]!)).toBe(true);
            seen.identical++;
          },
        ),
        { numRuns: RUNS },
      );
      console.info(
        `bundle fuzz: ${RUNS} runs, ${seen.refused} refused, ${seen.identical} content-identical accepted`,
      );
      expect(seen.refused).toBeGreaterThan(RUNS / 2);
    },
  );

  it('accepts every pure recompression as the same bundle', () => {
    for (const [i, base] of bases.entries()) {
      for (const level of [0, 1, 6, 9] as const) {
        const r = verifyBundle(pack(basePlain[i]!, fflateCompressor(level)), officeContext());
        expect(r.ok && r.value.bundleHash).toBe(base.bundleHash);
      }
    }
  });
});
