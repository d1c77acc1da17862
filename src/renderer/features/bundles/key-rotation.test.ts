/**
 * Key rotation (docs/SECURITY.md B10 "key rotation resets the counter"): a department station rotates its key,
 * which writes a registration request for the new key; the office imports it as a new key of the same
 * department. Bundles signed by the old key still verify until the office revokes it; the new key's
 * sequence numbers start again at 1.
 */
import 'fake-indexeddb/auto';
import { beforeAll, describe, expect, it } from 'vitest';
import { commitDataBundle } from './data-commit';
import { previewDataBundle } from './data-import';
import { acceptRegistration, readRegistrationFile, revokeKey, rotateStationKey } from './key-service';
import type { Station } from './testing/exchange-kit';
import { must, threeStations } from './testing/three-stations';
import { communityRow, twDataBundle } from './testing/tw-bundle';

let office: Station;
let dept: Station;
let yearId: string;

function bundle(keyId: string, seq: number, name: string): Uint8Array {
  const pair = dept.keys.pairs.get(keyId)!;
  const rows = [communityRow(name, '00000000-0000-4000-8000-000000000001')];
  return twDataBundle({ pair, yearId, seq, rows });
}

async function importAtOffice(b: Uint8Array) {
  const p = await previewDataBundle(office.deps, office.ws, await office.state(), b);
  if (!p.ok) return p;
  return commitDataBundle(office.deps, office.acting, p.value);
}

beforeAll(async () => {
  ({ office, dept } = await threeStations());
  yearId = (await dept.state()).officePin!.yearId;
}, 60_000);

describe('key rotation', () => {
  it('a new key and its registration; the office adds it beside the old one; both verify until the old is revoked', async () => {
    const oldKey = (await dept.state()).ownKey!;
    const rotated = must(await rotateStationKey(dept.deps, dept.acting, '团委会'));
    expect(rotated.keyId).not.toBe(oldKey.keyId);
    expect((await dept.state()).ownKey?.keyId).toBe(rotated.keyId);

    const req = must(await readRegistrationFile(office.deps, rotated.registration.bytes));
    expect(req).toMatchObject({
      departmentCode: 'TW',
      keyId: rotated.keyId,
      fingerprint: rotated.fingerprint,
    });
    must(await acceptRegistration(office.deps, office.acting, await office.state(), req));
    const tw = (await office.state()).trustList!.list.keys.filter((k) => k.departmentCode === 'TW');
    expect(tw.map((k) => [k.keyId, k.revokedAt ?? null])).toEqual([
      [oldKey.keyId, null],
      [rotated.keyId, null],
    ]);

    // Old key's bundle still verifies; the new key counts from 1 again.
    expect(must(await importAtOffice(bundle(oldKey.keyId, 1, '旧密钥社团'))).status).toBe('imported');
    expect(must(await importAtOffice(bundle(rotated.keyId, 1, '新密钥社团'))).status).toBe('imported');

    must(await revokeKey(office.deps, office.acting, await office.state(), oldKey.keyId));
    const late = await importAtOffice(bundle(oldKey.keyId, 2, '吊销后'));
    expect(late).toMatchObject({ ok: false, error: { message: expect.stringContaining('吊销') } });
    expect(must(await importAtOffice(bundle(rotated.keyId, 2, '新密钥社团2'))).status).toBe('imported');
  });

  it('the office cannot rotate here (its key is the trust root)', async () => {
    const r = await rotateStationKey(office.deps, office.acting, '督导室');
    expect(r).toMatchObject({ ok: false, error: { code: 'wrong-station' } });
  });
});
