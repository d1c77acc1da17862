import { describe, expect, it } from 'vitest';
import { ctx, dept, office, passing, routed, summary } from './review-test-fixtures';
import type { Submission } from './review-types';
import { nextReviewState, type ReviewAction } from './review-workflow';
import { historyExtends, reviewRollbacks, rollbackMessage } from './review-rollback';
import type { Actor } from './review-types';

function step(s: Submission, action: ReviewAction, actor: Actor, at = ctx.at): Submission {
  const r = nextReviewState(s, action, actor, { at });
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

const submitted = step(routed(), { type: 'submit' }, dept('XGC', 'filler'));
const approved = step(
  submitted,
  { type: 'approve', level: 1, checklist: passing(1), ticks: [] },
  dept('XGC', 'head'),
);

describe('reviewRollbacks', () => {
  it('an archive holding every decision of the current copy (or more) undoes nothing', () => {
    expect(reviewRollbacks([submitted], [approved])).toEqual([]);
    expect(reviewRollbacks([approved], [approved])).toEqual([]);
    expect(reviewRollbacks([routed()], [])).toEqual([]);
  });

  it('lists a slice whose decisions the archive lacks: an older state, or no record at all', () => {
    expect(reviewRollbacks([approved], [submitted])).toEqual([
      { tableCode: 'A10-1', departmentCode: 'XGC', current: 'dept-approved', archived: 'submitted' },
    ]);
    expect(reviewRollbacks([approved], [])).toEqual([
      { tableCode: 'A10-1', departmentCode: 'XGC', current: 'dept-approved', archived: null },
    ]);
  });

  it('a return is a decision too: an archive from before it would bring back an approval that was withdrawn', () => {
    const viaSummary = step(approved, { type: 'receive' }, summary('JWC', 'head'));
    const returned = step(approved, { type: 'return', reason: '数据有误' }, office('supervisor'));
    expect(returned.state).toBe('draft');
    // The archive's state ranks higher, yet it is older: what counts is the history, not the state order.
    const rb = reviewRollbacks([returned], [approved]);
    expect(rb).toEqual([
      { tableCode: 'A10-1', departmentCode: 'XGC', current: 'draft', archived: 'dept-approved' },
    ]);
    expect(historyExtends(viaSummary.history, approved.history)).toBe(true);
    expect(historyExtends(approved.history, viaSummary.history)).toBe(false);
  });

  it('says what would be undone and who can make it writable, in Chinese', () => {
    const msg = rollbackMessage(reviewRollbacks([approved], [submitted]));
    expect(msg).toBe(
      '该存档早于本站的审核进度，恢复会撤销 1 张表的审核状态或年度锁定：A10-1/XGC（部门已审核 → 已提交）。未恢复任何内容；如确需更改已报送或已锁定的数据，请由督导室退回或解除锁定。',
    );
  });
});
