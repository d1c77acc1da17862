import { describe, expect, it } from 'vitest';
import type { Result } from '../result';
import {
  applyFeedbackPayload,
  buildFeedbackPayload,
  feedbackAddressees,
  receiveSubmission,
} from './feedback-exchange';
import { parseFeedbackPayload } from './feedback-payload';
import { ctx, dept, direct, office, passing, routed, summary } from './review-test-fixtures';
import type { Actor, Submission } from './review-types';
import { nextReviewState, type ReviewAction } from './review-workflow';

function unwrap<T>(r: Result<T>): T {
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value;
}
const step = (s: Submission, a: ReviewAction, actor: Actor, at = ctx.at) =>
  unwrap(nextReviewState(s, a, actor, { at }));
const approve = (level: 1 | 2 | 3): ReviewAction => ({
  type: 'approve',
  level,
  checklist: passing(level),
  ticks: [],
});
const OFFICE = { role: 'office', departmentCode: null } as const;

/** The department's copy after the head's approval, and the office's copy after receiving it. */
function directAtBoth() {
  const atDept = step(
    step(direct(), { type: 'submit' }, dept('RSC', 'filler')),
    approve(1),
    dept('RSC', 'head'),
  );
  const atOffice = unwrap(
    receiveSubmission(undefined, atDept, office('supervisor'), { at: '2026-09-21T00:00:00.000Z' }),
  );
  return { atDept, atOffice };
}

describe('feedback exchange', () => {
  it('carries an office return down to the department, where it opens a task', () => {
    const { atDept, atOffice } = directAtBoth();
    expect(atOffice.state).toBe('received');
    const returned = step(
      atOffice,
      { type: 'return', reason: '数据有误', comments: [{ recordId: 'r1', fieldKey: 'f', text: '请核对' }] },
      office('supervisor'),
      '2026-09-22T00:00:00.000Z',
    );
    expect(feedbackAddressees([returned], OFFICE)).toEqual(['RSC']);
    const payload = buildFeedbackPayload([returned], OFFICE, 'RSC');
    expect(parseFeedbackPayload(JSON.parse(JSON.stringify(payload))).ok).toBe(true);
    const r = applyFeedbackPayload([atDept], payload);
    expect(r.applied).toBe(1);
    expect(r.updated[0]?.state).toBe('draft');
    expect(r.updated[0]?.history.at(-1)?.comments?.[0]?.text).toBe('请核对');
  });

  it('is idempotent: applying the same payload twice changes nothing the second time', () => {
    const { atDept, atOffice } = directAtBoth();
    const returned = step(
      atOffice,
      { type: 'return', reason: '数据有误' },
      office('supervisor'),
      '2026-09-22T00:00:00.000Z',
    );
    const payload = buildFeedbackPayload([returned], OFFICE, 'RSC');
    const once = applyFeedbackPayload([atDept], payload);
    const twice = applyFeedbackPayload(once.updated, payload);
    expect([twice.applied, twice.alreadyApplied, twice.updated.length]).toEqual([0, 1, 0]);
  });

  it('sends feedback on routed slices to the summary department; each station signs only its own decisions', () => {
    let atDept = step(
      step(routed(), { type: 'submit' }, dept('XGC', 'filler')),
      approve(1),
      dept('XGC', 'head'),
    );
    let atSummary = unwrap(receiveSubmission(undefined, atDept, summary('JWC', 'head'), ctx));
    atSummary = step(atSummary, approve(2), summary('JWC', 'head'));
    const atOffice = step(
      atSummary,
      { type: 'return', reason: '与人事处数据不一致' },
      office('supervisor'),
      '2026-09-23T00:00:00.000Z',
    );
    expect(buildFeedbackPayload([atOffice], OFFICE, 'XGC').decisions).toHaveLength(0);
    const toSummary = buildFeedbackPayload([atOffice], OFFICE, 'JWC');
    expect(toSummary.decisions.map((d) => d.entry.actor.station.role)).toEqual(['office']);
    atSummary = applyFeedbackPayload([atSummary], toSummary).updated[0] as Submission;
    expect(atSummary.state).toBe('draft');
    const toDept = buildFeedbackPayload([atSummary], { role: 'summary', departmentCode: 'JWC' }, 'XGC');
    expect(toDept.decisions.map((d) => [d.entry.action, d.entry.actor.station.role])).toEqual([
      ['approve', 'summary'],
    ]);
    // The office's return reaches the department as the office's own payload, relayed beside the summary's.
    const both = { ...toDept, decisions: [...toDept.decisions, ...toSummary.decisions] };
    atDept = applyFeedbackPayload([atDept], both).updated[0] as Submission;
    expect(atDept.state).toBe('draft');
  });

  it('refuses decisions a copy cannot take, and names the slice', () => {
    const payload = buildFeedbackPayload(
      [step(directAtBoth().atOffice, approve(3), office('supervisor'))],
      OFFICE,
      'RSC',
    );
    const r = applyFeedbackPayload([direct()], payload);
    expect(r.applied).toBe(0);
    expect(r.skipped[0]).toMatchObject({ tableCode: 'A3' });
  });

  it('refuses to receive a copy that the head has not approved', () => {
    expect(receiveSubmission(undefined, direct('submitted'), office('supervisor'), ctx).ok).toBe(false);
  });
});
