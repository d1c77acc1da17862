import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../shared/audit/audit-chain';
import { readBackupArchive } from '../../shared/backup/backup-archive-reader';
import { canonicalJson } from '../../shared/canonical-json';
import { sha256Hex } from '../../shared/hash';
import { GLOBAL_AUDIT_LOG } from './audit-log';
import type { OwnKeyRecord } from './bundle-records';
import { encodeWorkspaceArchive } from './archive-testing';
import { backupTableSpecs } from './backup-read';
import { createDataWriter } from './data-writer';
import { workspaceRange } from './key-ranges';
import { getAuditEvents, loadSlice } from './reads';
import { CURRENT_SCHEMA_VERSION, type StatusDb } from './schema';
import { ACTOR, makeRows, makeWorkspace, openTestDb, sliceKey } from './test-fixtures';
import { passing } from '../../shared/review/review-test-fixtures';
import type { TaskAssignment } from '../../shared/tasks/task-types';

const TASK: TaskAssignment = {
  tableCode: 'A2-1',
  responsibleDepartment: 'DDS',
  cooperatingDepartments: [],
  summaryDepartment: null,
  deadline: '20251010',
};

/** Hash of every table's records of the workspace; the audit table only up to `auditSeq`. */
async function tableHashes(
  db: StatusDb,
  workspaceId: string,
  auditSeq: number,
): Promise<Record<string, string>> {
  const [lo, hi] = workspaceRange(workspaceId);
  const out: Record<string, string> = {};
  for (const t of db.tables) {
    let records: unknown[] =
      t.name === 'workspaces' ? [await t.get(workspaceId)] : await t.where(':id').between(lo, hi).toArray();
    if (t.name === 'audit') records = records.filter((e) => (e as { seq: number }).seq <= auditSeq);
    out[t.name] = sha256Hex(canonicalJson(records));
  }
  return out;
}

async function backupOf(db: StatusDb, workspaceId: string) {
  const encoded = await encodeWorkspaceArchive(db, workspaceId);
  const read = readBackupArchive(encoded.bytes, {
    tables: backupTableSpecs(db),
    schemaVersion: CURRENT_SCHEMA_VERSION,
  });
  if (!read.ok) throw new Error(read.error.message);
  return { content: read.value, auditSeq: encoded.auditSeq };
}

function keyRecord(workspaceId: string, keyId: string, publicKey: string): OwnKeyRecord {
  return {
    workspaceId,
    keyId,
    publicKey,
    fingerprint: keyId,
    createdAt: '2025-09-01T00:00:00.000Z',
    createdBy: ACTOR.actor,
    storage: 'webcrypto',
  };
}

async function setup() {
  const db = await openTestDb();
  const writer = createDataWriter(db);
  const ws = makeWorkspace();
  expect((await writer.createWorkspace(ws, ACTOR)).ok).toBe(true);
  expect((await writer.commitSlice(sliceKey(ws.id), makeRows(2500), ACTOR)).ok).toBe(true);
  expect((await writer.commitSlice(sliceKey(ws.id, 'A2-1', 'JWC'), makeRows(10), ACTOR)).ok).toBe(true);
  await db.keys.put(keyRecord(ws.id, 'old-key', 'pk-old'));
  return { db, writer, ws };
}

