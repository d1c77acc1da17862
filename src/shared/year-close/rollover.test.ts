import { describe, expect, it } from 'vitest';
import { builtInCatalog } from '../catalog/builtin-catalog';
import { newSubmission } from '../review/review-workflow';
import { directTask } from '../review/review-test-fixtures';
import { sampleWorkspace } from '../workspace/testing/sample-workspace';
import {
  carriedTables,
  carryRows,
  confirmRow,
  isUnconfirmed,
  nextYearTasks,
  nextYearWorkspace,
  rolloverRefusal,
  shiftDate,
} from './rollover';

const old = sampleWorkspace({ name: '2025-2026学年状态数据', academicYearStart: 2025, financeYear: 2025 });
const row = {
  id: 'r1',
  values: { a: '1' },
  by: '张三',
  at: '2025-10-01T00:00:00.000Z',
  src: 'typed' as const,
};

describe('rollover: the next year', () => {
  it('moves every date by one year, 29 February to 28 February', () => {
    expect(shiftDate('20250831')).toBe('20260831');
    expect(shiftDate('20240229')).toBe('20250228');
    expect(shiftDate('20270229', 1)).toBe('20280229');
  });

  it('keeps the school, station and users with their PINs, and names the new year', () => {
    const next = nextYearWorkspace(old, 'id-2', '2026-09-01T00:00:00.000Z');
    expect(next).toMatchObject({
      id: 'id-2',
      name: '2026-2027学年状态数据',
      academicYearStart: 2026,
      financeYear: 2026,
      snapshotDate: shiftDate(old.snapshotDate),
      school: old.school,
      station: old.station,
      users: old.users,
    });
    expect(next.deadlines.fill).toBe(shiftDate(old.deadlines.fill));
    expect(next.deadlines.schoolReview).toBe(shiftDate(old.deadlines.schoolReview));
    expect(nextYearWorkspace({ ...old, name: '状态数据' }, 'x', 'now').name).toBe('2026-2027学年状态数据');
  });

  it('moves task deadlines and keeps the assignment', () => {
    expect(nextYearTasks([directTask])).toEqual([{ ...directTask, deadline: '20270930' }]);
    // 实时采集 update points move with the year.
    expect(
      nextYearTasks([{ ...directTask, updatePoints: ['20260920', '20270831'] }])[0]?.updatePoints,
    ).toEqual(['20270920', '20280831']);
    // A table kept current on change stays so (it has no dates to move).
    expect(nextYearTasks([{ ...directTask, updateOnChange: true }])[0]).toMatchObject({
      updateOnChange: true,
    });
  });

  it('carries the point-in-time tables and starts period tables empty', () => {
    const catalog = builtInCatalog();
    const carried = carriedTables(catalog);
    for (const t of catalog.tables) expect(carried.has(t.code)).toBe(t.period === 'point');
    expect(carried.has('A1')).toBe(catalog.tables.find((t) => t.code === 'A1')?.period === 'point');
  });

  it('marks carried rows 待核实 until someone confirms them', () => {
    const [c] = carryRows([row]);
    expect(c).toEqual({ ...row, src: 'carried' });
    expect(isUnconfirmed(c!)).toBe(true);
    const confirmed = confirmRow(c!, '李四', '2026-09-10T00:00:00.000Z');
    expect(isUnconfirmed(confirmed)).toBe(false);
    expect(confirmed).toMatchObject({ values: row.values, by: '李四', at: '2026-09-10T00:00:00.000Z' });
  });
});

describe('rollover: when it is allowed', () => {
  it('refuses the office until the year is locked', () => {
    expect(rolloverRefusal(old, false, [], [old])).toMatchObject({
      ok: false,
      error: { code: 'not-locked' },
    });
    expect(rolloverRefusal(old, true, [], [old]).ok).toBe(true);
  });

  it('refuses a department until each of its slices is reported locked', () => {
    const dept = { ...old, station: { role: 'department' as const, departmentCode: 'RSC' } };
    const sub = newSubmission(directTask, 'RSC');
    expect(rolloverRefusal(dept, false, [sub], [dept]).ok).toBe(false);
    expect(rolloverRefusal(dept, false, [], [dept]).ok).toBe(false);
    expect(rolloverRefusal(dept, false, [{ ...sub, state: 'locked' }], [dept]).ok).toBe(true);
  });

  it('refuses when the next year already exists at this station', () => {
    const twin = nextYearWorkspace(old, 'twin', 'now');
    expect(rolloverRefusal(old, true, [], [old, twin])).toMatchObject({
      ok: false,
      error: { code: 'exists' },
    });
  });
});
