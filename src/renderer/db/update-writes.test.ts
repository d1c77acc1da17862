/**
 * The 更新 step at the writer: a department reopens its frozen slice to draft when an update point is
 * due (audited, the point recorded), never without one, never twice for one point and never in a
 * locked year; the rest stays frozen; the reopened slice goes through review again.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../shared/audit/audit-chain';
import type { FeedbackPayload } from '../../shared/review/feedback-payload';
import { passing } from '../../shared/review/review-test-fixtures';
import type { Actor, HistoryEntry } from '../../shared/review/review-types';
import type { SliceKey } from '../../shared/records/record-types';
import type { TaskAssignment } from '../../shared/tasks/task-types';
import { createDataWriter, type DataWriter, type WriteResult } from './data-writer';
import { getAuditEvents, loadSlice } from './reads';
import { getSubmission } from './review-reads';
import type { ReviewUser } from './review-writes';
import { makeRows, makeWorkspace, openTestDb, sliceKey } from './test-fixtures';

const FILLER: ReviewUser = { name: '陈信息', role: 'filler' };
const HEAD: ReviewUser = { name: '周主任', role: 'head' };
const OFFICE: Actor = {
  name: '吴督导',
  role: 'supervisor',
  station: { role: 'office', departmentCode: null },
};
const LEADER: Actor = { name: '郑校长', role: 'leader', station: { role: 'office', departmentCode: null } };

const task = (tableCode: string, updatePoints?: string[] | 'on-change'): TaskAssignment => ({
  tableCode,
  responsibleDepartment: 'RSC',
  cooperatingDepartments: [],
  summaryDepartment: null,
  deadline: '20251010',
  ...(updatePoints === 'on-change' ? { updateOnChange: true } : updatePoints ? { updatePoints } : {}),
});

function must(r: WriteResult): void {
  if (!r.ok) throw new Error(r.error.message);
}

const decision = (tableCode: string, entry: Omit<HistoryEntry, 'from'>): FeedbackPayload => ({
  format: 'review-feedback',
  version: 1,
  decisions: [{ departmentCode: 'RSC', tableCode, entry: { ...entry, from: 'received' } }],
});

/** Submitted by the filler and approved by the head (L1): handed over upward. */
async function handOver(writer: DataWriter, key: SliceKey): Promise<void> {
  must(await writer.reviewAction(key, { type: 'submit' }, FILLER, { actor: FILLER.name }));
  const approve = { type: 'approve', level: 1, checklist: passing(1), ticks: [] } as const;
  must(await writer.reviewAction(key, approve, HEAD, { actor: HEAD.name }));
}

/**
 * A department station (人事处, RSC) whose tables A1-1 (update points 1 Nov and 1 Mar, or updated on
 * change) and A2-1 (none) were filled in September, approved by its head and by the school; `clock` is
 * the writer's now.
 */
async function schoolApproved(points: string[] | 'on-change' = ['20251101', '20260301']) {
  const clock = { now: '2025-09-20T02:00:00.000Z' };
  const db = await openTestDb();
  const writer = createDataWriter(db, { now: () => clock.now });
  const ws = makeWorkspace({ station: { role: 'department', departmentCode: 'RSC' } });
  must(
    await writer.createWorkspace(ws, { actor: FILLER.name }, { tasks: [task('A1-1', points), task('A2-1')] }),
  );
  const key = sliceKey(ws.id, 'A1-1', 'RSC');
  const other = sliceKey(ws.id, 'A2-1', 'RSC');
  for (const k of [key, other]) {
    must(await writer.commitSlice(k, makeRows(3), { actor: FILLER.name }));
    await handOver(writer, k);
    const approve = decision(k.tableCode, {
      at: '2025-10-25T02:00:00.000Z',
      actor: OFFICE,
      action: 'approve',
      level: 3,
      to: 'school-approved',
    });
    must(await writer.applyFeedback(ws.id, approve, { actor: FILLER.name }));
  }
  return { db, writer, ws, key, other, clock };
}

const update = { type: 'update', reason: '11月新进教师 3 人' } as const;

