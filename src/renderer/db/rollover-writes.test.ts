import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { builtInCatalog } from '../../shared/catalog/builtin-catalog';
import { newUuid } from '../../shared/ids';
import { newSubmission } from '../../shared/review/review-workflow';
import type { TaskAssignment } from '../../shared/tasks/task-types';
import { nextYearWorkspace } from '../../shared/year-close/rollover';
import { createDataWriter } from './data-writer';
import { workspaceRange } from './key-ranges';
import { getAuditEvents, getLatestCatalog, getTasks, listSlices, loadSlice } from './reads';
import type { StatusDb } from './schema';
import { ACTOR, makeRows, makeWorkspace, openTestDb, sliceKey, wrapBlocksTable } from './test-fixtures';

const task = (tableCode: string, dept: string): TaskAssignment => ({
  tableCode,
  responsibleDepartment: dept,
  cooperatingDepartments: [],
  summaryDepartment: null,
  deadline: '20251015',
});
// A10-1 (在校生, 时点) carries over; A10-2-1 (学年) starts empty.
const TASKS = [task('A10-1', 'JWC'), task('A10-2-1', 'XGC')];
const LEADER = { name: '郑校长', role: 'leader' } as const;

async function lockedYear() {
  const db = await openTestDb();
  const writer = createDataWriter(db);
  const ws = makeWorkspace({ name: '2025-2026学年状态数据', academicYearStart: 2025 });
  const catalog = builtInCatalog();
  expect((await writer.createWorkspace(ws, ACTOR, { tasks: TASKS, catalog })).ok).toBe(true);
  await writer.commitSlice(sliceKey(ws.id, 'A10-1', 'JWC'), makeRows(2500), ACTOR);
  await writer.commitSlice(sliceKey(ws.id, 'A10-2-1', 'XGC'), makeRows(40), ACTOR);
  for (const t of TASKS)
    await db.submissions.put({
      workspaceId: ws.id,
      ...newSubmission(t, t.responsibleDepartment),
      state: 'school-approved',
    });
  await db.trust.put({
    workspaceId: ws.id,
    kind: 'office-pin',
    keyId: '0123456789abcdef',
    publicKey: 'AAAA',
    fingerprint: '0000',
    yearId: ws.id,
    pinnedAt: ws.createdAt,
    pinnedBy: '周主任',
  });
  return { db, writer, ws, catalog };
}

async function countUnder(db: StatusDb, workspaceId: string): Promise<number> {
  const [lo, hi] = workspaceRange(workspaceId);
  let n = (await db.workspaces.get(workspaceId)) ? 1 : 0;
  for (const t of db.tables) if (t.name !== 'workspaces') n += await t.where(':id').between(lo, hi).count();
  return n;
}

describe('新建下一学年 (rollover)', () => {
  it('is refused for a year the 领导小组 has not locked, writing nothing', async () => {
    const { db, writer, ws } = await lockedYear();
    const next = nextYearWorkspace(ws, newUuid(), new Date().toISOString());
    const r = await writer.rolloverYear(ws.id, next, ACTOR);
    expect(r.ok ? '' : r.error.message).toContain('尚未由领导小组锁定');
    expect(await countUnder(db, next.id)).toBe(0);
  });

  it('creates the next year in one step: dates, catalog, tasks, trust, and point-in-time rows 待核实', async () => {
    const { db, writer, ws, catalog } = await lockedYear();
    expect((await writer.lockYear(ws.id, LEADER, ACTOR)).ok).toBe(true);
    const next = nextYearWorkspace(ws, newUuid(), new Date().toISOString());
    const r = await writer.rolloverYear(ws.id, next, ACTOR);
    expect(r.ok, r.ok ? '' : r.error.message).toBe(true);
    expect((await db.workspaces.get(next.id))?.academicYearStart).toBe(2026);
    expect((await getLatestCatalog(db, next.id))?.version).toBe(catalog.version);
    expect((await getTasks(db, next.id)).map((t) => [t.tableCode, t.deadline])).toEqual([
      ['A10-1', '20261015'],
      ['A10-2-1', '20261015'],
    ]);
    const carried = await loadSlice(db, sliceKey(next.id, 'A10-1', 'JWC'));
    const last = await loadSlice(db, sliceKey(ws.id, 'A10-1', 'JWC'));
    expect(carried).toHaveLength(2500);
    expect(carried.every((row) => row.src === 'carried')).toBe(true);
    expect(carried.map((row) => [row.id, row.values])).toEqual(last.map((row) => [row.id, row.values]));
    expect((await listSlices(db, next.id)).map((s) => [s.tableCode, s.rowCount])).toEqual([['A10-1', 2500]]);
    // Every carried row is 待核实: the slice's confirmation tally says so without a row read.
    expect((await listSlices(db, next.id))[0]?.confirmations).toEqual({ unconfirmed: 2500, days: [] });
    expect(await loadSlice(db, sliceKey(next.id, 'A10-2-1', 'XGC'))).toEqual([]);
    expect(
      await db.submissions
        .where(':id')
        .between(...workspaceRange(next.id))
        .count(),
    ).toBe(0);
    const pin = await db.trust.get([next.id, 'office-pin']);
    expect(pin?.kind === 'office-pin' && pin.yearId).toBe(next.id);
    const events = await getAuditEvents(db, next.id);
    expect(events.at(-1)).toMatchObject({
      kind: 'year.rollover',
      summary: { from: ws.id, carriedSlices: 1, carriedRows: 2500 },
    });
    // Last year is untouched and still locked.
    expect(last.every((row) => row.src !== 'carried')).toBe(true);
    const again = await writer.rolloverYear(ws.id, nextYearWorkspace(ws, newUuid(), 'now'), ACTOR);
    expect(again.ok ? '' : again.error.message).toContain('已存在');
  });

  it('leaves no half-created year when the copy fails mid-way', async () => {
    const { db, writer, ws } = await lockedYear();
    expect((await writer.lockYear(ws.id, LEADER, ACTOR)).ok).toBe(true);
    const before = await countUnder(db, ws.id);
    await wrapBlocksTable(db, 'crash-mid-copy', (t) => ({
      ...t,
      mutate: (req) =>
        req.type === 'add' ? Promise.reject(new DOMException('crash', 'AbortError')) : t.mutate(req),
    }));
    const next = nextYearWorkspace(ws, newUuid(), new Date().toISOString());
    await expect(writer.rolloverYear(ws.id, next, ACTOR)).rejects.toThrow();
    expect(await countUnder(db, next.id)).toBe(0);
    expect(await countUnder(db, ws.id)).toBe(before);
  });
});
