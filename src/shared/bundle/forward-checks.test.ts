/**
 * A forward's inner originals get every check an outer bundle gets (docs/bundle-rules.md "Bundles inside
 * bundles"), through the same verify operation the import Worker runs: the route, the sequence cap, "older
 * than held" on the same key, and a key older than one already held from the contributor.
 */
import { describe, expect, it } from 'vitest';
import { generateKeyPair, keyIdOf } from './ed25519-keys';
import { newestPerContributor } from './key-order';
import { testKeys, testTrustList, trusted } from './testing/bundle-fixtures';
import { forwardAtOffice, forwardOf, jwcOriginal } from './testing/forward-fixtures';
import type { TrustList } from './trust-list';
import type { SequenceEntry } from './verify-ops';

const k = testKeys();
const jwcId = keyIdOf(k.jwc.publicKey);

describe('inner originals of a forward', () => {
  it('route: an original carrying a table its sender does not send to that summary department is refused', () => {
    expect(forwardAtOffice(forwardOf(jwcOriginal(1).bytes, 1)).ok).toBe(true);
    const r = forwardAtOffice(forwardOf(jwcOriginal(1, 'A6-2').bytes, 1, 'A6-2'));
    expect(r.ok || r.error).toMatchObject({
      code: 'table-invalid',
      message: expect.stringMatching(/orig-JWC-1\.sdd 的原始数据包未通过校验：JWC 不负责向本站报送 A6-2 表/),
    });
  });

  it('sequence cap: a jump of a million needs the office’s confirmation, as an outer bundle does', () => {
    const held: SequenceEntry[] = [{ keyId: jwcId, addressee: 'XGC', lastSeq: 1, hashes: [] }];
    const jump = forwardOf(jwcOriginal(1_000_001).bytes, 1_000_001);
    const r = forwardAtOffice(jump, held);
    expect(r.ok || r.error.code).toBe('seq-jump');
    expect(forwardAtOffice(jump, held, { confirmSeqJump: true }).ok).toBe(true);
  });

  it('older than held: an original imported before but older than the latest held is refused', () => {
    const first = jwcOriginal(1);
    const held: SequenceEntry[] = [
      { keyId: jwcId, addressee: 'XGC', lastSeq: 3, hashes: [[1, first.bundleHash]] },
    ];
    const r = forwardAtOffice(forwardOf(first.bytes, 1), held);
    expect(r.ok || r.error).toMatchObject({
      code: 'replay',
      message: expect.stringContaining('是第 1 号，早于本站已持有的第 3 号'),
    });
    // The latest one held, forwarded again, is a no-op rather than a rollback.
    const latest = [{ keyId: jwcId, addressee: 'XGC', lastSeq: 1, hashes: [[1, first.bundleHash]] }] as const;
    expect(forwardAtOffice(forwardOf(first.bytes, 1), [...latest]).ok).toBe(true);
  });
});

describe('key rotation: the trust list orders a department’s keys', () => {
  const newJwc = generateKeyPair();
  const rotated: TrustList = {
    ...testTrustList,
    version: 4,
    keys: [
      ...testTrustList.keys,
      { ...trusted(newJwc, 'JWC', 'department'), addedAt: '2025-10-20T00:00:00.000Z' },
    ],
  };
  const newId = keyIdOf(newJwc.publicKey);

  it('an original from the old key after the new key’s was imported is refused as older than held', () => {
    const held: SequenceEntry[] = [{ keyId: newId, addressee: 'XGC', lastSeq: 1, hashes: [] }];
    const r = forwardAtOffice(forwardOf(jwcOriginal(9).bytes, 9), held, { trustList: rotated });
    expect(r.ok || r.error).toMatchObject({
      code: 'key-superseded',
      message: expect.stringContaining(newId),
    });
    // Before any bundle of the new key arrived, the old key's original still imports.
    expect(forwardAtOffice(forwardOf(jwcOriginal(9).bytes, 9), [], { trustList: rotated }).ok).toBe(true);
  });

  it('a forward picks per contributor the newest key’s latest original, never a higher number of an older key', () => {
    const bundles = [
      { departmentCode: 'JWC', keyId: jwcId, seq: 7, name: 'old-7' },
      { departmentCode: 'JWC', keyId: newId, seq: 1, name: 'new-1' },
      { departmentCode: 'JWC', keyId: newId, seq: 2, name: 'new-2' },
      { departmentCode: 'RSC', keyId: keyIdOf(k.rsc.publicKey), seq: 4, name: 'rsc-4' },
    ];
    const picked = newestPerContributor(rotated, bundles);
    expect([...picked].map(([d, b]) => [d, b.name])).toEqual([
      ['JWC', 'new-2'],
      ['RSC', 'rsc-4'],
    ]);
    // Until the new key has sent anything, the old key's latest is the newest data.
    expect(newestPerContributor(rotated, bundles.slice(0, 1)).get('JWC')?.name).toBe('old-7');
  });
});