describe('更新 at a department', () => {
  it('reopens a school-approved slice to draft once its update point is due, audited with the point', async () => {
    const s = await schoolApproved();
    s.clock.now = '2025-11-05T02:00:00.000Z';
    const r = await s.writer.reviewAction(s.key, update, FILLER, { actor: FILLER.name });
    expect(r.ok ? '' : r.error.message).toBe('');
    const sub = await getSubmission(s.db, s.key);
    expect(sub?.state).toBe('draft');
    expect(sub?.history.at(-1)).toMatchObject({
      action: 'update',
      from: 'school-approved',
      to: 'draft',
      point: '20251101',
      reason: '11月新进教师 3 人',
      actor: { name: '陈信息', station: { role: 'department', departmentCode: 'RSC' } },
    });
    const events = await getAuditEvents(s.db, s.ws.id);
    expect(events.at(-1)).toMatchObject({
      kind: 'review.update',
      actor: '陈信息',
      summary: { tableCode: 'A1-1', from: 'school-approved', to: 'draft', point: '20251101' },
    });
    expect(verifyAuditChain(events).ok).toBe(true);
  });

  it('keeps every other slice frozen and sends the updated slice through review again', async () => {
    const s = await schoolApproved();
    s.clock.now = '2025-11-05T02:00:00.000Z';
    must(await s.writer.reviewAction(s.key, update, HEAD, { actor: HEAD.name }));
    const [row] = await loadSlice(s.db, s.key);
    const edited = { ...row!, values: { ...row!.values, xm: '新教师' } };
    must(await s.writer.applyRowEdits(s.key, { upserts: [edited] }, { actor: FILLER.name }));
    const [otherRow] = await loadSlice(s.db, s.other);
    const frozen = await s.writer.applyRowEdits(s.other, { upserts: [otherRow!] }, { actor: FILLER.name });
    expect(frozen.ok ? '' : frozen.error.code).toBe('slice-frozen');
    await handOver(s.writer, s.key);
    const sub = await getSubmission(s.db, s.key);
    expect(sub?.state).toBe('dept-approved');
    expect(sub?.history.slice(-3).map((e) => `${e.action}:${e.from}→${e.to}`)).toEqual([
      'update:school-approved→draft',
      'submit:draft→submitted',
      'approve:submitted→dept-approved',
    ]);
    expect((await getSubmission(s.db, s.other))?.state).toBe('school-approved');
  });

  const refusals: Array<[string, (s: Awaited<ReturnType<typeof schoolApproved>>) => Promise<void>, RegExp]> =
    [
      [
        'before any update point',
        async () => {},
        /没有到期的更新点，不能直接更新；如需修改已报送的数据，请提交“申请更新”/,
      ],
      [
        'for a table without update points',
        async (s) => {
          s.clock.now = '2025-11-05T02:00:00.000Z';
          Object.assign(s.key, s.other);
        },
        /表 A2-1没有到期的更新点/,
      ],
      [
        'when the slice was written after the point',
        async (s) => {
          s.clock.now = '2025-11-05T02:00:00.000Z';
          must(await s.writer.reviewAction(s.key, update, FILLER, { actor: FILLER.name }));
          const [row] = await loadSlice(s.db, s.key);
          must(await s.writer.applyRowEdits(s.key, { upserts: [row!] }, { actor: FILLER.name }));
          await handOver(s.writer, s.key);
        },
        /没有到期的更新点/,
      ],
      [
        'in a locked year, naming what the office must do',
        async (s) => {
          s.clock.now = '2025-11-05T02:00:00.000Z';
          const lock = decision('A2-1', {
            at: '2025-11-02T02:00:00.000Z',
            actor: LEADER,
            action: 'lock',
            to: 'locked',
          });
          must(await s.writer.applyFeedback(s.ws.id, lock, { actor: FILLER.name }));
        },
        /所在年度数据已由领导小组锁定，更新不解除锁定，未做任何更改；确需修改锁定的数据，须由学校督导室督导员或领导小组填写原因解除年度锁定/,
      ],
    ];
  for (const [name, arrange, message] of refusals)
    it(`is refused ${name}, with nothing written`, async () => {
      const s = await schoolApproved();
      await arrange(s);
      const before = await getSubmission(s.db, s.key);
      const events = (await getAuditEvents(s.db, s.ws.id)).length;
      const r = await s.writer.reviewAction(s.key, update, FILLER, { actor: FILLER.name });
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error.message).toMatch(message);
      expect(await getSubmission(s.db, s.key)).toEqual(before);
      expect((await getAuditEvents(s.db, s.ws.id)).length).toBe(events);
    });

  it('is refused without a reason', async () => {
    const s = await schoolApproved();
    s.clock.now = '2025-11-05T02:00:00.000Z';
    const r = await s.writer.reviewAction(s.key, { type: 'update', reason: ' ' }, FILLER, { actor: 'x' });
    expect(r.ok ? '' : r.error.message).toBe('更新必须填写原因');
  });
});

