import { describe, expect, it } from 'vitest';
import type { Result } from '../result';
import { openReturns } from './open-returns';
import { transitionFor } from './review-routing';
import { ctx, dept, direct, office, passing, routed, routedTask, summary } from './review-test-fixtures';
import { REVIEW_ACTION_TYPES, REVIEW_STATES, type Actor, type Submission } from './review-types';
import { newSubmission, nextReviewState, setJustification, type ReviewAction } from './review-workflow';

/** Applies steps in order and fails the test with the refusal message if any step is refused. */
function run(start: Submission, steps: readonly (readonly [ReviewAction, Actor])[]): Submission {
  return steps.reduce((s, [action, actor]) => unwrap(nextReviewState(s, action, actor, ctx)), start);
}
function unwrap<T>(r: Result<T>): T {
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value;
}

const submit: ReviewAction = { type: 'submit' };
const receive: ReviewAction = { type: 'receive' };
const approve = (level: 1 | 2 | 3): ReviewAction => ({
  type: 'approve',
  level,
  checklist: passing(level),
  ticks: [],
});
const returnCell: ReviewAction = {
  type: 'return',
  reason: '专任教师人数与人事处数据不一致',
  comments: [{ recordId: 'row-7', fieldKey: 'zrjss', text: '应为 312' }],
};

describe('routing per table', () => {
  it('goes straight from the department to the office when the table has no summary department', () => {
    const s = run(direct(), [
      [submit, dept('RSC', 'filler')],
      [approve(1), dept('RSC', 'head')],
      [receive, office('supervisor')],
      [approve(3), office('supervisor')],
      [{ type: 'lock' }, office('leader')],
    ]);
    expect(s.history.map((e) => e.to)).toEqual([
      'submitted',
      'dept-approved',
      'received',
      'school-approved',
      'locked',
    ]);
    expect(s.history.some((e) => e.level === 2)).toBe(false);
  });

  it('goes through the summary department (L2) when the table has one', () => {
    const s = run(routed(), [
      [submit, dept('XGC', 'filler')],
      [approve(1), dept('XGC', 'head')],
      [receive, summary('JWC', 'head')],
      [approve(2), summary('JWC', 'head')],
      [approve(3), office('supervisor')],
    ]);
    expect(s.history.map((e) => [e.action, e.level ?? null, e.to])).toEqual([
      ['submit', null, 'submitted'],
      ['approve', 1, 'dept-approved'],
      ['receive', null, 'received'],
      ['approve', 2, 'summary-approved'],
      ['approve', 3, 'school-approved'],
    ]);
  });

  it("routes the summary department's own slice straight to the office", () => {
    const own = newSubmission(routedTask, 'JWC');
    expect(own.summaryDepartment).toBeNull();
    const s = run(own, [
      [submit, summary('JWC', 'filler')],
      [approve(1), summary('JWC', 'head')],
      [receive, office('head')],
    ]);
    expect(s.state).toBe('received');
    expect(transitionFor('approve', s)?.level).toBe(3);
  });
});

