import { describe, expect, it } from 'vitest';
import { fingerprintOf, generateKeyPair, keyIdOf, signBytes } from '../bundle/ed25519-keys';
import { bytesToBase64 } from '../base64';
import { lockManifest } from '../national-export/locked-year';
import { ok } from '../result';
import type { LockCorrection } from '../review/lock-corrections';
import {
  LOCK_LIST_FORMAT,
  lockListMessage,
  signLockList,
  verifyLockList,
  type LockListBody,
  type SignedLockList,
} from './signed-lock-list';

const office = generateKeyPair();
const other = generateKeyPair();
const manifest = lockManifest(
  [
    {
      tableCode: 'A1',
      departmentCode: 'DDS',
      rows: [{ id: 'r1', values: { a: '1' }, by: '张三', at: '2026-10-01T00:00:00.000Z', src: 'typed' }],
    },
    { tableCode: 'A10-1', departmentCode: 'JWC', rows: [] },
  ],
  '2026-10-20T00:00:00.000Z',
  '郑校长',
);
const correction: LockCorrection = {
  tableCode: 'A10-1',
  departmentCode: 'JWC',
  rowId: '00000000-0000-4000-8000-00000000a001',
  field: 'xm',
  oldValue: '张三',
  newValue: '张三丰',
  by: '吴督导',
  at: '2026-10-15T08:00:00.000Z',
  reason: '与身份证核对',
};
const body = {
  school: { name: '示例职业技术学院', code: '12345' },
  academicYearStart: 2026,
  catalogVersion: 3,
  manifest,
  corrections: [correction],
};
const signer = (k: typeof office) => ({
  publicKey: k.publicKey,
  sign: async (m: Uint8Array) => ok(signBytes(m, k.secretKey)),
});
const roundTrip = (v: SignedLockList): unknown => JSON.parse(JSON.stringify(v));

describe('signed 锁定清单', () => {
  it('signs with the office key and verifies after a JSON round trip, against the pinned key too', async () => {
    const r = await signLockList(body, signer(office));
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.signer.publicKey).toBe(bytesToBase64(office.publicKey));
    const v = verifyLockList(roundTrip(r.value), bytesToBase64(office.publicKey));
    expect(v.ok && v.value.manifest).toEqual(manifest);
    expect(v.ok && v.value.catalogVersion).toBe(3);
  });

  it('refuses a changed row count, a changed catalog version and a swapped signer', async () => {
    const r = await signLockList(body, signer(office));
    if (!r.ok) throw new Error(r.error.message);
    const s = r.value;
    const [first, ...rest] = s.manifest.entries;
    const rows = { ...s, manifest: { ...s.manifest, entries: [{ ...first!, rows: 2 }, ...rest] } };
    expect(verifyLockList(roundTrip(rows))).toMatchObject({ ok: false, error: { code: 'hash' } });
    const version = { ...s, catalogVersion: 4 };
    expect(verifyLockList(roundTrip(version))).toMatchObject({ ok: false, error: { code: 'signature' } });
    const swapped = { ...s, signer: { ...s.signer, publicKey: bytesToBase64(other.publicKey) } };
    expect(verifyLockList(roundTrip(swapped))).toMatchObject({ ok: false, error: { code: 'signature' } });
  });

  it('refuses a list validly signed by a key other than the pinned office key', async () => {
    const r = await signLockList(body, signer(other));
    if (!r.ok) throw new Error(r.error.message);
    expect(verifyLockList(roundTrip(r.value)).ok).toBe(true);
    expect(verifyLockList(roundTrip(r.value), bytesToBase64(office.publicKey))).toMatchObject({
      ok: false,
      error: { code: 'not-office' },
    });
  });

  it('carries the 校级更正 under the signature: altered, dropped or added corrections are refused', async () => {
    const r = await signLockList(body, signer(office));
    if (!r.ok) throw new Error(r.error.message);
    const s = r.value;
    const v = verifyLockList(roundTrip(s), bytesToBase64(office.publicKey));
    expect(v.ok && v.value.corrections).toEqual([correction]);
    const altered = { ...s, corrections: [{ ...correction, newValue: '李四' }] };
    expect(verifyLockList(roundTrip(altered))).toMatchObject({ ok: false, error: { code: 'signature' } });
    expect(verifyLockList(roundTrip({ ...s, corrections: [] }))).toMatchObject({
      ok: false,
      error: { code: 'signature' },
    });
    const added = { ...s, corrections: [correction, { ...correction, rowId: null }] };
    expect(verifyLockList(roundTrip(added))).toMatchObject({ ok: false, error: { code: 'signature' } });
  });

  it('refuses malformed corrections before checking the signature, and a version 2 list without them', async () => {
    const r = await signLockList(body, signer(office));
    if (!r.ok) throw new Error(r.error.message);
    const s = r.value;
    for (const bad of [
      [{ ...correction, extra: 1 }],
      [{ ...correction, reason: '' }],
      [{ ...correction, oldValue: { x: 1 } }],
      'none',
    ])
      expect(verifyLockList({ ...(roundTrip(s) as object), corrections: bad })).toMatchObject({
        ok: false,
        error: { code: 'corrections', message: expect.stringContaining('校级更正') },
      });
    const { corrections: _dropped, ...without } = s;
    expect(verifyLockList(roundTrip(without as SignedLockList))).toMatchObject({
      ok: false,
      error: { code: 'corrections' },
    });
  });

  it('still verifies a version 1 list (written before corrections were carried), with none', () => {
    const v1: LockListBody = {
      format: LOCK_LIST_FORMAT,
      version: 1,
      school: body.school,
      academicYearStart: 2026,
      catalogVersion: 3,
      manifest,
      signer: {
        keyId: keyIdOf(office.publicKey),
        publicKey: bytesToBase64(office.publicKey),
        fingerprint: fingerprintOf(office.publicKey),
      },
    };
    const signed = { ...v1, signature: bytesToBase64(signBytes(lockListMessage(v1), office.secretKey)) };
    const v = verifyLockList(JSON.parse(JSON.stringify(signed)), bytesToBase64(office.publicKey));
    expect(v.ok).toBe(true);
    expect(v.ok && v.value.corrections).toBeUndefined();
    // A version 1 list cannot smuggle corrections the signature never covered.
    expect(verifyLockList({ ...signed, corrections: [correction] })).toMatchObject({
      ok: false,
      error: { code: 'corrections' },
    });
  });

  it('refuses what is not a lock list', () => {
    expect(verifyLockList({ format: 'x' }).ok).toBe(false);
    expect(verifyLockList(null).ok).toBe(false);
  });

  it('passes a signing failure through', async () => {
    const r = await signLockList(body, {
      publicKey: office.publicKey,
      sign: async () => ({ ok: false, error: { code: 'passphrase', message: '口令错误' } }),
    });
    expect(r).toMatchObject({ ok: false, error: { message: '口令错误' } });
  });
});
