import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { bytesToBase64 } from '../../shared/base64';
import { canonicalJson } from '../../shared/canonical-json';
import { fingerprintOf, generateKeyPair, keyIdOf, signBytes } from '../../shared/bundle/ed25519-keys';
import type { TrustList } from '../../shared/bundle/trust-list';
import { newUuid } from '../../shared/ids';
import { newSubmission } from '../../shared/review/review-workflow';
import type { TaskAssignment } from '../../shared/tasks/task-types';
import { nextYearWorkspace } from '../../shared/year-close/rollover';
import { reissuedTrustList } from '../../shared/year-close/rollover-trust';
import { createDataWriter } from './data-writer';
import { workspaceRange } from './key-ranges';
import { ACTOR, makeWorkspace, openTestDb } from './test-fixtures';
import type { StatusDb } from './schema';

const office = generateKeyPair();
const dept = generateKeyPair();
const revoked = generateKeyPair();
const AT = '2025-09-01T08:00:00.000Z';
const TASK: TaskAssignment = {
  tableCode: 'A10-1',
  responsibleDepartment: 'JWC',
  cooperatingDepartments: [],
  summaryDepartment: null,
  deadline: '20251015',
};
const key = (pk: Uint8Array, departmentCode: string, role: 'office' | 'department') => ({
  keyId: keyIdOf(pk),
  publicKey: bytesToBase64(pk),
  departmentCode,
  role,
  addedAt: AT,
});
const LIST: TrustList = {
  version: 3,
  officeKeyId: keyIdOf(office.publicKey),
  keys: [
    key(office.publicKey, 'DDS', 'office'),
    key(dept.publicKey, 'JWC', 'department'),
    { ...key(revoked.publicKey, 'XGC', 'department'), revokedAt: AT },
  ],
};
const signed = (list: unknown) => {
  const bytes = new TextEncoder().encode(canonicalJson(list));
  return { bytesBase64: bytesToBase64(bytes), sigText: bytesToBase64(signBytes(bytes, office.secretKey)) };
};

/** A locked year with its own key record, the office pin and the signed trust list, at either station. */
async function station(role: 'office' | 'department') {
  const db = await openTestDb();
  const writer = createDataWriter(db);
  const ws = makeWorkspace({
    academicYearStart: 2025,
    station: { role, departmentCode: role === 'office' ? null : 'JWC' },
  });
  expect((await writer.createWorkspace(ws, ACTOR, { tasks: [TASK] })).ok).toBe(true);
  const own = role === 'office' ? office : dept;
  await db.keys.put({
    workspaceId: ws.id,
    keyId: keyIdOf(own.publicKey),
    publicKey: bytesToBase64(own.publicKey),
    fingerprint: fingerprintOf(own.publicKey),
    createdAt: AT,
    createdBy: '周主任',
    storage: 'webcrypto',
  });
  await db.trust.bulkPut([
    {
      workspaceId: ws.id,
      kind: 'office-pin',
      keyId: LIST.officeKeyId,
      publicKey: bytesToBase64(office.publicKey),
      fingerprint: fingerprintOf(office.publicKey),
      yearId: role === 'office' ? ws.id : newUuid(),
      pinnedAt: AT,
      pinnedBy: '周主任',
    },
    { workspaceId: ws.id, kind: 'trust-list', list: LIST, ...signed(LIST) },
  ]);
  await db.sequences.put({ workspaceId: ws.id, keyId: 'k', addressee: 'OFFICE', lastSeq: 7, hashes: [] });
  await db.submissions.put({
    workspaceId: ws.id,
    ...newSubmission(TASK, 'JWC'),
    state: role === 'office' ? 'school-approved' : 'locked',
  });
  if (role === 'office')
    expect((await writer.lockYear(ws.id, { name: '郑校长', role: 'leader' }, ACTOR)).ok).toBe(true);
  return { db, writer, ws };
}

async function countUnder(db: StatusDb, workspaceId: string): Promise<number> {
  const [lo, hi] = workspaceRange(workspaceId);
  let n = (await db.workspaces.get(workspaceId)) ? 1 : 0;
  for (const t of db.tables) if (t.name !== 'workspaces') n += await t.where(':id').between(lo, hi).count();
  return n;
}

describe('新建下一学年 carries the station key and the trust', () => {
  it('at the office: same key store, the pin names the new year, the trust list re-issued as the next version', async () => {
    const { db, writer, ws } = await station('office');
    const next = nextYearWorkspace(ws, newUuid(), AT);
    expect(next.keyStoreId).toBe(ws.id);
    const r = await writer.rolloverYear(ws.id, next, ACTOR, signed(reissuedTrustList(LIST)));
    expect(r.ok, r.ok ? '' : r.error.message).toBe(true);
    expect((await db.keys.toArray()).filter((k) => k.workspaceId === next.id)).toHaveLength(1);
    const pin = await db.trust.get([next.id, 'office-pin']);
    expect(pin?.kind === 'office-pin' && pin.yearId).toBe(next.id);
    const list = await db.trust.get([next.id, 'trust-list']);
    expect(list?.kind === 'trust-list' && list.list.version).toBe(4);
    expect(list?.kind === 'trust-list' && list.list.keys).toEqual(LIST.keys);
    expect((await db.sequences.get([next.id, 'k', 'OFFICE']))?.lastSeq).toBe(7);
    // A year rolled over twice still signs with the first year's key.
    expect(nextYearWorkspace(next, newUuid(), AT).keyStoreId).toBe(ws.id);
  });

  it('refuses a re-issue that changes the keys, writing nothing', async () => {
    const { db, writer, ws } = await station('office');
    const before = await countUnder(db, ws.id);
    const next = nextYearWorkspace(ws, newUuid(), AT);
    const lifted = reissuedTrustList({ ...LIST, keys: LIST.keys.map(({ revokedAt: _, ...k }) => k) });
    const r = await writer.rolloverYear(ws.id, next, ACTOR, signed(lifted));
    expect(r.ok ? '' : r.error.message).toContain('信任列表');
    expect(await countUnder(db, next.id)).toBe(0);
    expect(await countUnder(db, ws.id)).toBe(before);
  });

  it('at a department: own key and trust list carried, the pin waits for the new year id', async () => {
    const { db, writer, ws } = await station('department');
    const next = nextYearWorkspace(ws, newUuid(), AT);
    const r = await writer.rolloverYear(ws.id, next, ACTOR);
    expect(r.ok, r.ok ? '' : r.error.message).toBe(true);
    const pin = await db.trust.get([next.id, 'office-pin']);
    const old = await db.trust.get([ws.id, 'office-pin']);
    expect(pin).toMatchObject({ awaitingYear: true, keyId: LIST.officeKeyId });
    expect(pin?.kind === 'office-pin' && old?.kind === 'office-pin' && pin.yearId === old.yearId).toBe(true);
    expect(old).not.toHaveProperty('awaitingYear');
    const list = await db.trust.get([next.id, 'trust-list']);
    expect(list?.kind === 'trust-list' && list.list.version).toBe(3);
    expect((await db.keys.toArray()).filter((k) => k.workspaceId === next.id)[0]?.keyId).toBe(
      keyIdOf(dept.publicKey),
    );
  });
});
