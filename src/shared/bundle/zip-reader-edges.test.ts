/**
 * Container edges an attacker would try beyond the Z1–Z5 cases (docs/SECURITY.md): data descriptors, ZIP64
 * markers, names that differ only by Unicode normalisation, a zip inside a payload entry, and entries at
 * and just past the byte caps. Each is read as exactly one thing or refused with a Chinese message.
 */
import { describe, expect, it } from 'vitest';
import { zipSync } from 'fflate';
import { deflateBomb } from './testing/deflate-bomb';
import { forgeEntry, forgeZip, type ForgedEntry } from './testing/zip-forge';
import { readBundleContainer } from './zip-reader';

const enc = (s: string) => new TextEncoder().encode(s);
const base = (): ForgedEntry[] => [
  forgeEntry('manifest.json', enc('{"a":1}')),
  forgeEntry('manifest.sig', enc('c2ln'), 0),
  forgeEntry('tables/A1.json', enc('[1,2,3]')),
];
const refusal = (bytes: Uint8Array, limits = {}) => {
  const r = readBundleContainer(bytes, limits);
  return r.ok ? null : r.error;
};
const both = (e: ForgedEntry, f: (h: ForgedEntry['local']) => void): ForgedEntry => {
  f(e.local);
  f(e.central);
  return e;
};

describe('bundle container edges', () => {
  it('refuses a data descriptor (sizes after the data) and a ZIP64 entry', () => {
    const descriptor = both(forgeEntry('tables/B.json', enc('[]')), (h) => void (h.flags = 0x0008));
    expect(refusal(forgeZip([...base(), descriptor]))).toMatchObject({
      code: 'archive-unsupported',
      message: expect.stringMatching(/[\u4e00-\u9fff]/),
    });
    const zip64 = both(forgeEntry('tables/B.json', enc('[]')), (h) => {
      h.versionNeeded = 45;
      h.size = h.compressedSize = 0xffffffff;
      h.extra = new Uint8Array([0x01, 0x00, 0x10, 0x00, ...new Uint8Array(16)]);
    });
    expect(refusal(forgeZip([...base(), zip64]))?.code).toBe('archive-unsupported');
  });

  it('refuses names that differ only by Unicode normalisation (NFC é vs NFD e + U+0301), under the UTF-8 flag too', () => {
    for (const name of ['tables/caf\u00e9.json', 'tables/cafe\u0301.json']) {
      const e = both(forgeEntry(name, enc('[]')), (h) => void (h.flags = 0x0800));
      expect(refusal(forgeZip([...base(), e]))?.code).toBe('unsafe-entry-name');
    }
  });

  it('treats a zip inside a payload entry as opaque bytes, never opened', () => {
    const inner = zipSync({ '../../evil.json': new Uint8Array(10) });
    const r = readBundleContainer(forgeZip([...base(), forgeEntry('files/nested.zip', inner)]));
    expect(r.ok && r.value.entries.get('files/nested.zip')).toEqual(inner);
    expect(r.ok && [...r.value.entries.keys()]).toEqual(['tables/A1.json', 'files/nested.zip']);
  });

  it('accepts an entry exactly at the byte cap and refuses one byte more, counting real bytes', () => {
    const cap = 1 + 258 * 400;
    const at = forgeEntry('tables/B.json', new Uint8Array(cap));
    expect(refusal(forgeZip([...base(), at]), { maxEntryBytes: cap })).toBeNull();
    const over = forgeEntry('tables/B.json', new Uint8Array(cap + 1));
    expect(refusal(forgeZip([...base(), over]), { maxEntryBytes: cap })?.code).toBe('too-large');
    // The same bytes declared one short of the cap: the real count refuses it, not the header.
    const bomb = deflateBomb(401);
    const lying = forgeEntry('tables/B.json', new Uint8Array(1));
    const forged: ForgedEntry = {
      data: bomb,
      local: { ...lying.local, compressedSize: bomb.length },
      central: { ...lying.central, compressedSize: bomb.length },
    };
    expect(refusal(forgeZip([...base(), forged]), { maxEntryBytes: cap })?.code).toBe('too-large');
  });

  it('refuses an EOCD that claims more entries than the directory holds, and a comment hiding a second directory', () => {
    expect(refusal(forgeZip(base(), { count: 4 }))?.code).toBe('archive-damaged');
    const hidden = forgeZip(base());
    // Read from the end, the copy in the comment is taken for the end record and points nowhere.
    expect(refusal(forgeZip(base(), { comment: hidden.subarray(hidden.length - 22) }))?.message).toMatch(
      /数据包/,
    );
  });
});
