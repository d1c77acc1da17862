import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../shared/audit/audit-chain';
import { builtInCatalog } from '../../shared/catalog/builtin-catalog';
import { passing } from '../../shared/review/review-test-fixtures';
import { latestLockRecord } from '../../shared/national-export/lock-record';
import {
  changesSinceSnapshot,
  latestPreApproval,
  preApprovalSnapshots,
} from '../../shared/year-close/pre-approval';
import { getAuditEvents } from './reads';
import { getReviewSnapshots } from './review-reads';
import { PRE_APPROVAL_SNAPSHOT_LEVEL } from './review-records';
import { FILLER, HEAD, LEADER, officeSlice, SUPERVISOR, TO_OFFICE_APPROVAL } from './office-slice-fixture';
import { ACTOR, makeRows } from './test-fixtures';

async function setup() {
  const catalog = builtInCatalog();
  const station = await officeSlice(catalog);
  for (const [action, user] of TO_OFFICE_APPROVAL)
    expect((await station.writer.reviewAction(station.key, action, user, ACTOR)).ok).toBe(true);
  return { ...station, catalog };
}

describe('审定前快照 and the lock record', () => {
  it('refuses a nameless snapshot and writes nothing', async () => {
    const { db, writer, ws } = await setup();
    const before = (await getAuditEvents(db, ws.id)).length;
    const r = await writer.savePreApprovalSnapshot(ws.id, '  ', ACTOR);
    expect(r.ok ? '' : r.error.message).toContain('请为审定前快照命名');
    expect((await getAuditEvents(db, ws.id)).length).toBe(before);
  });

  it('keeps the latest snapshot’s rows, records each by name, and the lock states its catalog version', async () => {
    const { db, writer, ws, key, catalog } = await setup();
    expect((await writer.savePreApprovalSnapshot(ws.id, '第一稿', ACTOR)).ok).toBe(true);
    expect((await writer.savePreApprovalSnapshot(ws.id, ' 2026 学年审定前快照 ', ACTOR)).ok).toBe(true);
    const snaps = (await getReviewSnapshots(db, key)).filter((s) => s.level === PRE_APPROVAL_SNAPSHOT_LEVEL);
    expect(snaps.map((s) => s.rows.length)).toEqual([3]);
    const events = await getAuditEvents(db, ws.id);
    expect(preApprovalSnapshots(events).map((s) => s.name)).toEqual(['第一稿', '2026 学年审定前快照']);
    const latest = latestPreApproval(events)!;
    expect(latest.catalogVersion).toBe(catalog.version);
    expect(latest.manifest.entries).toEqual([
      expect.objectContaining({ tableCode: 'A1-1', departmentCode: 'DDS', rows: 3 }),
    ]);

    expect((await writer.lockYear(ws.id, LEADER, ACTOR)).ok).toBe(true);
    const after = await getAuditEvents(db, ws.id);
    const lock = latestLockRecord(after)!;
    expect(lock.catalogVersion).toBe(catalog.version);
    expect(changesSinceSnapshot(latest, lock.manifest)).toEqual([]);
    expect(key.tableCode).toBe('A1-1');
    expect((await verifyAuditChain(after)).ok).toBe(true);
  });

  it('shows the slices changed between the snapshot and the lock', async () => {
    const { db, writer, ws, key } = await setup();
    expect((await writer.savePreApprovalSnapshot(ws.id, '审定前', ACTOR)).ok).toBe(true);
    // Reopened for a correction after the 领导小组 read the note: reworked and approved again.
    await writer.reviewAction(key, { type: 'return', reason: '更正', comments: [] }, SUPERVISOR, ACTOR);
    expect((await writer.commitSlice(key, makeRows(4), ACTOR)).ok).toBe(true);
    for (const [action, user] of [
      [{ type: 'submit' }, FILLER],
      [{ type: 'approve', level: 1, checklist: passing(1), ticks: [] }, HEAD],
      [{ type: 'receive' }, SUPERVISOR],
      [{ type: 'approve', level: 3, checklist: passing(3), ticks: [] }, SUPERVISOR],
    ] as const)
      expect((await writer.reviewAction(key, action, user, ACTOR)).ok).toBe(true);
    expect((await writer.lockYear(ws.id, LEADER, ACTOR)).ok).toBe(true);
    const events = await getAuditEvents(db, ws.id);
    expect(changesSinceSnapshot(latestPreApproval(events)!, latestLockRecord(events)!.manifest)).toEqual([
      'A1-1/DDS（内容已变化）',
    ]);
  });
});
