/**
 * A department's 更新 arriving at the office with its updated rows: the office's frozen copy is reopened
 * (audited) and the rows merge when the 更新 answers one of the table's passed update points; any other
 * 更新 — an unknown or future point, one point answered twice, an office decision the office never took,
 * a locked slice — refuses the whole bundle with nothing written.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { StoredRow } from '../../shared/records/record-types';
import { passing } from '../../shared/review/review-test-fixtures';
import type { Actor, HistoryEntry, Submission } from '../../shared/review/review-types';
import type { BundleMerge } from './bundle-writes';
import { createDataWriter, type WriteResult } from './data-writer';
import { getAuditEvents, loadSlice } from './reads';
import { getSubmission } from './review-reads';
import type { ReviewUser } from './review-writes';
import { makeRows, makeWorkspace, openTestDb, sliceKey } from './test-fixtures';

const SUPERVISOR: ReviewUser = { name: '吴督导', role: 'supervisor' };
const LEADER: ReviewUser = { name: '郑校长', role: 'leader' };
const RSC = { role: 'department', departmentCode: 'RSC' } as const;
const FILLER: Actor = { name: '陈信息', role: 'filler', station: RSC };
const HEAD: Actor = { name: '周主任', role: 'head', station: RSC };
const OFFICE: Actor = {
  name: '吴督导',
  role: 'supervisor',
  station: { role: 'office', departmentCode: null },
};

function must(r: WriteResult): void {
  if (!r.ok) throw new Error(r.error.message);
}

const entry = (
  at: string,
  actor: Actor,
  action: HistoryEntry['action'],
  from: string,
  to: string,
  more = {},
) => ({ at, actor, action, from, to, ...more }) as HistoryEntry;

const sent: HistoryEntry[] = [
  entry('2025-09-20T01:00:00.000Z', FILLER, 'submit', 'draft', 'submitted'),
  entry('2025-09-20T02:00:00.000Z', HEAD, 'approve', 'submitted', 'dept-approved', { level: 1 }),
];

const copy = (history: HistoryEntry[]): Submission => ({
  departmentCode: 'RSC',
  tableCode: 'A1-1',
  summaryDepartment: null,
  state: 'dept-approved',
  justifications: {},
  history,
});

/** The department's copy after a 更新 for `point`, re-submitted and re-approved. */
const updated = (update: HistoryEntry): Submission =>
  copy([
    ...sent,
    entry('2025-10-25T02:00:00.000Z', OFFICE, 'approve', 'dept-approved', 'school-approved', { level: 3 }),
    update,
    entry('2025-11-05T03:00:00.000Z', FILLER, 'submit', 'draft', 'submitted'),
    entry('2025-11-05T04:00:00.000Z', HEAD, 'approve', 'submitted', 'dept-approved', { level: 1 }),
  ]);

const deptUpdate = (point: string, at = '2025-11-05T02:00:00.000Z') =>
  entry(at, FILLER, 'update', 'school-approved', 'draft', { point, reason: '新进教师' });

function merge(workspaceId: string, rows: readonly StoredRow[], sub: Submission, n: number): BundleMerge {
  return {
    slices: [{ tableCode: 'A1-1', departmentCode: 'RSC', rows }],
    sequences: [],
    submissions: sub.state === 'dept-approved' ? [sub] : [],
    updates: sub.history.some((e) => e.action === 'update') ? [sub] : [],
    receiver: SUPERVISOR,
    bundle: {
      workspaceId,
      bundleHash: `hash${n}`,
      receivedAt: '2025-11-06T00:00:00.000Z',
      direction: 'received',
      kind: 'data',
      keyId: 'k1',
      sender: { stationRole: 'department', departmentCode: 'RSC' },
      addressee: 'OFFICE',
      seq: n,
      createdAt: '2025-11-06T00:00:00.000Z',
      auditHead: '0'.repeat(64),
      status: 'imported',
      slices: [],
      warnings: [],
    },
  };
}

/**
 * The office holding RSC's A1-1 school-approved; the table's update points are 1 Nov and 1 Mar, or it is
 * updated when its facts change.
 */
async function office(kind: 'dates' | 'on-change' = 'dates') {
  const clock = { now: '2025-09-21T00:00:00.000Z' };
  const db = await openTestDb();
  const writer = createDataWriter(db, { now: () => clock.now });
  const ws = makeWorkspace();
  const task = {
    tableCode: 'A1-1',
    responsibleDepartment: 'RSC',
    cooperatingDepartments: [],
    summaryDepartment: null,
    deadline: '20251010',
    ...(kind === 'on-change'
      ? { updateOnChange: true as const }
      : { updatePoints: ['20251101', '20260301'] }),
  };
  must(await writer.createWorkspace(ws, { actor: 'x' }, { tasks: [task] }));
  const key = sliceKey(ws.id, 'A1-1', 'RSC');
  const rows = makeRows(3);
  must(await writer.mergeBundle(ws.id, merge(ws.id, rows, copy(sent), 1), { actor: 'x' }));
  const approve = { type: 'approve', level: 3, checklist: passing(3), ticks: [] } as const;
  must(await writer.reviewAction(key, approve, SUPERVISOR, { actor: SUPERVISOR.name }));
  clock.now = '2025-11-06T00:00:00.000Z';
  const changed = rows.map((r, i) => (i === 0 ? { ...r, values: { ...r.values, xm: '新教师' } } : r));
  return { db, writer, ws, key, rows, changed, clock };
}

