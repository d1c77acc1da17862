import { describe, expect, it } from 'vitest';
import { newRectificationItem } from '../rectification/new-rectification';
import type { ReviewState, Submission } from '../review/review-types';
import { newSubmission } from '../review/review-workflow';
import { directTask, routedTask } from '../review/review-test-fixtures';
import { signoffOverview } from './signoff-overview';

const tasks = [routedTask, directTask];
const subs = (states: readonly [ReviewState, ReviewState, ReviewState]): Submission[] => [
  { ...newSubmission(routedTask, 'JWC'), state: states[0] },
  { ...newSubmission(routedTask, 'XGC'), state: states[1] },
  { ...newSubmission(directTask, 'RSC'), state: states[2] },
];
const slices = [
  { tableCode: 'A10-1', departmentCode: 'JWC', rowCount: 120 },
  { tableCode: 'A10-1', departmentCode: 'XGC', rowCount: 30 },
  { tableCode: 'A3', departmentCode: 'RSC', rowCount: 7 },
  { tableCode: 'A9', departmentCode: 'RSC', rowCount: 99 },
];
const item = (title: string, blocking: boolean, accepted = false) => {
  const r = newRectificationItem({
    id: crypto.randomUUID(),
    departmentCode: 'JWC',
    title,
    detail: '',
    origin: { kind: 'observation' },
    dueDate: '20261101',
    blocking,
    by: '督导室',
    at: '2026-10-01T00:00:00Z',
  });
  if (!r.ok) throw new Error(r.error.message);
  return { ...r.value, accepted };
};

describe('sign-off overview', () => {
  it('lists what the lock freezes per table, with departments and rows of expected slices only', () => {
    const o = signoffOverview(
      tasks,
      subs(['school-approved', 'locked', 'school-approved']),
      slices,
      [],
      '20261020',
    );
    expect(o.freeze).toEqual([
      { tableCode: 'A10-1', departments: ['JWC', 'XGC'], rows: 150, locked: false },
      { tableCode: 'A3', departments: ['RSC'], rows: 7, locked: false },
    ]);
    expect(o.rows).toBe(157);
    expect(o.expected).toBe(3);
    expect(o.blockers).toEqual([]);
    expect(o.locked).toBe(1);
    expect(o.allLocked).toBe(false);
  });

  it('names the slices not yet school-approved and the open 整改 items', () => {
    const o = signoffOverview(
      tasks,
      subs(['school-approved', 'summary-approved', 'locked']),
      slices,
      [item('补充实训基地证明', true), item('核对学生人数', false), item('已整改', true, true)],
      '20261020',
    );
    expect(o.blockers).toEqual([{ departmentCode: 'XGC', tableCode: 'A10-1', state: 'summary-approved' }]);
    expect(o.openItems.map((i) => i.title)).toEqual(['补充实训基地证明', '核对学生人数']);
    expect(o.blockingItems).toBe(1);
    expect(o.counts['school-approved']).toBe(1);
  });

  it('is all locked only when every expected slice is', () => {
    const o = signoffOverview(tasks, subs(['locked', 'locked', 'locked']), slices, [], '20261020');
    expect(o.allLocked).toBe(true);
    expect(o.freeze.every((l) => l.locked)).toBe(true);
  });
});
