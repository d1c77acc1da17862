import { describe, expect, it } from 'vitest';
import { rectificationLockBlockers, rectificationLockMessage } from './lock-blockers';
import { newRectificationItem } from './new-rectification';
import { applyRectificationStep } from './rectification-machine';
import type { RectificationItem } from './rectification-types';

function item(n: number, blocking: boolean, dueDate: string): RectificationItem {
  const r = newRectificationItem({
    id: `00000000-0000-4000-8000-00000000000${n}`,
    departmentCode: 'RSC',
    title: `事项${n}`,
    detail: '',
    origin: { kind: 'observation' },
    dueDate,
    blocking,
    by: '督导室',
    at: '2026-12-01T00:00:00.000Z',
  });
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

describe('rectification lock blockers', () => {
  it('lists the blocking items not yet accepted, earliest due first, naming department and state', () => {
    const late = item(1, true, '20261220');
    const early = item(2, true, '20261210');
    const advisory = item(3, false, '20261201');
    expect(rectificationLockBlockers([late, early, advisory]).map((i) => i.title)).toEqual([
      '事项2',
      '事项1',
    ]);
    expect(rectificationLockMessage([late, early, advisory], (c) => (c === 'RSC' ? '人事处' : c))).toBe(
      '还有 2 项阻断锁定的整改事项未验收，不能签发锁定：“事项2”（人事处，待整改，期限 20261210）、“事项1”（人事处，待整改，期限 20261220）。请先在“整改”中验收或退回处理。',
    );
  });

  it('lets the lock through once the office has accepted every blocking item', () => {
    const fixed = applyRectificationStep(item(1, true, '20261220'), {
      action: 'fix',
      role: 'department',
      by: '人事处',
      at: '2026-12-02T00:00:00.000Z',
      note: '已补录',
    });
    if (!fixed.ok) throw new Error(fixed.error.message);
    expect(rectificationLockMessage([fixed.value])).toContain('已整改');
    const accepted = applyRectificationStep(fixed.value, {
      action: 'accept',
      role: 'office',
      by: '督导室',
      at: '2026-12-03T00:00:00.000Z',
      note: '',
    });
    if (!accepted.ok) throw new Error(accepted.error.message);
    expect(rectificationLockMessage([accepted.value])).toBeNull();
  });
});