describe('a department’s 更新 at the office', () => {
  it('reopens the school-approved copy, merges the updated rows and receives the copy again', async () => {
    const s = await office();
    const r = await s.writer.mergeBundle(
      s.ws.id,
      merge(s.ws.id, s.changed, updated(deptUpdate('20251101')), 2),
      {
        actor: 'x',
      },
    );
    expect(r.ok ? '' : r.error.message).toBe('');
    expect(await loadSlice(s.db, s.key)).toEqual(s.changed);
    const sub = await getSubmission(s.db, s.key);
    expect(sub?.state).toBe('received');
    expect(sub?.history.filter((e) => e.action === 'update').map((e) => e.point)).toEqual(['20251101']);
    const kinds = (await getAuditEvents(s.db, s.ws.id)).slice(-3).map((e) => [e.kind, e.summary.to ?? '']);
    expect(kinds).toEqual([
      ['review.update', 'draft'],
      ['bundle.merge', ''],
      ['review.receive', ''],
    ]);
  });

  it('reopens the copy to draft when the updated slice is not approved yet, so the rows still merge', async () => {
    const s = await office();
    const full = updated(deptUpdate('20251101'));
    const draft = { ...full, state: 'draft' as const, history: full.history.slice(0, -2) };
    must(await s.writer.mergeBundle(s.ws.id, merge(s.ws.id, s.changed, draft, 2), { actor: 'x' }));
    expect(await loadSlice(s.db, s.key)).toEqual(s.changed);
    expect((await getSubmission(s.db, s.key))?.state).toBe('draft');
  });

  const refusals: Array<[string, (s: Awaited<ReturnType<typeof office>>) => Submission, RegExp]> = [
    [
      'a point that is not the table’s',
      () => updated(deptUpdate('20251015')),
      /所依据的更新点不是本表已到期的更新点/,
    ],
    [
      'a point still to come here',
      (s) => {
        s.clock.now = '2025-10-31T00:00:00.000Z';
        return updated(deptUpdate('20251101'));
      },
      /所依据的更新点不是本表已到期的更新点/,
    ],
    [
      'one point answered twice',
      () => {
        const twice = updated(deptUpdate('20251101', '2025-11-04T00:00:00.000Z'));
        return copy([...twice.history.slice(0, 4), ...updated(deptUpdate('20251101')).history.slice(3)]);
      },
      /更新了不止一次/,
    ],
    [
      'an office 更新 the office never took',
      () =>
        updated(
          entry('2025-11-05T02:00:00.000Z', OFFICE, 'update', 'school-approved', 'draft', { reason: 'x' }),
        ),
      /带有本站没有作出的学校更新决定/,
    ],
  ];
  for (const [name, incoming, message] of refusals)
    it(`refuses the whole bundle for ${name}, nothing written`, async () => {
      const s = await office();
      const sub = incoming(s);
      const before = await getSubmission(s.db, s.key);
      const events = (await getAuditEvents(s.db, s.ws.id)).length;
      const r = await s.writer.mergeBundle(s.ws.id, merge(s.ws.id, s.changed, sub, 2), { actor: 'x' });
      expect(r.ok ? '' : r.error.message).toMatch(message);
      expect(await loadSlice(s.db, s.key)).toEqual(s.rows);
      expect(await getSubmission(s.db, s.key)).toEqual(before);
      expect((await getAuditEvents(s.db, s.ws.id)).length).toBe(events);
    });

  it('refuses an update of a locked year: the lock stays', async () => {
    const s = await office();
    must(await s.writer.lockYear(s.ws.id, LEADER, { actor: LEADER.name }));
    const r = await s.writer.mergeBundle(
      s.ws.id,
      merge(s.ws.id, s.changed, updated(deptUpdate('20251101')), 2),
      {
        actor: 'x',
      },
    );
    expect(r.ok ? '' : r.error.message).toMatch(/更新不解除锁定/);
    expect((await getSubmission(s.db, s.key))?.state).toBe('locked');
    expect(await loadSlice(s.db, s.key)).toEqual(s.rows);
  });
});

describe('a department’s 更新 of a table updated on change, at the office', () => {
  it('reopens the copy for any passed day (twice in one bundle too) and merges the rows', async () => {
    const s = await office('on-change');
    const twice = updated(deptUpdate('20251103'));
    const second = deptUpdate('20251103', '2025-11-05T05:00:00.000Z');
    const sub = copy([
      ...twice.history.slice(0, 5),
      { ...second, from: 'dept-approved' },
      ...twice.history.slice(4),
    ]);
    must(await s.writer.mergeBundle(s.ws.id, merge(s.ws.id, s.changed, sub, 2), { actor: 'x' }));
    expect(await loadSlice(s.db, s.key)).toEqual(s.changed);
    expect((await getSubmission(s.db, s.key))?.state).toBe('received');
    const events = await getAuditEvents(s.db, s.ws.id);
    expect(events.filter((e) => e.kind === 'review.update').map((e) => e.summary.point)).toEqual([
      '20251103',
    ]);
  });

  it('refuses a day still to come here, nothing written', async () => {
    const s = await office('on-change');
    const before = await getSubmission(s.db, s.key);
    const r = await s.writer.mergeBundle(
      s.ws.id,
      merge(s.ws.id, s.changed, updated(deptUpdate('20251107')), 2),
      { actor: 'x' },
    );
    expect(r.ok ? '' : r.error.message).toBe(
      '数据包中 RSC 的表 A1-1 的更新日期 2025-11-07 晚于本站今天，整个数据包已拒绝。',
    );
    expect(await loadSlice(s.db, s.key)).toEqual(s.rows);
    expect(await getSubmission(s.db, s.key)).toEqual(before);
  });
});
