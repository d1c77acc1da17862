import { describe, expect, it } from 'vitest';
import { bytesToBase64 } from '../base64';
import { generateKeyPair, signBytes, type Ed25519KeyPair } from '../bundle/ed25519-keys';
import { lockManifest, sliceContentHash } from '../national-export/locked-year';
import { ok } from '../result';
import { acceptLockLists, slicesHere } from './received-lock-list';
import { signLockList, type SignedLockList } from './signed-lock-list';

const office = generateKeyPair();
const ROW = {
  id: 'r1',
  values: { a: '1' },
  by: '张三',
  at: '2025-10-01T00:00:00.000Z',
  src: 'typed' as const,
};

async function list(at: string, year = 2025, key: Ed25519KeyPair = office): Promise<SignedLockList> {
  const manifest = lockManifest(
    [
      { tableCode: 'A10-3', departmentCode: 'TW', rows: [ROW] },
      { tableCode: 'A10-3', departmentCode: 'XGC', rows: [] },
      { tableCode: 'A1', departmentCode: 'TW', rows: [] },
    ],
    at,
    '郑校长',
  );
  const r = await signLockList(
    {
      school: { name: '示例学院', code: '12345' },
      academicYearStart: year,
      catalogVersion: 1,
      manifest,
      corrections: [],
    },
    { publicKey: key.publicKey, sign: (m) => Promise.resolve(ok(signBytes(m, key.secretKey))) },
  );
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}
const here = { officePublicKey: bytesToBase64(office.publicKey), academicYearStart: 2025 };

describe('acceptLockLists', () => {
  it('takes none, one, or the newest of the lists a bundle carries', async () => {
    const older = await list('2025-10-01T00:00:00.000Z');
    const newer = await list('2025-10-20T00:00:00.000Z');
    expect(acceptLockLists([undefined, undefined], here)).toEqual({ ok: true, value: null });
    const r = acceptLockLists([newer, older], here);
    expect(r.ok && r.value?.manifest.at).toBe('2025-10-20T00:00:00.000Z');
  });

  it('refuses a list of another key or another year, even beside a good one', async () => {
    const good = await list('2025-10-01T00:00:00.000Z');
    const other = await list('2025-10-02T00:00:00.000Z', 2025, generateKeyPair());
    expect(acceptLockLists([good, other], here)).toMatchObject({
      ok: false,
      error: { code: 'lock-list-refused' },
    });
    const r = acceptLockLists([await list('2024-10-01T00:00:00.000Z', 2024)], here);
    expect(r.ok ? '' : r.error.message).toContain('属于 2024-2025学年');
  });
});

describe('slicesHere', () => {
  it('compares this station’s copies with the locked hashes; a slice it holds no rows of is empty', async () => {
    const l = await list('2025-10-01T00:00:00.000Z');
    const tw = (e: { departmentCode: string }) => e.departmentCode === 'TW';
    const same = slicesHere(l, tw, new Map([['A10-3|TW', { rows: 1, hash: sliceContentHash([ROW]) }]]));
    expect(same.map((e) => [e.tableCode, e.copy])).toEqual([
      ['A1', 'same'],
      ['A10-3', 'same'],
    ]);
    const edited = { ...ROW, values: { a: '2' } };
    const changed = slicesHere(l, tw, new Map([['A10-3|TW', { rows: 1, hash: sliceContentHash([edited]) }]]));
    expect(changed.find((e) => e.tableCode === 'A10-3')?.copy).toBe('changed');
  });
});