describe('更新 of a table updated when its facts change (发生变化时)', () => {
  const hired = { type: 'update', reason: '新进教师 张三' } as const;

  it('reopens on any day, records that day, and may reopen again after the next hand-over', async () => {
    const s = await schoolApproved('on-change');
    s.clock.now = '2025-12-03T02:00:00.000Z';
    must(await s.writer.reviewAction(s.key, hired, FILLER, { actor: FILLER.name }));
    expect((await getSubmission(s.db, s.key))?.history.at(-1)).toMatchObject({
      action: 'update',
      from: 'school-approved',
      to: 'draft',
      point: '20251203',
      reason: '新进教师 张三',
    });
    const [row] = makeRows(1, 'hired');
    must(await s.writer.applyRowEdits(s.key, { upserts: [row!] }, { actor: FILLER.name }));
    await handOver(s.writer, s.key);
    // A teacher leaves the same afternoon: the next 更新 needs no new date.
    s.clock.now = '2025-12-03T07:00:00.000Z';
    must(await s.writer.reviewAction(s.key, { ...hired, reason: '离职教师 李四' }, FILLER, { actor: 'x' }));
    const sub = await getSubmission(s.db, s.key);
    expect(sub?.state).toBe('draft');
    expect(sub?.history.filter((e) => e.action === 'update').map((e) => [e.point, e.from, e.reason])).toEqual(
      [
        ['20251203', 'school-approved', '新进教师 张三'],
        ['20251203', 'dept-approved', '离职教师 李四'],
      ],
    );
    expect(await loadSlice(s.db, s.key)).toHaveLength(4);
    expect((await getSubmission(s.db, s.other))?.state).toBe('school-approved');
    const events = await getAuditEvents(s.db, s.ws.id);
    expect(events.filter((e) => e.kind === 'review.update').map((e) => e.summary.reason)).toEqual([
      '新进教师 张三',
      '离职教师 李四',
    ]);
    expect(verifyAuditChain(events).ok).toBe(true);
  });

  it('refuses 申请更新 on it at the writer, nothing written: 更新 reopens it directly', async () => {
    const s = await schoolApproved('on-change');
    s.clock.now = '2025-12-03T02:00:00.000Z';
    const before = await getSubmission(s.db, s.key);
    const events = (await getAuditEvents(s.db, s.ws.id)).length;
    const id = globalThis.crypto.randomUUID();
    const r = await s.writer.requestUpdate(s.key, id, '新进教师 张三', FILLER, { actor: FILLER.name });
    expect(r.ok ? '' : r.error.message).toBe(
      '表 A1-1 在发生变化时更新：可随时点“更新”并填写原因后直接修改，无需申请更新；未提交申请，未写入任何内容。',
    );
    expect(await s.db.updateRequests.count()).toBe(0);
    expect(await getSubmission(s.db, s.key)).toEqual(before);
    expect((await getAuditEvents(s.db, s.ws.id)).length).toBe(events);
    // A table with dated points still takes the request (no point due).
    const dated = await schoolApproved();
    must(await dated.writer.requestUpdate(dated.key, id, '新进教师 张三', FILLER, { actor: FILLER.name }));
    expect(await dated.db.updateRequests.count()).toBe(1);
  });

  it('is refused while the filler still holds the slice and in a locked year, nothing written', async () => {
    const s = await schoolApproved('on-change');
    s.clock.now = '2025-12-03T02:00:00.000Z';
    must(await s.writer.reviewAction(s.key, hired, FILLER, { actor: FILLER.name }));
    const again = await s.writer.reviewAction(s.key, hired, FILLER, { actor: FILLER.name });
    expect(again.ok ? '' : again.error.message).toMatch(/仍在填报中，可直接修改/);
    const lock = decision('A2-1', {
      at: '2025-12-04T02:00:00.000Z',
      actor: LEADER,
      action: 'lock',
      to: 'locked',
    });
    const t = await schoolApproved('on-change');
    must(await t.writer.applyFeedback(t.ws.id, lock, { actor: FILLER.name }));
    const events = (await getAuditEvents(t.db, t.ws.id)).length;
    const locked = await t.writer.reviewAction(t.key, hired, FILLER, { actor: FILLER.name });
    expect(locked.ok ? '' : locked.error.message).toMatch(/更新不解除锁定/);
    expect((await getSubmission(t.db, t.key))?.state).toBe('school-approved');
    expect((await getAuditEvents(t.db, t.ws.id)).length).toBe(events);
  });
});
