/**
 * The 校级更正 writer rule at the office: one cell of a slice the office holds frozen, only when the
 * cell holds exactly the old value, never while the slice is still the department's to change or in a
 * locked year; every other write stays refused; the year lock records the corrections.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { latestLockRecord } from '../../shared/national-export/lock-record';
import type { ReviewAction } from '../../shared/review/review-workflow';
import type { SliceCorrection } from '../../shared/review/slice-correction';
import type { TaskAssignment } from '../../shared/tasks/task-types';
import { dbHash } from '../features/bundles/testing/exchange-kit';
import { createDataWriter, type WriteResult } from './data-writer';
import { getAuditEvents, loadSlice } from './reads';
import type { ReviewUser } from './review-writes';
import { LEADER, SUPERVISOR, TO_OFFICE_APPROVAL } from './office-slice-fixture';
import { ACTOR, makeRows, makeWorkspace, openTestDb, sliceKey } from './test-fixtures';

const TABLE = 'A1-1';
const task: TaskAssignment = {
  tableCode: TABLE,
  responsibleDepartment: 'DDS',
  cooperatingDepartments: [],
  summaryDepartment: null,
  deadline: '20251010',
};
const STEPS: ReadonlyArray<readonly [ReviewAction, ReviewUser]> = TO_OFFICE_APPROVAL;

function must(r: WriteResult): void {
  if (!r.ok) throw new Error(r.error.message);
}

async function setup(steps: number, station: 'office' | 'department' = 'office') {
  const db = await openTestDb();
  const writer = createDataWriter(db);
  const ws = makeWorkspace(
    station === 'office' ? {} : { station: { role: 'department', departmentCode: 'DDS' } },
  );
  must(await writer.createWorkspace(ws, ACTOR, { tasks: [task] }));
  const key = sliceKey(ws.id, TABLE, 'DDS');
  const rows = makeRows(3);
  must(await writer.commitSlice(key, rows, ACTOR));
  for (const [action, user] of STEPS.slice(0, steps))
    must(await writer.reviewAction(key, action, user, { actor: user.name }));
  const correction = (over: Partial<SliceCorrection> = {}): SliceCorrection => ({
    id: globalThis.crypto.randomUUID(),
    departmentCode: 'DDS',
    tableCode: TABLE,
    rowId: rows[1]!.id,
    field: 'xm',
    oldValue: 'r姓名1',
    newValue: '张三',
    reason: '与人事档案核对',
    actor: { ...SUPERVISOR, station: { role: 'office', departmentCode: null } },
    at: '2025-10-09T08:00:00.000Z',
    ...over,
  });
  return { db, writer, ws, key, rows, correction };
}

const message = (r: WriteResult) => (r.ok ? '' : r.error.message);

describe('校级更正 at the office (the one write into a frozen slice)', () => {
  it('received and school-approved slices: exactly the one cell changes, and it is audited', async () => {
    for (const steps of [3, 4]) {
      const s = await setup(steps);
      must(await s.writer.correctSlice(s.ws.id, s.correction(), { actor: '吴督导' }));
      const after = await loadSlice(s.db, s.key);
      expect(after.map((r) => r.values['xm'])).toEqual(['r姓名0', '张三', 'r姓名2']);
      expect(after[1]!.values['gh']).toBe(s.rows[1]!.values['gh']);
      const ev = (await getAuditEvents(s.db, s.ws.id)).at(-1)!;
      expect([ev.kind, ev.actor, ev.summary['old'], ev.summary['new']]).toEqual([
        'slice.correct',
        '吴督导',
        'r姓名1',
        '张三',
      ]);
    }
  });

  it('the exact old value: a stale old value is refused naming the cell, nothing written', async () => {
    const s = await setup(4);
    const before = await dbHash(s.db);
    const r = await s.writer.correctSlice(s.ws.id, s.correction({ oldValue: '李四' }), ACTOR);
    expect(message(r)).toBe(
      '表 A1-1（DDS）第 2 行「xm」本站的值为「r姓名1」，不是更正前的「李四」，校级更正未应用。',
    );
    expect(await dbHash(s.db)).toBe(before);
  });

  it('refuses while the slice is the department’s (draft) or only submitted there, and at a department station', async () => {
    const draft = await setup(0);
    expect(message(await draft.writer.correctSlice(draft.ws.id, draft.correction(), ACTOR))).toContain(
      '未报送到学校或已退回',
    );
    const dept = await setup(1, 'department');
    const before = await dbHash(dept.db);
    expect(message(await dept.writer.correctSlice(dept.ws.id, dept.correction(), ACTOR))).toBe(
      '只有督导室可以作出校级更正。',
    );
    expect(await dbHash(dept.db)).toBe(before);
  });

  it('a correction is applied once: the same id again is refused', async () => {
    const s = await setup(4);
    const c = s.correction();
    must(await s.writer.correctSlice(s.ws.id, c, ACTOR));
    const again = await s.writer.correctSlice(s.ws.id, { ...c, oldValue: '张三', newValue: '王五' }, ACTOR);
    expect(message(again)).toBe('该校级更正已存在。');
  });

  it('the year lock lists the corrections; after the lock a correction is refused', async () => {
    const s = await setup(4);
    const c = s.correction();
    must(await s.writer.correctSlice(s.ws.id, c, ACTOR));
    must(await s.writer.lockYear(s.ws.id, LEADER, ACTOR));
    const lock = latestLockRecord(await getAuditEvents(s.db, s.ws.id));
    expect(lock?.corrections).toEqual([
      {
        tableCode: TABLE,
        departmentCode: 'DDS',
        rowId: c.rowId,
        field: 'xm',
        oldValue: 'r姓名1',
        newValue: '张三',
        by: '吴督导',
        at: '2025-10-09T08:00:00.000Z',
        reason: '与人事档案核对',
      },
    ]);
    const before = await dbHash(s.db);
    const r = await s.writer.correctSlice(
      s.ws.id,
      s.correction({ oldValue: '张三', newValue: '王五' }),
      ACTOR,
    );
    expect(message(r)).toContain('校级更正须在锁定前作出');
    expect(await dbHash(s.db)).toBe(before);
  });
});