describe('return → fix → resubmit → re-approve', () => {
  it('sends an office return down the route and the fixed data up through the summary department again', () => {
    const upToOffice: readonly (readonly [ReviewAction, Actor])[] = [
      [submit, dept('XGC', 'filler')],
      [approve(1), dept('XGC', 'head')],
      [receive, summary('JWC', 'filler')],
      [approve(2), summary('JWC', 'head')],
    ];
    // The office's copy is returned; the same decision lands on the summary copy and the department copy.
    const atOffice = run(run(routed(), upToOffice), [[returnCell, office('supervisor')]]);
    const atDepartment = run(run(routed(), upToOffice.slice(0, 2)), [[returnCell, office('supervisor')]]);
    expect(atOffice.state).toBe('draft');
    expect(atDepartment.state).toBe('draft');

    const [task] = openReturns([atDepartment], { role: 'department', departmentCode: 'XGC' });
    expect(task).toMatchObject({
      tableCode: 'A10-1',
      progress: 'to-fix',
      reason: returnCell.type === 'return' ? returnCell.reason : '',
    });
    expect(task?.comments).toEqual([{ recordId: 'row-7', fieldKey: 'zrjss', text: '应为 312' }]);
    expect(openReturns([atDepartment], { role: 'department', departmentCode: 'RSC' })).toEqual([]);
    expect(openReturns([atOffice], { role: 'summary', departmentCode: 'JWC' })).toHaveLength(1);

    const resubmitted = run(atDepartment, [[submit, dept('XGC', 'filler')]]);
    expect(openReturns([resubmitted], { role: 'office', departmentCode: null })[0]?.progress).toBe(
      'resubmitted',
    );

    const reapproved = run(resubmitted, [[approve(1), dept('XGC', 'head')]]);
    expect(openReturns([reapproved], { role: 'department', departmentCode: 'XGC' })).toEqual([]);

    // Up again: the summary department must re-approve at L2 before the office can approve.
    const atSummary = run(reapproved, [[receive, summary('JWC', 'head')]]);
    const skip = nextReviewState(atSummary, approve(3), office('supervisor'), ctx);
    expect(!skip.ok && skip.error.code).toBe('wrong-level');
    const done = run(atSummary, [
      [approve(2), summary('JWC', 'head')],
      [approve(3), office('supervisor')],
    ]);
    expect(done.state).toBe('school-approved');
    expect(done.history.filter((e) => e.action === 'return')).toHaveLength(1);
  });

  it('lets the head return to the filler before approving, and a head re-approval closes the task', () => {
    const returned = run(direct(), [
      [submit, dept('RSC', 'filler')],
      [{ type: 'return', reason: '缺少 3 名外聘教师' }, dept('RSC', 'head')],
    ]);
    expect(openReturns([returned], { role: 'department', departmentCode: 'RSC' })).toHaveLength(1);
    const fixed = run(returned, [
      [submit, dept('RSC', 'filler')],
      [approve(1), dept('RSC', 'head')],
    ]);
    expect(openReturns([fixed], { role: 'office', departmentCode: null })).toEqual([]);
  });

  it('reopens a locked table only at the office, after which the office may return it', () => {
    const locked = run(direct('school-approved'), [[{ type: 'lock' }, office('leader')]]);
    const reopened = run(locked, [
      [{ type: 'reopen', reason: '教育部平台校验发现错误' }, office('supervisor')],
      [returnCell, office('supervisor')],
    ]);
    expect(reopened.history.map((e) => e.to)).toEqual(['locked', 'school-approved', 'draft']);
    expect(reopened.history[1]?.reason).toBe('教育部平台校验发现错误');
  });
});

describe('setJustification', () => {
  const filler = dept('RSC', 'filler');

  it('stores a 合理性说明 that travels on the submission, and removes it when blanked', () => {
    const s = unwrap(setJustification(direct(), 'rule:R7', ' 本年新设两个专业 ', filler, ctx));
    expect(s.justifications['rule:R7']).toEqual({ text: '本年新设两个专业', by: filler.name, at: ctx.at });
    expect(unwrap(setJustification(s, 'rule:R7', '  ', filler, ctx)).justifications).toEqual({});
  });

  it('is refused to other stations, after L1 approval and on a locked table', () => {
    const code = (r: Result<unknown>) => (r.ok ? 'ok' : r.error.code);
    expect(code(setJustification(direct(), 'rule:R7', 'x', office('supervisor'), ctx))).toBe('wrong-station');
    expect(code(setJustification(direct('dept-approved'), 'rule:R7', 'x', filler, ctx))).toBe('wrong-state');
    expect(code(setJustification(direct('locked'), 'rule:R7', 'x', filler, ctx))).toBe('locked');
    expect(code(setJustification(direct('submitted'), 'rule:R7', 'x', dept('RSC', 'head'), ctx))).toBe('ok');
  });

  it('throws on a malformed check id, which can only be a bug', () => {
    expect(() => setJustification(direct(), '__proto__', 'x', filler, ctx)).toThrow();
  });
});

describe('transition table coverage', () => {
  // Guards the table-driven tests: if a transition is added to the routing, this list must change too.
  it('allows exactly the documented (state, action) pairs on both routes', () => {
    const allowed = (s: Submission) =>
      REVIEW_STATES.flatMap((state) =>
        REVIEW_ACTION_TYPES.filter((a) => transitionFor(a, { ...s, state }) !== null).map(
          (a) => `${state}:${a}`,
        ),
      );
    const common = [
      'draft:submit',
      'submitted:approve',
      'submitted:return',
      'dept-approved:return',
      'dept-approved:receive',
      'dept-approved:update',
      'received:approve',
      'received:return',
      'received:update',
    ];
    const tail = [
      'school-approved:return',
      'school-approved:lock',
      'school-approved:update',
      'locked:reopen',
    ];
    expect(allowed(direct())).toEqual([...common, ...tail]);
    expect(allowed(routed())).toEqual([
      ...common,
      'summary-approved:approve',
      'summary-approved:return',
      'summary-approved:update',
      ...tail,
    ]);
  });
});
