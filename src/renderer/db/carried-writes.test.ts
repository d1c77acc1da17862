import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../shared/audit/audit-chain';
import type { TaskAssignment } from '../../shared/tasks/task-types';
import { createDataWriter } from './data-writer';
import { getAuditEvents, loadSlice } from './reads';
import { ACTOR, makeRows, makeWorkspace, openTestDb, sliceKey } from './test-fixtures';

const TASK: TaskAssignment = {
  tableCode: 'A1-1',
  responsibleDepartment: 'DDS',
  cooperatingDepartments: [],
  summaryDepartment: null,
  deadline: '20251010',
};
const FILLER = { name: '陈信息', role: 'filler' } as const;

async function carriedSlice() {
  const db = await openTestDb();
  const writer = createDataWriter(db, { now: () => '2026-09-10T08:00:00.000Z' });
  const ws = makeWorkspace();
  expect((await writer.createWorkspace(ws, ACTOR, { tasks: [TASK] })).ok).toBe(true);
  const key = sliceKey(ws.id, 'A1-1', 'DDS');
  const rows = makeRows(5).map((r, i) => (i < 4 ? { ...r, src: 'carried' as const } : r));
  expect((await writer.commitSlice(key, rows, ACTOR)).ok).toBe(true);
  return { db, writer, ws, key, rows };
}

describe('确认无变化 of rows carried from last year', () => {
  it('confirms the named 待核实 rows, keeping their values, in one audited write', async () => {
    const { db, writer, ws, key, rows } = await carriedSlice();
    const ids = [rows[0]!.id, rows[2]!.id, rows[4]!.id];
    const r = await writer.confirmCarriedRows(key, ids, { actor: '陈信息' });
    expect(r.ok, r.ok ? '' : r.error.message).toBe(true);
    const after = await loadSlice(db, key);
    expect(after.map((x) => x.src)).toEqual(['typed', 'carried', 'typed', 'carried', 'imported']);
    expect(after[0]).toMatchObject({ by: '陈信息', at: '2026-09-10T08:00:00.000Z', values: rows[0]!.values });
    expect(after[4]).toEqual(rows[4]);
    const events = await getAuditEvents(db, ws.id);
    expect(events.at(-1)).toMatchObject({
      kind: 'rows.confirm',
      actor: '陈信息',
      summary: { tableCode: 'A1-1', confirmed: 2, remaining: 2 },
    });
    expect(verifyAuditChain(events).ok).toBe(true);
  });

  it('confirms every 待核实 row with no ids, and refuses when none is left', async () => {
    const { db, writer, ws, key } = await carriedSlice();
    expect((await writer.confirmCarriedRows(key, null, ACTOR)).ok).toBe(true);
    expect((await loadSlice(db, key)).every((x) => x.src !== 'carried')).toBe(true);
    const before = (await getAuditEvents(db, ws.id)).length;
    const again = await writer.confirmCarriedRows(key, null, ACTOR);
    expect(again.ok ? '' : again.error.code).toBe('nothing-to-confirm');
    expect((await getAuditEvents(db, ws.id)).length).toBe(before);
  });

  it('refuses to submit while rows are 待核实, and submits once they are confirmed', async () => {
    const { writer, key } = await carriedSlice();
    const refused = await writer.reviewAction(key, { type: 'submit' }, FILLER, ACTOR);
    expect(refused.ok ? '' : refused.error.message).toContain('还有 4 行从上一学年结转的数据待核实');
    expect((await writer.confirmCarriedRows(key, null, ACTOR)).ok).toBe(true);
    const r = await writer.reviewAction(key, { type: 'submit' }, FILLER, ACTOR);
    expect(r.ok, r.ok ? '' : r.error.message).toBe(true);
    // A submitted slice is frozen: confirming is an edit and is refused like one.
    const frozen = await writer.confirmCarriedRows(key, null, ACTOR);
    expect(frozen.ok ? '' : frozen.error.code).toBe('slice-frozen');
  });
});
