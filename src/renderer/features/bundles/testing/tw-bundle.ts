/**
 * Test kit: a data bundle of A10-3 (社团) rows from 团委会 (TW), written and signed exactly as a
 * department's export would be, with the key, sequence number and addressee a test needs.
 */
import { writeBundle } from '../../../../shared/bundle/bundle-writer';
import { keyIdOf, signBytes, type Ed25519KeyPair } from '../../../../shared/bundle/ed25519-keys';
import { canonicalJson } from '../../../../shared/canonical-json';
import { newUuid } from '../../../../shared/ids';
import type { StoredRow } from '../../../../shared/records/record-types';

/** A typed A10-3 row; `id` fixed when a test sends the same row again. */
export const communityRow = (name: string, id: string = newUuid()): StoredRow => ({
  id,
  values: { communityname: name, communitytype: '学术科技类' },
  by: '信息员',
  at: '2025-10-01T00:00:00.000Z',
  src: 'typed',
});

export function twDataBundle(o: {
  readonly pair: Ed25519KeyPair;
  readonly yearId: string;
  readonly seq: number;
  readonly rows: readonly StoredRow[];
  readonly addressee?: string;
}): Uint8Array {
  const w = writeBundle({
    manifestFields: {
      kind: 'data',
      keyId: keyIdOf(o.pair.publicKey),
      sender: { stationRole: 'department', departmentCode: 'TW' },
      addressee: o.addressee ?? 'OFFICE',
      yearId: o.yearId,
      bundleId: newUuid(),
      seq: o.seq,
      prevBundleHash: null,
      createdAt: '2025-10-08T09:00:00.000Z',
      auditHead: '0'.repeat(64),
      appVersion: '0.1.0',
      schemaVersion: 1,
    },
    files: [
      {
        path: 'tables/A10-3.json',
        bytes: new TextEncoder().encode(
          canonicalJson({ tableCode: 'A10-3', departmentCode: 'TW', rows: o.rows }),
        ),
        rows: o.rows.length,
      },
    ],
    sign: (m) => signBytes(m, o.pair.secretKey),
  });
  if (!w.ok) throw new Error(w.error.message);
  return w.value.bytes;
}
