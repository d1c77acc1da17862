import { describe, expect, it } from 'vitest';
import type { ReviewState, Submission } from './review-types';
import { newSubmission } from './review-workflow';
import { ctx, dept, directTask, office, routedTask } from './review-test-fixtures';
import { lockYear, reopenYear, yearLockBlockers } from './year-lock';

const tasks = [routedTask, directTask];
const slices = (states: readonly [ReviewState, ReviewState, ReviewState]): Submission[] => [
  { ...newSubmission(routedTask, 'JWC'), state: states[0] },
  { ...newSubmission(routedTask, 'XGC'), state: states[1] },
  { ...newSubmission(directTask, 'RSC'), state: states[2] },
];

describe('lockYear', () => {
  it('locks every slice once all are school-approved, with one history entry each', () => {
    const r = lockYear(
      tasks,
      slices(['school-approved', 'school-approved', 'school-approved']),
      office('leader'),
      ctx,
    );
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.map((s) => s.state)).toEqual(['locked', 'locked', 'locked']);
    expect(r.value.every((s) => s.history.at(-1)?.action === 'lock')).toBe(true);
  });

  it('leaves already locked slices as they are', () => {
    const r = lockYear(
      tasks,
      slices(['locked', 'school-approved', 'school-approved']),
      office('leader'),
      ctx,
    );
    expect(r.ok && r.value[0]?.history).toEqual([]);
  });

  it('refuses and lists the slices not yet school-approved, including slices never received', () => {
    const subs = slices(['school-approved', 'summary-approved', 'school-approved']).filter(
      (s) => s.departmentCode !== 'RSC',
    );
    const r = lockYear(tasks, subs, office('leader'), ctx);
    expect(!r.ok && r.error.code).toBe('year-not-ready');
    expect(!r.ok && r.error.message).toBe(
      '还有 2 张表未通过校级审核，不能锁定全年数据：A10-1/XGC（汇总部门已审核）、A3/RSC（填报中）',
    );
    expect(yearLockBlockers(tasks, subs)).toEqual([
      { departmentCode: 'XGC', tableCode: 'A10-1', state: 'summary-approved' },
      { departmentCode: 'RSC', tableCode: 'A3', state: null },
    ]);
  });

  it('names the departments in the refusal when it is given their names', () => {
    const names: Record<string, string> = { XGC: '学生工作处', RSC: '人事处' };
    const subs = slices(['school-approved', 'summary-approved', 'school-approved']).filter(
      (s) => s.departmentCode !== 'RSC',
    );
    const r = lockYear(tasks, subs, office('leader'), ctx, (code) => names[code] ?? code);
    expect(!r.ok && r.error.message).toBe(
      '还有 2 张表未通过校级审核，不能锁定全年数据：A10-1/学生工作处（汇总部门已审核）、A3/人事处（填报中）',
    );
  });

  it('refuses a slice outside the task matrix that is not approved', () => {
    const stray = { ...newSubmission({ ...directTask, tableCode: 'A9' }, 'RSC'), state: 'received' as const };
    const r = lockYear(
      tasks,
      [...slices(['school-approved', 'school-approved', 'school-approved']), stray],
      office('leader'),
      ctx,
    );
    expect(!r.ok && r.error.message).toContain('A9/RSC（已接收）');
  });

  it('refuses anyone but the 领导小组 at the office, and an empty year', () => {
    const ready = slices(['school-approved', 'school-approved', 'school-approved']);
    const code = (r: { ok: boolean; error?: { code: string } }) => (r.ok ? 'ok' : r.error?.code);
    expect(code(lockYear(tasks, ready, office('supervisor'), ctx))).toBe('wrong-role');
    expect(code(lockYear(tasks, ready, dept('RSC', 'head'), ctx))).toBe('wrong-station');
    expect(code(lockYear([], [], office('leader'), ctx))).toBe('nothing-to-lock');
  });
});

describe('reopenYear', () => {
  const locked = slices(['locked', 'locked', 'locked']);

  it('reopens every locked slice to school-approved with the reason recorded', () => {
    const r = reopenYear(locked, office('supervisor'), '教育部平台反馈 A3 有误', ctx);
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.map((s) => s.state)).toEqual(['school-approved', 'school-approved', 'school-approved']);
    expect(r.value[2]?.history.at(-1)).toMatchObject({ action: 'reopen', reason: '教育部平台反馈 A3 有误' });
  });

  it('needs the office and a reason, and a locked year', () => {
    const code = (r: { ok: boolean; error?: { code: string } }) => (r.ok ? 'ok' : r.error?.code);
    expect(code(reopenYear(locked, office('supervisor'), ' ', ctx))).toBe('missing-reason');
    expect(code(reopenYear(locked, summaryHead(), '原因', ctx))).toBe('wrong-station');
    expect(code(reopenYear(locked, office('filler'), '原因', ctx))).toBe('wrong-role');
    expect(
      code(
        reopenYear(
          slices(['school-approved', 'school-approved', 'school-approved']),
          office('leader'),
          '原因',
          ctx,
        ),
      ),
    ).toBe('wrong-state');
  });
});

function summaryHead() {
  return { name: 'x', role: 'head' as const, station: { role: 'summary' as const, departmentCode: 'JWC' } };
}
