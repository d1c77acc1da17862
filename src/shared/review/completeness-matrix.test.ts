import { describe, expect, it } from 'vitest';
import type { TaskAssignment } from '../tasks/task-types';
import {
  completenessMatrix,
  departmentProgress,
  expectedState,
  filterMatrix,
  sortMatrix,
} from './completeness-matrix';
import type { ReviewState, Submission } from './review-types';
import { newSubmission } from './review-workflow';
import { stationFollowsSlice } from './station-scope';
import { directTask, officeTask, routedTask } from './review-test-fixtures';

const tasks: TaskAssignment[] = [routedTask, directTask, officeTask];
const sub = (
  task: TaskAssignment,
  dept: string,
  state: ReviewState,
  history: Submission['history'] = [],
): Submission => ({
  ...newSubmission(task, dept),
  state,
  history,
});
const deadlines = { summaryReview: '20261020', schoolReview: '20261031' };

describe('completenessMatrix', () => {
  const subs = [
    sub(routedTask, 'JWC', 'school-approved'),
    sub(routedTask, 'XGC', 'received'),
    sub(directTask, 'RSC', 'draft', [
      {
        at: '2026-09-25T00:00:00Z',
        actor: { name: '督导', role: 'supervisor', station: { role: 'office', departmentCode: null } },
        action: 'return',
        from: 'received',
        to: 'draft',
        reason: '请核对',
      },
    ]),
  ];

  it('has one row per contributing department of each task, with missing slices', () => {
    const m = completenessMatrix(tasks, subs, '20260901');
    expect(m.rows.map((r) => [r.tableCode, r.departmentCode, r.part, r.summaryDepartment, r.state])).toEqual([
      ['A10-1', 'JWC', 'responsible', null, 'school-approved'],
      ['A10-1', 'XGC', 'cooperating', 'JWC', 'received'],
      ['A3', 'RSC', 'responsible', null, 'draft'],
      ['A1', 'DDS', 'responsible', null, 'missing'],
    ]);
    expect(m.counts).toMatchObject({ missing: 1, draft: 1, received: 1, 'school-approved': 1, locked: 0 });
    expect(m.rows.find((r) => r.departmentCode === 'RSC')?.returned).toBe(true);
    expect(m.overdue).toBe(0);
  });

  it("keeps to a station's own slices: a department its own, a summary department also those it gathers", () => {
    const at = (role: 'department' | 'summary', departmentCode: string) =>
      completenessMatrix(tasks, subs, '20260901', undefined, (d, t) =>
        stationFollowsSlice({ role, departmentCode }, d, t),
      ).rows.map((r) => `${r.tableCode}/${r.departmentCode}`);
    expect(at('department', 'XGC')).toEqual(['A10-1/XGC']);
    expect(at('department', 'RSC')).toEqual(['A3/RSC']);
    expect(at('summary', 'JWC')).toEqual(['A10-1/JWC', 'A10-1/XGC']);
    const office = (d: string, t: TaskAssignment) =>
      stationFollowsSlice({ role: 'office', departmentCode: null }, d, t);
    expect(completenessMatrix(tasks, subs, '20260901', undefined, office).rows).toHaveLength(4);
    const mine = completenessMatrix(tasks, subs, '20260901', undefined, (d) => d === 'RSC');
    expect(mine.counts).toMatchObject({ draft: 1, missing: 0, received: 0 });
  });

  it('shows never-submitted slices as 已锁定（未报送） while the year is locked here, none overdue', () => {
    const all = () => true;
    const m = completenessMatrix(tasks, subs, '20261101', deadlines, all, true);
    expect(m.rows.map((r) => [r.tableCode, r.departmentCode, r.state])).toEqual([
      ['A10-1', 'JWC', 'school-approved'],
      ['A10-1', 'XGC', 'received'],
      ['A3', 'RSC', 'locked-unsubmitted'],
      ['A1', 'DDS', 'locked-unsubmitted'],
    ]);
    expect(m.counts).toMatchObject({ missing: 0, draft: 0, 'locked-unsubmitted': 2 });
    expect(m.overdue).toBe(0);
    expect(m.rows.every((r) => r.expected === null)).toBe(true);
    // Not done either: the department's progress still counts only what reached the school.
    expect(departmentProgress(m.rows).find((p) => p.departmentCode === 'RSC')).toMatchObject({ done: 0 });
    // The same day without the lock: the two are overdue and read 填报中 / missing.
    const open = completenessMatrix(tasks, subs, '20261101', deadlines, all);
    expect(open.counts).toMatchObject({ missing: 1, draft: 1, 'locked-unsubmitted': 0 });
    expect(open.overdue).toBeGreaterThan(0);
  });

  it('is not overdue on the deadline day, and overdue the day after when still before dept-approved', () => {
    expect(completenessMatrix(tasks, subs, '20260930').overdue).toBe(0);
    const m = completenessMatrix(tasks, subs, '20261001');
    expect(m.rows.filter((r) => r.overdue).map((r) => r.tableCode)).toEqual(['A3', 'A1']);
    expect(m.rows[1]?.expected).toBeNull(); // A10-1 is due 20261015
  });

  it('expects later levels by the summary and school review deadlines', () => {
    const m = completenessMatrix(tasks, subs, '20261021', deadlines);
    expect(m.rows.find((r) => r.departmentCode === 'XGC')).toMatchObject({
      expected: 'summary-approved',
      overdue: true,
    });
    expect(m.rows.find((r) => r.departmentCode === 'JWC')).toMatchObject({
      expected: 'dept-approved',
      overdue: false,
    });
    const late = completenessMatrix(tasks, subs, '20261101', deadlines);
    expect(late.rows.every((r) => r.expected === 'school-approved')).toBe(true);
    expect(late.overdue).toBe(3);
  });

  it('derives the expected state from the deadlines', () => {
    expect(expectedState('20260930', false, '20260930')).toBeNull();
    expect(expectedState('20260930', false, '20261025', deadlines)).toBe('dept-approved');
    expect(expectedState('20260930', true, '20261025', deadlines)).toBe('summary-approved');
  });
});