describe('restoreWorkspace', () => {
  it('brings back every table exactly as backed up after later edits, and audits the restore', async () => {
    const { db, writer, ws } = await setup();
    const { content, auditSeq } = await backupOf(db, ws.id);
    const before = await tableHashes(db, ws.id, auditSeq);
    await writer.commitSlice(sliceKey(ws.id), makeRows(3, 'later'), ACTOR);
    await writer.saveDepartments(ws.id, [], ACTOR);
    expect(await tableHashes(db, ws.id, auditSeq)).not.toEqual(before);

    const r = await writer.restoreWorkspace(content, ACTOR);
    expect(r.ok).toBe(true);
    expect(await tableHashes(db, ws.id, auditSeq)).toEqual(before);
    expect(await loadSlice(db, sliceKey(ws.id))).toHaveLength(2500);
    const log = await getAuditEvents(db, ws.id);
    expect(verifyAuditChain(log).ok).toBe(true);
    expect(log.at(-1)).toMatchObject({ seq: auditSeq + 1, kind: 'workspace.restore' });
    const global = await getAuditEvents(db, GLOBAL_AUDIT_LOG);
    expect(global.at(-1)?.summary).toMatchObject({ workspaceId: ws.id, existed: true });
  });

  it('restores a workspace into an empty database (a reset store, a new PC)', async () => {
    const { db, ws } = await setup();
    const { content, auditSeq } = await backupOf(db, ws.id);
    const before = await tableHashes(db, ws.id, auditSeq);
    const fresh = await openTestDb();
    const r = await createDataWriter(fresh).restoreWorkspace(content, ACTOR);
    expect(r.ok).toBe(true);
    expect(await tableHashes(fresh, ws.id, auditSeq)).toEqual(before);
  });

  it("keeps the station's current signing keys over the backup's", async () => {
    const { db, writer, ws } = await setup();
    const { content } = await backupOf(db, ws.id);
    await db.keys.put(keyRecord(ws.id, 'new-key', 'pk-new'));
    await writer.restoreWorkspace(content, ACTOR);
    const keys = await db.keys
      .where(':id')
      .between(...workspaceRange(ws.id))
      .toArray();
    expect(keys.map((k) => k.keyId).sort()).toEqual(['new-key', 'old-key']);
  });

  it('leaves other workspaces untouched', async () => {
    const { db, writer, ws } = await setup();
    const other = makeWorkspace({ name: '另一个年度' });
    await writer.createWorkspace(other, ACTOR);
    await writer.commitSlice(sliceKey(other.id), makeRows(5), ACTOR);
    const otherBefore = await tableHashes(db, other.id, Number.MAX_SAFE_INTEGER);
    const { content } = await backupOf(db, ws.id);
    await writer.restoreWorkspace(content, ACTOR);
    expect(await tableHashes(db, other.id, Number.MAX_SAFE_INTEGER)).toEqual(otherBefore);
  });

  it('aborts as a whole when a write fails, keeping the previous data', async () => {
    const { db, writer, ws } = await setup();
    const { content, auditSeq } = await backupOf(db, ws.id);
    await writer.commitSlice(sliceKey(ws.id), makeRows(3, 'later'), ACTOR);
    const current = await tableHashes(db, ws.id, Number.MAX_SAFE_INTEGER);
    // A record the store refuses (duplicate key inside one table) fails the bulkAdd mid-restore.
    const blocks = content.tables.blocks ?? [];
    const broken: typeof content = {
      ...content,
      tables: { ...content.tables, blocks: [...blocks, blocks[0] as (typeof blocks)[number]] },
    };
    await expect(writer.restoreWorkspace(broken, ACTOR)).rejects.toThrow();
    expect(await tableHashes(db, ws.id, Number.MAX_SAFE_INTEGER)).toEqual(current);
    expect(auditSeq).toBeGreaterThan(0);
  });

  it('never lowers a review state or lifts the lock: refused with the list of what it would undo, nothing restored', async () => {
    const { db, writer, ws } = await setup();
    const key = sliceKey(ws.id, 'A2-1', 'DDS');
    expect((await writer.commitSlice(key, makeRows(4), ACTOR)).ok).toBe(true);
    const filler = { name: '陈信息', role: 'filler' } as const;
    const head = { name: '周主任', role: 'head' } as const;
    const { content } = await backupOf(db, ws.id);
    expect((await writer.saveTasks(ws.id, [TASK], ACTOR, 'system')).ok).toBe(true);
    expect((await writer.reviewAction(key, { type: 'submit' }, filler, ACTOR)).ok).toBe(true);
    expect(
      (
        await writer.reviewAction(
          key,
          { type: 'approve', level: 1, checklist: passing(1), ticks: [] },
          head,
          ACTOR,
        )
      ).ok,
    ).toBe(true);
    const current = await tableHashes(db, ws.id, Number.MAX_SAFE_INTEGER);
    const r = await writer.restoreWorkspace(content, ACTOR);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('restore-refused');
      expect(r.error.message).toContain('A2-1/DDS（部门已审核 → 无审核记录）');
      expect(r.error.message).toContain('请由督导室退回或解除锁定');
    }
    expect(await tableHashes(db, ws.id, Number.MAX_SAFE_INTEGER)).toEqual(current);

    // An archive taken after the last decision restores: it undoes nothing of the review.
    const later = await backupOf(db, ws.id);
    expect((await writer.restoreWorkspace(later.content, ACTOR)).ok).toBe(true);
  });
});
