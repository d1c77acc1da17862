import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../shared/audit/audit-chain';
import { passing } from '../../shared/review/review-test-fixtures';
import { sampleRectificationItem } from '../../shared/rectification/testing/sample-item';
import { starterRuleset, nextRulesetVersion } from '../../shared/rules/ruleset';
import { getAuditEvents } from './reads';
import { latestLockManifest } from '../../shared/national-export/lock-record';
import { sliceContentHash } from '../../shared/national-export/locked-year';
import {
  getLatestRuleset,
  getReviewSnapshots,
  getSubmission,
  listLockSnapshots,
  listRulesetVersions,
  listSubmissions,
} from './review-reads';
import { FILLER, HEAD, LEADER, officeSlice, SUPERVISOR, TO_OFFICE_APPROVAL } from './office-slice-fixture';
import { ACTOR } from './test-fixtures';

const setup = () => officeSlice();

describe('review writes', () => {
  it('runs the office’s own table through submit, L1, receive, L3 and lock, snapshotting each approval, all audited', async () => {
    const { db, writer, ws, key } = await setup();
    const steps = [...TO_OFFICE_APPROVAL, [{ type: 'lock' }, LEADER] as const];
    for (const [action, user] of steps) {
      const r = await writer.reviewAction(key, action, user, { actor: user.name });
      expect(r.ok, r.ok ? '' : r.error.message).toBe(true);
    }
    expect(
      (await getSubmission(db, { workspaceId: ws.id, tableCode: 'A1-1', departmentCode: 'DDS' }))?.state,
    ).toBe('locked');
    expect(
      (await getReviewSnapshots(db, { workspaceId: ws.id, tableCode: 'A1-1', departmentCode: 'DDS' })).map(
        (s) => [s.level, s.rows.length],
      ),
    ).toEqual([
      [1, 3],
      [3, 3],
      [4, 3],
    ]);
    const events = await getAuditEvents(db, ws.id);
    expect(events.filter((e) => e.kind.startsWith('review.')).map((e) => e.kind)).toEqual([
      'review.submit',
      'review.approve',
      'review.receive',
      'review.approve',
      'review.lock',
    ]);
    expect(verifyAuditChain(events).ok).toBe(true);
  });

  it('refuses a step the state machine refuses, with its message, and writes nothing', async () => {
    const { db, writer, ws, key } = await setup();
    const before = (await getAuditEvents(db, ws.id)).length;
    const r = await writer.reviewAction(key, { type: 'submit' }, HEAD, ACTOR);
    expect(r.ok).toBe(false);
    if (!r.ok) expect([r.error.code, r.error.message]).toEqual(['review-refused', '提交需要由信息员操作']);
    expect(await listSubmissions(db, ws.id)).toEqual([]);
    expect((await getAuditEvents(db, ws.id)).length).toBe(before);
  });

  it('keeps a return’s reason and cell comments, and a justification, on the stored copy', async () => {
    const { db, writer, ws, key } = await setup();
    await writer.setJustification(key, 'rule:A3.buildings', '含租用校舍', FILLER, ACTOR);
    await writer.reviewAction(key, { type: 'submit' }, FILLER, ACTOR);
    const r = await writer.reviewAction(
      key,
      { type: 'return', reason: '面积有误', comments: [{ recordId: 'x', fieldKey: 'f', text: '请核对' }] },
      HEAD,
      ACTOR,
    );
    expect(r.ok).toBe(true);
    const s = await getSubmission(db, { workspaceId: ws.id, tableCode: 'A1-1', departmentCode: 'DDS' });
    expect(s?.state).toBe('draft');
    expect(s?.justifications['rule:A3.buildings']?.text).toBe('含租用校舍');
    expect(s?.history.at(-1)?.comments).toEqual([{ recordId: 'x', fieldKey: 'f', text: '请核对' }]);
    expect(
      (await getReviewSnapshots(db, { workspaceId: ws.id, tableCode: 'A1-1', departmentCode: 'DDS' })).map(
        (x) => x.level,
      ),
    ).toEqual([0]);
    const last = (await getAuditEvents(db, ws.id)).at(-1);
    expect(last?.summary).toMatchObject({ reason: '面积有误', to: 'draft' });
  });

  it('stores the shipped set as version 1 on the first save and refuses a stale version', async () => {
    const { db, writer, ws } = await setup();
    expect((await getLatestRuleset(db, ws)).version).toBe(1);
    const v2 = nextRulesetVersion(starterRuleset(ws.createdAt), { manualChecks: [] }, 'now', '吴督导');
    expect((await writer.saveRuleset(ws.id, v2, ACTOR)).ok).toBe(true);
    expect((await listRulesetVersions(db, ws.id)).map((v) => v.version)).toEqual([1, 2]);
    const stale = await writer.saveRuleset(ws.id, v2, ACTOR);
    expect(stale.ok ? '' : stale.error.code).toBe('ruleset-version-conflict');
    expect((await getLatestRuleset(db, ws)).manualChecks).toEqual([]);
  });

  it('refuses the lock while a blocking 整改 item is open, naming it, and locks once it is accepted', async () => {
    const { db, writer, ws, key } = await setup();
    for (const [action, user] of [
      [{ type: 'submit' }, FILLER],
      [{ type: 'approve', level: 1, checklist: passing(1), ticks: [] }, HEAD],
      [{ type: 'receive' }, SUPERVISOR],
      [{ type: 'approve', level: 3, checklist: passing(3), ticks: [] }, SUPERVISOR],
    ] as const)
      await writer.reviewAction(key, action, user, ACTOR);
    const item = sampleRectificationItem({
      id: '00000000-0000-4000-8000-0000000000bb',
      departmentCode: 'DDS',
      by: '吴督导',
    });
    expect((await writer.createRectification(ws.id, item, ACTOR)).ok).toBe(true);
    const refused = await writer.lockYear(ws.id, LEADER, ACTOR);
    expect(refused.ok ? '' : refused.error.message).toContain('“生师比未达标”（DDS，待整改，期限 20261215）');
    expect((await getSubmission(db, key))?.state).toBe('school-approved');
    const step = { by: 'x', at: 'x' } as const;
    expect(
      (
        await writer.stepRectification(
          ws.id,
          item.id,
          { ...step, action: 'fix', role: 'department', note: '已更正' },
          ACTOR,
        )
      ).ok,
    ).toBe(true);
    expect((await writer.lockYear(ws.id, LEADER, ACTOR)).ok).toBe(false);
    await writer.stepRectification(
      ws.id,
      item.id,
      { ...step, action: 'accept', role: 'office', note: '' },
      ACTOR,
    );
    expect((await writer.lockYear(ws.id, LEADER, ACTOR)).ok).toBe(true);
  });

  it('locks the year only when every expected slice is school-approved, and reopens with a reason', async () => {
    const { db, writer, ws, key } = await setup();
    const notReady = await writer.lockYear(ws.id, LEADER, ACTOR);
    expect(notReady.ok).toBe(false);
    for (const [action, user] of [
      [{ type: 'submit' }, FILLER],
      [{ type: 'approve', level: 1, checklist: passing(1), ticks: [] }, HEAD],
      [{ type: 'receive' }, SUPERVISOR],
      [{ type: 'approve', level: 3, checklist: passing(3), ticks: [] }, SUPERVISOR],
    ] as const)
      await writer.reviewAction(key, action, user, ACTOR);
    expect((await writer.lockYear(ws.id, LEADER, ACTOR)).ok).toBe(true);
    // The lock's audit event carries the 锁定清单: each frozen slice's rows and content hash.
    const frozen = await listLockSnapshots(db, ws.id);
    const recorded = latestLockManifest(await getAuditEvents(db, ws.id));
    expect(recorded?.by).toBe(LEADER.name);
    expect(recorded?.entries).toEqual([
      {
        tableCode: 'A1-1',
        departmentCode: 'DDS',
        rows: frozen[0]?.rows.length,
        hash: sliceContentHash(frozen[0]!.rows),
      },
    ]);
    expect((await writer.reopenYear(ws.id, ' ', SUPERVISOR, ACTOR)).ok).toBe(false);
    expect((await writer.reopenYear(ws.id, '发现统计口径错误', SUPERVISOR, ACTOR)).ok).toBe(true);
    expect(
      (await getSubmission(db, { workspaceId: ws.id, tableCode: 'A1-1', departmentCode: 'DDS' }))?.state,
    ).toBe('school-approved');
    const kinds = (await getAuditEvents(db, ws.id)).map((e) => e.kind);
    expect(kinds.slice(-2)).toEqual(['review.lock-year', 'review.reopen-year']);
    expect(latestLockManifest(await getAuditEvents(db, ws.id))).toBeNull();
  });
});
