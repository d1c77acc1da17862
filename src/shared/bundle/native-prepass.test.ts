import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { deflateSync } from 'fflate';
import { inflateNative, prepareEntries } from './native-prepass';
import { verifyBundle } from './verify-bundle';
import { buildBundle, officeContext } from './testing/bundle-fixtures';
import { apply, bases, mutation } from './testing/bundle-mutations';
import { forgeEntry, forgeZip } from './testing/zip-forge';
import { bytes } from './testing/rezip';
import { crc32 } from './crc32';

/** A container with `entry` as its one payload entry, which the pre-pass must leave to verifyBundle. */
async function unprepared(entry: ReturnType<typeof forgeEntry>) {
  const zip = forgeZip([
    forgeEntry('manifest.json', bytes('{}')),
    forgeEntry('manifest.sig', bytes('x')),
    entry,
  ]);
  const p = await prepareEntries(zip);
  expect(p.inflated.size).toBe(0);
  return { zip, v: verifyBundle(zip, officeContext(), p) };
}

const RUNS = Math.max(100, Math.floor(Number(process.env.FUZZ_RUNS ?? 1000) / 4));

describe('native pre-pass', () => {
  it(
    `changes no verification outcome, mutant or not (${RUNS} runs)`,
    { timeout: 60_000 + RUNS * 100 },
    async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.nat({ max: bases.length - 1 }),
          fc.array(mutation, { minLength: 0, maxLength: 3 }),
          async (b, mutations) => {
            const mutant = mutations.reduce(apply, bases[b]!.bytes);
            const plain = verifyBundle(mutant, officeContext());
            const ctx = officeContext();
            const prepared = verifyBundle(mutant, ctx, await prepareEntries(mutant, {}, ctx.trustList));
            expect(prepared).toEqual(plain);
          },
        ),
        { numRuns: RUNS },
      );
    },
  );

  it('inflates and hashes every payload entry of a valid bundle', async () => {
    const bundle = bases[1]!.bytes;
    const p = await prepareEntries(bundle);
    const v = verifyBundle(bundle, officeContext(), p);
    expect(v.ok).toBe(true);
    expect([...p.inflated.keys()]).toEqual(['tables/A10-1.json', 'files/note.md']);
    for (const e of p.inflated.values()) expect(p.digests.get(e)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('is used only for the very bytes it was made from', async () => {
    const other = buildBundle({ fields: { seq: 5 } });
    const wrong = await prepareEntries(other.bytes);
    const v = verifyBundle(bases[0]!.bytes, officeContext(), wrong);
    expect(v.ok && v.value.bundleHash).toBe(bases[0]!.bundleHash);
  });

  it('stops a bomb at the declared size and leaves the refusal to verifyBundle (docs/SECURITY.md Z1)', async () => {
    const big = new Uint8Array(8 * 1024 * 1024);
    const deflated = deflateSync(big, { level: 9 });
    expect(await inflateNative(deflated, 1 << 30, 1024)).toBeNull();
    expect(await inflateNative(deflated, 4096)).toBeNull();
    expect(await inflateNative(deflated, big.length)).toHaveLength(big.length);
    expect(await inflateNative(bytes('not deflate at all'), 1 << 20)).toBeNull();
    const entry = forgeEntry('tables/A10-1.json', big);
    entry.local.size = entry.central.size = 1024;
    const { v } = await unprepared(entry);
    expect(v.ok).toBe(false);
    expect(!v.ok && v.error.message).toMatch(/[\u4e00-\u9fff]/);
  });

  it('lets the platform check each CRC-32 as it inflates; an entry that fails is left to verifyBundle', async () => {
    const content = bytes('{"tableCode":"A10-1"}'.repeat(200));
    for (const method of [8, 0] as const) {
      const entry = forgeEntry('tables/A10-1.json', content, method);
      entry.local.crc = entry.central.crc = (entry.central.crc ^ 1) >>> 0;
      const { zip, v } = await unprepared(entry);
      expect(v).toEqual(verifyBundle(zip, officeContext()));
      expect(!v.ok && v.error.message).toContain('校验值不符');
    }
    const good = await prepareEntries(bases[0]!.bytes);
    expect(good.inflated.size).toBeGreaterThan(0);
  });

  it('refuses bytes after the deflate stream when it checks the CRC-32', async () => {
    const content = bytes('x'.repeat(1000));
    const framed = await inflateNative(deflateSync(content), 1 << 20, content.length, crc32(content));
    expect(framed).toEqual(content);
    const junk = new Uint8Array([...deflateSync(content), 1, 2, 3]);
    expect(await inflateNative(junk, 1 << 20, content.length, crc32(content))).toBeNull();
    expect(await inflateNative(deflateSync(content), 1 << 20, content.length, 0)).toBeNull();
  });
});
