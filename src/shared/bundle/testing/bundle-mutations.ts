/**
 * Mutations of valid bundles for the property tests (verify-bundle.fuzz.test.ts, native-prepass.test.ts):
 * truncation, byte flips, entry swaps and reordering, duplicate and dropped entries, forged sizes,
 * changed timestamps, mixed-in entries, recompression, DOS times, appended junk.
 */
import fc from 'fast-check';
import { canonicalJson } from '../../canonical-json';
import { bytesToBase64 } from '../../base64';
import { generateKeyPair, signBytes } from '../ed25519-keys';
import { fflateCompressor } from '../zip-writer';
import { buildBundle, tableFile, tableInput } from './bundle-fixtures';
import { forgeEntry, forgeZip } from './zip-forge';
import { bytes, pack, text, unpack, type PlainEntry } from './rezip';

const stranger = generateKeyPair();

export const bases = [
  buildBundle(),
  buildBundle({
    fields: { seq: 2 },
    files: [tableInput(tableFile('A10-1', 'JWC', 12)), { path: 'files/note.md', bytes: bytes('说明') }],
  }),
  buildBundle({ fields: { seq: 3, expiresAt: '2026-01-01T00:00:00.000Z' }, files: [] }),
];
export const basePlain = bases.map((b) => unpack(b.bytes));

export type Mutation =
  | { t: 'truncate'; at: number }
  | { t: 'flip'; at: number; xor: number }
  | { t: 'swap'; i: number; j: number }
  | { t: 'duplicate'; i: number; at: number }
  | { t: 'drop'; i: number }
  | {
      t: 'forge-size';
      i: number;
      where: 'local' | 'central' | 'both';
      field: 'size' | 'compressedSize';
      delta: number;
    }
  | { t: 'timestamp'; ms: number; resign: boolean }
  | { t: 'mix'; from: number; i: number }
  | { t: 'recompress'; level: 0 | 1 | 6 | 9 }
  | { t: 'dos-time'; i: number; time: number }
  | { t: 'append'; junk: Uint8Array };

const idx = fc.nat({ max: 7 });
export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ t: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ t: fc.constant('flip' as const), at: fc.nat(), xor: fc.integer({ min: 1, max: 255 }) }),
  fc.record({ t: fc.constant('swap' as const), i: idx, j: idx }),
  fc.record({ t: fc.constant('duplicate' as const), i: idx, at: idx }),
  fc.record({ t: fc.constant('drop' as const), i: idx }),
  fc.record({
    t: fc.constant('forge-size' as const),
    i: idx,
    where: fc.constantFrom('local' as const, 'central' as const, 'both' as const),
    field: fc.constantFrom('size' as const, 'compressedSize' as const),
    delta: fc.integer({ min: -64, max: 1 << 20 }).filter((d) => d !== 0),
  }),
  fc.record({
    t: fc.constant('timestamp' as const),
    ms: fc.integer({ min: -1e9, max: 1e9 }).filter((d) => d !== 0),
    resign: fc.boolean(),
  }),
  fc.record({ t: fc.constant('mix' as const), from: fc.nat({ max: bases.length - 1 }), i: idx }),
  fc.record({
    t: fc.constant('recompress' as const),
    level: fc.constantFrom(0 as const, 1 as const, 6 as const, 9 as const),
  }),
  fc.record({ t: fc.constant('dos-time' as const), i: idx, time: fc.integer({ min: 1, max: 0xffff }) }),
  fc.record({ t: fc.constant('append' as const), junk: fc.uint8Array({ minLength: 1, maxLength: 40 }) }),
);

/** Applies one mutation; entry-level mutations re-pack a well-formed container. */
export function apply(zip: Uint8Array, m: Mutation): Uint8Array {
  const entries = (): PlainEntry[] => {
    try {
      return unpack(zip);
    } catch {
      return []; // an earlier mutation already broke the container: entry-level edits are skipped
    }
  };
  const at = <T>(list: readonly T[], i: number): number => i % Math.max(1, list.length);
  switch (m.t) {
    case 'truncate':
      return zip.subarray(0, m.at % (zip.length + 1));
    case 'flip': {
      const out = zip.slice();
      if (out.length > 0) out[m.at % out.length]! ^= m.xor;
      return out;
    }
    case 'append':
      return Uint8Array.from([...zip, ...m.junk]);
    case 'recompress': {
      const es = entries();
      return es.length ? pack(es, fflateCompressor(m.level)) : zip;
    }
    case 'swap': {
      const es = entries();
      if (!es.length) return zip;
      const [i, j] = [at(es, m.i), at(es, m.j)];
      [es[i], es[j]] = [es[j]!, es[i]!];
      return pack(es);
    }
    case 'duplicate': {
      const es = entries();
      if (!es.length) return zip;
      es.splice(at(es, m.at), 0, es[at(es, m.i)]!);
      return pack(es);
    }
    case 'drop': {
      const es = entries();
      if (!es.length) return zip;
      es.splice(at(es, m.i), 1);
      return pack(es);
    }
    case 'mix': {
      const es = entries();
      const donor = basePlain[m.from]!;
      if (!es.length) return zip;
      const k = at(es, m.i);
      es[k] = donor.find((d) => d.name === es[k]!.name) ?? donor[at(donor, m.i)]!;
      return pack(es);
    }
    case 'timestamp': {
      const es = entries();
      if (!es.length) return zip;
      const manifest = JSON.parse(text(es[0]!.bytes)) as Record<string, unknown>;
      manifest.createdAt = new Date(Date.parse(String(manifest.createdAt)) + m.ms).toISOString();
      const raw = bytes(canonicalJson(manifest));
      es[0] = { name: es[0]!.name, bytes: raw };
      if (m.resign)
        es[1] = { name: 'manifest.sig', bytes: bytes(bytesToBase64(signBytes(raw, stranger.secretKey))) };
      return pack(es);
    }
    case 'forge-size':
    case 'dos-time': {
      const es = entries();
      if (!es.length) return zip;
      const forged = es.map((e) => forgeEntry(e.name, e.bytes));
      const f = forged[at(forged, m.i)]!;
      if (m.t === 'dos-time') {
        f.local.time = f.central.time = m.time;
      } else {
        if (m.where !== 'central') f.local[m.field] = Math.max(0, f.local[m.field] + m.delta);
        if (m.where !== 'local') f.central[m.field] = Math.max(0, f.central[m.field] + m.delta);
      }
      return forgeZip(forged);
    }
  }
}
