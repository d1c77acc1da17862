/**
 * An archive from another PC at database level (docs/SECURITY.md R9): the records of a real three-station
 * exchange pass the live schemas and restore; an archive that adds a trusted key, swaps the office key or
 * carries a record its table's schema refuses is refused with nothing changed; a restore never lowers
 * a received-sequence mark or the trust list.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { bytesToBase64 } from '../../shared/base64';
import { encodeBackupArchive } from '../../shared/backup/backup-archive-writer';
import { readBackupArchive } from '../../shared/backup/backup-archive-reader';
import type { BackupContent, BackupRecord } from '../../shared/backup/backup-manifest';
import { generateKeyPair, keyIdOf } from '../../shared/bundle/ed25519-keys';
import { signTrustList, type TrustList } from '../../shared/bundle/trust-list';
import { commitDataBundle } from '../features/bundles/data-commit';
import { buildDataBundle } from '../features/bundles/data-export';
import { previewDataBundle } from '../features/bundles/data-import';
import { communityRows, dbHash, type Station } from '../features/bundles/testing/exchange-kit';
import { must, threeStations } from '../features/bundles/testing/three-stations';
import { encodeWorkspaceArchive } from './archive-testing';
import { backupTableSpecs } from './backup-read';
import { createDataWriter } from './data-writer';
import { CURRENT_SCHEMA_VERSION } from './schema';
import { openTestDb } from './test-fixtures';
import { hasRecordSchema } from '../../shared/backup/backup-record-schemas';

async function archiveOf(s: Station): Promise<Uint8Array> {
  return (await encodeWorkspaceArchive(s.db, s.ws.id)).bytes;
}

function read(s: Station, bytes: Uint8Array) {
  return readBackupArchive(bytes, { tables: backupTableSpecs(s.db), schemaVersion: CURRENT_SCHEMA_VERSION });
}

function content(s: Station, bytes: Uint8Array): BackupContent {
  const r = read(s, bytes);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

/** TW sends A10-3 to the office, which imports it (the office then holds TW's sequence mark). */
async function sendToOffice(dept: Station, office: Station, tag: string) {
  const key = { workspaceId: dept.ws.id, tableCode: 'A10-3', departmentCode: 'TW' };
  must(await dept.deps.repo.commitSlice(key, communityRows(2, tag), dept.acting.actor, 'typed'));
  const data = must(await buildDataBundle(dept.deps, dept.acting, await dept.state(), 'OFFICE'));
  must(await dept.deps.repo.recordBundle(dept.ws.id, { bundle: data.record }, dept.acting.actor));
  const p = must(await previewDataBundle(office.deps, office.ws, await office.state(), data.bytes));
  must(await commitDataBundle(office.deps, office.acting, p));
}

function withTrust(c: BackupContent, trust: readonly BackupRecord[]): BackupContent {
  return { ...c, tables: { ...c.tables, trust } };
}

const restore = (s: Station, c: BackupContent) =>
  createDataWriter(s.db).restoreWorkspace(c, { actor: s.acting.actor.name });

describe('archive records are checked like live writes (R9)', () => {
  it('every store of the schema has a record schema for restores (add one in backup-record-schemas.ts)', async () => {
    const db = await openTestDb();
    expect(db.tables.map((t) => t.name).filter((name) => !hasRecordSchema(name))).toEqual([]);
  });

  it('every record of a real exchange passes its schema, at each station, and restores', async () => {
    const { office, summary, dept } = await threeStations();
    await sendToOffice(dept, office, 'a');
    for (const s of [office, summary, dept]) {
      const r = read(s, await archiveOf(s));
      expect(r.ok ? 'ok' : r.error.message).toBe('ok');
    }
    expect((await restore(office, content(office, await archiveOf(office)))).ok).toBe(true);
  });

  it('a record its table refuses (a negative sequence mark) refuses the archive, naming it', async () => {
    const { office, dept } = await threeStations();
    await sendToOffice(dept, office, 'a');
    const good = content(office, await archiveOf(office));
    const snap = must(
      await encodeBackupArchive({ ...good.manifest }, [
        ...backupTableSpecs(office.db).map((spec) => ({
          spec,
          records:
            spec.name === 'sequences'
              ? (good.tables.sequences ?? []).map((s) => ({ ...s, lastSeq: -5 }))
              : (good.tables[spec.name] ?? []),
        })),
      ]),
    );
    const r = read(office, snap.bytes);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toContain('数据表 sequences 第 1 条记录无效');
  });

  it('an archive whose trust list adds a key the office never signed is refused, database unchanged', async () => {
    const { office, dept } = await threeStations();
    const c = content(dept, await archiveOf(dept));
    const trust = c.tables.trust ?? [];
    const listRec = trust.find((t) => t.kind === 'trust-list')!;
    const list = listRec.list as TrustList;
    const attacker = generateKeyPair();
    const added: TrustList = {
      ...list,
      version: list.version + 1,
      keys: [
        ...list.keys,
        {
          keyId: keyIdOf(attacker.publicKey),
          publicKey: bytesToBase64(attacker.publicKey),
          departmentCode: 'JWC',
          role: 'department',
          addedAt: '2025-10-01T00:00:00.000Z',
        },
      ],
    };
    // Signed by the attacker's own key: well-formed, but not the pinned office key's signature.
    const forged = signTrustList(added, attacker.secretKey);
    const before = await dbHash(dept.db);
    const r = await restore(
      dept,
      withTrust(c, [
        ...trust.filter((t) => t.kind !== 'trust-list'),
        { ...listRec, list: added, bytesBase64: bytesToBase64(forged.bytes), sigText: forged.sigText },
      ]),
    );
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toContain('未通过督导室密钥的签名核对');
    expect(await dbHash(dept.db)).toBe(before);

    // The list edited beside the intact signed bytes is refused too.
    const edited = await restore(
      dept,
      withTrust(c, [...trust.filter((t) => t.kind !== 'trust-list'), { ...listRec, list: added }]),
    );
    expect(edited.ok).toBe(false);
    if (!edited.ok) expect(edited.error.message).toContain('列表内容与签名内容不一致');
    expect(office.ws.id).not.toBe(dept.ws.id);
  });

  it('an archive pinning another office key is refused', async () => {
    const { dept } = await threeStations();
    const c = content(dept, await archiveOf(dept));
    const other = generateKeyPair();
    const trust = (c.tables.trust ?? []).map((t) =>
      t.kind === 'office-pin'
        ? { ...t, keyId: keyIdOf(other.publicKey), publicKey: bytesToBase64(other.publicKey) }
        : t,
    );
    const r = await restore(dept, withTrust(c, trust));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toContain('与本机已确认的督导室密钥');
  });

  it('a restore keeps the higher received-sequence mark', async () => {
    const { office, dept } = await threeStations();
    const older = content(office, await archiveOf(office));
    await sendToOffice(dept, office, 'b');
    const marks = await office.db.sequences.toArray();
    expect(marks.length).toBeGreaterThan(0);
    expect((await restore(office, older)).ok).toBe(true);
    expect(await office.db.sequences.toArray()).toEqual(marks);
  });
});
