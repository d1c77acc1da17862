import { describe, expect, it } from 'vitest';
import { deflateRawSync } from 'node:zlib';
import { readBundleContainer } from './zip-reader';
import { encodeZip, fflateCompressor } from './zip-writer';
import { forgeEntry, forgeZip, type ForgedEntry } from './testing/zip-forge';

const enc = (s: string) => new TextEncoder().encode(s);
const base = (): ForgedEntry[] => [
  forgeEntry('manifest.json', enc('{"a":1}')),
  forgeEntry('manifest.sig', enc('c2ln'), 0),
  forgeEntry('tables/A1.json', enc('[1,2,3]')),
];
const read = (bytes: Uint8Array, limits = {}) => readBundleContainer(bytes, limits);
const codeOf = (bytes: Uint8Array, limits = {}) => {
  const r = read(bytes, limits);
  return r.ok ? 'ok' : r.error.code;
};

describe('readBundleContainer', () => {
  it('reads what encodeZip writes, with fflate or node:zlib deflate, in order', () => {
    const files = [
      ['manifest.json', enc('{"m":1}')],
      ['manifest.sig', enc('sig')],
      ['tables/A1.json', enc('[' + '1,'.repeat(5000) + '1]')],
      ['files/notice.md', enc('通知')],
    ] as const;
    const compress = fflateCompressor(6);
    const z1 = encodeZip(files.map(([name, bytes]) => ({ name, ...compress(bytes) })));
    const viaZlib = encodeZip(
      files.map(([name, bytes]) => ({
        name,
        ...compress(bytes),
        method: 8 as const,
        data: deflateRawSync(bytes),
      })),
    );
    for (const z of [z1, viaZlib]) {
      const r = read(z);
      expect(r.ok).toBe(true);
      if (!r.ok) return;
      expect(new TextDecoder().decode(r.value.manifestBytes)).toBe('{"m":1}');
      expect(r.value.sigText).toBe('sig');
      expect([...r.value.entries.keys()]).toEqual(['tables/A1.json', 'files/notice.md']);
      expect(r.value.entries.get('files/notice.md')).toEqual(enc('通知'));
    }
    expect(codeOf(forgeZip(base()))).toBe('ok');
  });

  it('Z1: refuses an archive over the byte cap and too many entries before parsing them', () => {
    expect(codeOf(forgeZip(base()), { maxArchiveBytes: 100 })).toBe('too-large');
    const many = forgeZip(base(), { count: 60000 });
    const started = performance.now();
    const r = read(many, { maxEntries: 500 });
    expect(r.ok || r.error).toMatchObject({
      code: 'too-large',
      message: expect.stringContaining('60000 个条目'),
    });
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('Z1: 100k tiny entries are refused quickly', () => {
    const tiny = forgeEntry('files/x', new Uint8Array(0), 0);
    const entries = [...base(), ...Array.from({ length: 65535 - 3 }, () => tiny)];
    const zip = forgeZip(entries);
    const started = performance.now();
    expect(codeOf(zip)).toBe('too-large');
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('Z1: an entry declaring 1 KB that inflates far beyond the cap is stopped by counting real bytes', () => {
    const huge = new Uint8Array(32 * 1024 * 1024); // compresses to ≈32 KB
    const bomb = forgeEntry('tables/A1.json', huge);
    bomb.local.size = bomb.central.size = 1024;
    const zip = forgeZip([...base().slice(0, 2), bomb]);
    expect(zip.length).toBeLessThan(100 * 1024);
    const started = performance.now();
    const r = read(zip, { maxEntryBytes: 2 * 1024 * 1024 });
    expect(r.ok || r.error).toMatchObject({
      code: 'too-large',
      message: expect.stringContaining('压缩炸弹'),
    });
    expect(performance.now() - started).toBeLessThan(5000);
    // Under the entry cap but with the total cap exceeded by several honest-looking entries.
    const parts = [0, 1, 2].map((i) => forgeEntry(`files/p${i}`, new Uint8Array(1024 * 1024)));
    expect(codeOf(forgeZip([...base(), ...parts]), { maxTotalBytes: 2 * 1024 * 1024 })).toBe('too-large');
  });

  it('Z1: a declared size under the real one is a damaged archive, never a silent cut', () => {
    const e = forgeEntry('tables/A1.json', enc('x'.repeat(5000)));
    e.local.size = e.central.size = 100;
    expect(codeOf(forgeZip([...base().slice(0, 2), e]))).toBe('archive-damaged');
  });

  it('Z2: refuses traversal and odd names', () => {
    for (const name of [
      '../manifest.json',
      '/abs',
      'tables\\a.json',
      'tables/a\0.json',
      `files/${'n'.repeat(300)}`,
      '__proto__',
      'tables/é.json',
    ]) {
      const r = read(forgeZip([...base(), forgeEntry(name, enc('1'))]));
      expect(r.ok || r.error.code, name).toBe('unsafe-entry-name');
    }
    const latin = forgeEntry(new Uint8Array([0x66, 0x69, 0x6c, 0x65, 0x73, 0x2f, 0xc3, 0xa9]), enc('1'));
    expect(codeOf(forgeZip([...base(), latin]))).toBe('unsafe-entry-name');
  });

  it('Z3: refuses duplicate names, including case-only differences', () => {
    const benign = forgeEntry('tables/a.json', enc('[]'));
    const hostile = forgeEntry('tables/a.json', enc('[{"evil":1}]'));
    const r = read(forgeZip([...base(), benign, hostile]));
    expect(r.ok || r.error).toMatchObject({
      code: 'duplicate-entry',
      message: expect.stringContaining('tables/a.json 出现了两次'),
    });
    expect(
      codeOf(
        forgeZip([...base(), forgeEntry('tables/B.json', enc('[]')), forgeEntry('tables/b.json', enc('[]'))]),
      ),
    ).toBe('duplicate-entry');
    expect(codeOf(forgeZip([...base(), forgeEntry('manifest.json', enc('{}'))]))).toBe('duplicate-entry');
  });

  it('Z4: refuses header mismatches, encryption, unknown methods, extra fields and bad CRCs', () => {
    const mutate = (f: (e: ForgedEntry) => void, eocd = {}) => {
      const entries = base();
      f(entries[2]!);
      return codeOf(forgeZip(entries, eocd));
    };
    expect(mutate((e) => (e.local.name = enc('tables/A2.json')))).toBe('archive-damaged');
    expect(mutate((e) => (e.local.method = 0))).toBe('archive-damaged');
    expect(mutate((e) => (e.local.size += 1))).toBe('archive-damaged');
    expect(mutate((e) => (e.local.compressedSize += 1))).toBe('archive-damaged');
    expect(mutate((e) => (e.central.flags = e.local.flags = 1))).toBe('archive-unsupported');
    expect(mutate((e) => (e.central.flags = e.local.flags = 8))).toBe('archive-unsupported');
    expect(mutate((e) => (e.central.method = e.local.method = 12))).toBe('archive-unsupported');
    expect(mutate((e) => (e.central.extra = e.local.extra = new Uint8Array(4)))).toBe('archive-unsupported');
    expect(mutate((e) => (e.local.extra = new Uint8Array(4)))).toBe('archive-damaged');
    expect(mutate((e) => (e.central.crc = e.local.crc = e.local.crc ^ 1))).toBe('archive-damaged');
    expect(mutate(() => undefined, { comment: enc('hi') })).toBe('archive-damaged');
    const stored = forgeEntry('tables/A1.json', enc('[1]'), 0);
    stored.central.size = stored.local.size = 2;
    expect(codeOf(forgeZip([...base().slice(0, 2), stored]))).toBe('archive-damaged');
  });

  it('refuses entries out of order and archives without manifest or signature', () => {
    const [m, s, t] = base() as [ForgedEntry, ForgedEntry, ForgedEntry];
    expect(codeOf(forgeZip([s, m, t]))).toBe('entry-order');
    expect(codeOf(forgeZip([t, m, s]))).toBe('entry-order');
    expect(codeOf(forgeZip([m]))).toBe('missing-entry');
    expect(codeOf(forgeZip([]))).toBe('missing-entry');
  });

  it('Z5: truncated, prefixed or garbage input gives a clean error', () => {
    const zip = forgeZip(base());
    for (let cut = 0; cut < zip.length; cut++) expect(read(zip.subarray(0, cut)).ok).toBe(false);
    const prefixed = new Uint8Array(zip.length + 4);
    prefixed.set(zip, 4);
    expect(codeOf(prefixed)).toBe('archive-damaged');
    expect(codeOf(new Uint8Array(1000).fill(0x50))).toBe('archive-damaged');
  });
});