describe('matrix helpers', () => {
  const m = completenessMatrix(
    tasks,
    [sub(directTask, 'RSC', 'locked'), sub(routedTask, 'XGC', 'submitted')],
    '20261020',
  );

  it('sorts by table code numerically, by state, and by deadline with stable ties', () => {
    expect(sortMatrix(m.rows, 'table').map((r) => `${r.tableCode}/${r.departmentCode}`)).toEqual([
      'A1/DDS',
      'A3/RSC',
      'A10-1/JWC',
      'A10-1/XGC',
    ]);
    expect(sortMatrix(m.rows, 'state', 'desc').map((r) => r.state)).toEqual([
      'locked',
      'submitted',
      'missing',
      'missing',
    ]);
    expect(sortMatrix(m.rows, 'deadline').map((r) => r.deadline)).toEqual([
      '20260930',
      '20260930',
      '20261015',
      '20261015',
    ]);
    expect(sortMatrix(m.rows, 'department').map((r) => r.departmentCode)).toEqual([
      'DDS',
      'JWC',
      'RSC',
      'XGC',
    ]);
  });

  it('filters by department, table, state, overdue and returned', () => {
    expect(filterMatrix(m.rows, { departmentCode: 'XGC' })).toHaveLength(1);
    expect(filterMatrix(m.rows, { tableCode: 'A10-1' })).toHaveLength(2);
    expect(filterMatrix(m.rows, { states: ['missing'] })).toHaveLength(2);
    expect(filterMatrix(m.rows, { overdueOnly: true }).map((r) => r.departmentCode)).toEqual([
      'JWC',
      'XGC',
      'DDS',
    ]);
    expect(filterMatrix(m.rows, { returnedOnly: true })).toEqual([]);
  });

  it('summarises progress per department', () => {
    expect(departmentProgress(m.rows)).toEqual([
      { departmentCode: 'JWC', total: 1, done: 0, overdue: 1 },
      { departmentCode: 'XGC', total: 1, done: 0, overdue: 1 },
      { departmentCode: 'RSC', total: 1, done: 1, overdue: 0 },
      { departmentCode: 'DDS', total: 1, done: 0, overdue: 1 },
    ]);
  });
});
