import { describe, expect, it } from 'vitest';
import { bytesToBase64 } from '../base64';
import { generateKeyPair, signBytes, type Ed25519KeyPair } from '../bundle/ed25519-keys';
import { lockManifest, sliceContentHash } from '../national-export/locked-year';
import { ok } from '../result';
import { acceptLockLists, preferredLockList, relayedLockLists, slicesHere } from './received-lock-list';
import { lockListExtract } from './lock-list-extract';
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

/** `whole` cut for `dept` (TW's tables go through XGC) and signed by the office. */
async function extractFor(whole: SignedLockList, dept: string): Promise<SignedLockList> {
  const { format: _f, version: _v, signer: _s, signature: _g, corrections, ...body } = whole;
  const tasks = [
    {
      tableCode: 'A10-3',
      responsibleDepartment: 'XGC',
      cooperatingDepartments: ['TW'],
      summaryDepartment: 'XGC',
      deadline: '20251010',
    },
    {
      tableCode: 'A1',
      responsibleDepartment: 'TW',
      cooperatingDepartments: [],
      summaryDepartment: null,
      deadline: '20251010',
    },
  ];
  const r = await signLockList(lockListExtract({ ...body, corrections: corrections ?? [] }, dept, tasks), {
    publicKey: office.publicKey,
    sign: (m) => Promise.resolve(ok(signBytes(m, office.secretKey))),
  });
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

describe('which list of a lock a station keeps', () => {
  it('the newer lock; of one lock the extract cut for it, then the whole list, then another’s — in either order', async () => {
    const whole = await list('2025-10-01T00:00:00.000Z');
    const tw = await extractFor(whole, 'TW');
    const xgc = await extractFor(whole, 'XGC');
    for (const [a, b] of [
      [tw, xgc],
      [xgc, tw],
    ] as const)
      expect(preferredLockList(a, b, 'TW')).toBe(tw);
    expect(preferredLockList(xgc, whole, 'TW')).toBe(whole);
    // The whole list lists more slices, yet TW keeps the extract cut for it.
    expect(whole.manifest.entries.length).toBeGreaterThan(tw.manifest.entries.length);
    expect(preferredLockList(whole, tw, 'TW')).toBe(tw);
    expect(preferredLockList(tw, xgc, 'XGC')).toBe(xgc);
    // The same list twice keeps the one held.
    const again = { ...tw };
    expect(preferredLockList(tw, again, 'TW')).toBe(tw);
    // A newer lock wins over the best fit of an older one.
    const newer = await extractFor(await list('2025-10-20T00:00:00.000Z'), 'XGC');
    expect(preferredLockList(tw, newer, 'TW')).toBe(newer);
    expect(preferredLockList(newer, tw, 'TW')).toBe(newer);
    // Within one bundle too, whatever the order of the lists it carries.
    const here2 = { ...here, departmentCode: 'TW' };
    const r1 = acceptLockLists([xgc, tw], here2);
    const r2 = acceptLockLists([tw, xgc], here2);
    expect(r1.ok && r1.value?.extract?.for).toBe('TW');
    expect(r2.ok && r2.value?.extract?.for).toBe('TW');
  });

  it('a relayed office feedback offers the summary department’s extract and the one signed for this station', async () => {
    const whole = await list('2025-10-01T00:00:00.000Z');
    const tw = await extractFor(whole, 'TW');
    const xgc = await extractFor(whole, 'XGC');
    expect(relayedLockLists({ lockList: xgc, lockListExtracts: [tw] }, 'TW')).toEqual([xgc, tw]);
    // An older office's feedback carries no extracts for the relay: the summary department's is all there is.
    expect(relayedLockLists({ lockList: xgc }, 'TW')).toEqual([xgc, undefined]);
    expect(relayedLockLists({ lockList: xgc, lockListExtracts: [tw] }, 'JWC')).toEqual([xgc, undefined]);
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
