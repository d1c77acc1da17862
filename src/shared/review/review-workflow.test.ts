import { describe, expect, it } from 'vitest';
import type { Checklist } from './checklist';
import { REVIEW_REFUSAL_CODES, type ReviewRefusalCode } from './review-text';
import type { Actor, ReviewLevel, ReviewState, Submission } from './review-types';
import { newSubmission, nextReviewState, type ReviewAction } from './review-workflow';
import { ctx, dept, direct, office, officeTask, passing, routed, summary } from './review-test-fixtures';

const submit: ReviewAction = { type: 'submit' };
const receive: ReviewAction = { type: 'receive' };
const lock: ReviewAction = { type: 'lock' };
const approve = (
  level: ReviewLevel,
  checklist: Checklist = passing(level),
  ticks: string[] = [],
): ReviewAction => ({
  type: 'approve',
  level,
  checklist,
  ticks,
});
const ret: ReviewAction = {
  type: 'return',
  reason: '数据与人事系统不一致',
  comments: [{ recordId: 'r1', fieldKey: 'age', text: '请核对' }],
};
const reopen: ReviewAction = { type: 'reopen', reason: '教育部平台退回' };

type Row = readonly [name: string, from: Submission, action: ReviewAction, actor: Actor, to: ReviewState];

const transitions: readonly Row[] = [
  // Straight to the office (no summary department).
  ['filler submits a draft', direct('draft'), submit, dept('RSC', 'filler'), 'submitted'],
  ['head approves at L1', direct('submitted'), approve(1), dept('RSC', 'head'), 'dept-approved'],
  ['office filler receives the bundle', direct('dept-approved'), receive, office('filler'), 'received'],
  ['office head receives the bundle', direct('dept-approved'), receive, office('head'), 'received'],
  ['supervisor receives the bundle', direct('dept-approved'), receive, office('supervisor'), 'received'],
  [
    'supervisor approves at L3 without L2',
    direct('received'),
    approve(3),
    office('supervisor'),
    'school-approved',
  ],
  ['leading group locks', direct('school-approved'), lock, office('leader'), 'locked'],
  ['supervisor reopens', direct('locked'), reopen, office('supervisor'), 'school-approved'],
  ['leading group reopens', direct('locked'), reopen, office('leader'), 'school-approved'],
  ['head returns a submission to the filler', direct('submitted'), ret, dept('RSC', 'head'), 'draft'],
  ['office return lands on the department copy', direct('dept-approved'), ret, office('supervisor'), 'draft'],
  ['office returns what it received', direct('received'), ret, office('supervisor'), 'draft'],
  ['office returns after its own approval', direct('school-approved'), ret, office('supervisor'), 'draft'],
  // Through the summary department.
  ['summary filler receives', routed('dept-approved'), receive, summary('JWC', 'filler'), 'received'],
  ['summary head receives', routed('dept-approved'), receive, summary('JWC', 'head'), 'received'],
  ['summary head approves at L2', routed('received'), approve(2), summary('JWC', 'head'), 'summary-approved'],
  [
    'supervisor approves at L3 after L2',
    routed('summary-approved'),
    approve(3),
    office('supervisor'),
    'school-approved',
  ],
  [
    'summary return lands on the department copy',
    routed('dept-approved'),
    ret,
    summary('JWC', 'head'),
    'draft',
  ],
  ['office return relayed through the summary', routed('dept-approved'), ret, office('supervisor'), 'draft'],
  ['summary head returns what it received', routed('received'), ret, summary('JWC', 'head'), 'draft'],
  ['office returns at received', routed('received'), ret, office('supervisor'), 'draft'],
  ['office returns a summary-approved table', routed('summary-approved'), ret, office('supervisor'), 'draft'],
  // The office fills its own tables as department DDS.
  [
    'office filler submits its own table',
    { ...newSubmission(officeTask, 'DDS') },
    submit,
    office('filler'),
    'submitted',
  ],
  [
    'office head approves its own table',
    { ...newSubmission(officeTask, 'DDS'), state: 'submitted' },
    approve(1),
    office('head'),
    'dept-approved',
  ],
];

describe('nextReviewState transitions', () => {
  it.each(transitions)('%s', (_name, from, action, actor, to) => {
    const r = nextReviewState(from, action, actor, ctx);
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.state).toBe(to);
    const entry = r.value.history.at(-1);
    expect(entry).toMatchObject({ at: ctx.at, actor, action: action.type, from: from.state, to });
    expect(r.value.history).toHaveLength(from.history.length + 1);
  });

  it('records the level of an approval, and the trimmed reason and comments of a return', () => {
    const a = nextReviewState(routed('received'), approve(2), summary('JWC', 'head'), ctx);
    expect(a.ok && a.value.history.at(-1)?.level).toBe(2);
    const r = nextReviewState(
      direct('submitted'),
      { type: 'return', reason: '  请补全  ', comments: [{ recordId: 'r', fieldKey: 'f', text: ' 空 ' }] },
      dept('RSC', 'head'),
      ctx,
    );
    expect(r.ok && r.value.history.at(-1)).toMatchObject({
      reason: '请补全',
      comments: [{ recordId: 'r', fieldKey: 'f', text: '空' }],
    });
  });

  it('leaves the input submission unchanged', () => {
    const before = direct('draft');
    const copy = structuredClone(before);
    nextReviewState(before, submit, dept('RSC', 'filler'), ctx);
    expect(before).toEqual(copy);
  });
});

type Refusal = readonly [
  name: string,
  from: Submission,
  action: ReviewAction,
  actor: Actor,
  code: ReviewRefusalCode,
];

const hard = passing(1, { requiredEmpty: 2 });
const soft = passing(1, {
  ruleResults: [{ ruleId: 'R7', importance: 'medium', status: 'fail', message: '专任教师数偏少' }],
});
const manual = passing(1, { manual: [{ id: 'm1', text: '已与人事系统核对' }] });

const refusals: readonly Refusal[] = [
  // locked: nothing but reopen moves a locked snapshot
  ['submit on locked', direct('locked'), submit, dept('RSC', 'filler'), 'locked'],
  ['approve on locked', direct('locked'), approve(3), office('supervisor'), 'locked'],
  ['return on locked', direct('locked'), ret, office('supervisor'), 'locked'],
  ['receive on locked', direct('locked'), receive, office('supervisor'), 'locked'],
  ['lock on locked', direct('locked'), lock, office('leader'), 'locked'],
  // wrong state
  ['submit twice', direct('submitted'), submit, dept('RSC', 'filler'), 'wrong-state'],
  ['submit an approved table', direct('dept-approved'), submit, dept('RSC', 'filler'), 'wrong-state'],
  ['approve a draft', direct('draft'), approve(1), dept('RSC', 'head'), 'wrong-state'],
  ['approve what was not received', direct('dept-approved'), approve(3), office('supervisor'), 'wrong-state'],
  ['approve twice at L3', direct('school-approved'), approve(3), office('supervisor'), 'wrong-state'],
  ['receive before L1', direct('submitted'), receive, office('supervisor'), 'wrong-state'],
  ['receive twice', direct('received'), receive, office('supervisor'), 'wrong-state'],
  ['return a draft', direct('draft'), ret, dept('RSC', 'head'), 'wrong-state'],
  ['lock before L3', direct('received'), lock, office('leader'), 'wrong-state'],
  ['lock after L2 only', routed('summary-approved'), lock, office('leader'), 'wrong-state'],
  ['reopen what is not locked', direct('school-approved'), reopen, office('supervisor'), 'wrong-state'],
  // wrong level
  [
    'L2 on a table without summary department',
    direct('received'),
    approve(2),
    office('supervisor'),
    'wrong-level',
  ],
  ['L3 skipping the summary department', routed('received'), approve(3), office('supervisor'), 'wrong-level'],
  ['L1 at summary-approved', routed('summary-approved'), approve(1), office('supervisor'), 'wrong-level'],
  [
    'checklist of another level',
    direct('submitted'),
    { type: 'approve', level: 1, checklist: passing(3), ticks: [] },
    dept('RSC', 'head'),
    'wrong-level',
  ],
  // wrong station
  ['another department submits', direct('draft'), submit, dept('JWC', 'filler'), 'wrong-station'],
  ['another department approves L1', direct('submitted'), approve(1), dept('JWC', 'head'), 'wrong-station'],
  ['office approves L1 for a department', direct('submitted'), approve(1), office('head'), 'wrong-station'],
  ['office receives a routed table', routed('dept-approved'), receive, office('supervisor'), 'wrong-station'],
  [
    'a summary station receives a direct table',
    direct('dept-approved'),
    receive,
    summary('JWC', 'head'),
    'wrong-station',
  ],
  [
    'the department receives its own bundle',
    direct('dept-approved'),
    receive,
    dept('RSC', 'head'),
    'wrong-station',
  ],
  [
    'another summary department approves L2',
    routed('received'),
    approve(2),
    summary('RSC', 'head'),
    'wrong-station',
  ],
  [
    'a department station with the summary code approves L2',
    routed('received'),
    approve(2),
    dept('JWC', 'head'),
    'wrong-station',
  ],
  [
    'summary head approves L3',
    routed('summary-approved'),
    approve(3),
    summary('JWC', 'head'),
    'wrong-station',
  ],
  [
    'office returns a submission not yet approved',
    direct('submitted'),
    ret,
    office('supervisor'),
    'wrong-station',
  ],
  [
    'department returns its own approved table',
    direct('dept-approved'),
    ret,
    dept('RSC', 'head'),
    'wrong-station',
  ],
  [
    'summary returns after its approval',
    routed('summary-approved'),
    ret,
    summary('JWC', 'head'),
    'wrong-station',
  ],
  ['a department locks', direct('school-approved'), lock, dept('RSC', 'head'), 'wrong-station'],
  ['a summary station reopens', direct('locked'), reopen, summary('JWC', 'head'), 'wrong-station'],
  // wrong role
  ['head submits', direct('draft'), submit, dept('RSC', 'head'), 'wrong-role'],
  ['filler approves L1', direct('submitted'), approve(1), dept('RSC', 'filler'), 'wrong-role'],
  ['filler returns', direct('submitted'), ret, dept('RSC', 'filler'), 'wrong-role'],
  ['summary filler approves L2', routed('received'), approve(2), summary('JWC', 'filler'), 'wrong-role'],
  ['office head approves L3', direct('received'), approve(3), office('head'), 'wrong-role'],
  ['leading group approves L3', direct('received'), approve(3), office('leader'), 'wrong-role'],
  ['leading group receives', direct('dept-approved'), receive, office('leader'), 'wrong-role'],
  ['office filler returns', direct('received'), ret, office('filler'), 'wrong-role'],
  ['supervisor locks', direct('school-approved'), lock, office('supervisor'), 'wrong-role'],
  ['office head reopens', direct('locked'), reopen, office('head'), 'wrong-role'],
  // reason and comments
  [
    'return without reason',
    direct('submitted'),
    { type: 'return', reason: '   ' },
    dept('RSC', 'head'),
    'missing-reason',
  ],
  [
    'reopen without reason',
    direct('locked'),
    { type: 'reopen', reason: '' },
    office('supervisor'),
    'missing-reason',
  ],
  [
    'return with a blank cell comment',
    direct('submitted'),
    { type: 'return', reason: '见批注', comments: [{ recordId: 'r', fieldKey: 'f', text: ' ' }] },
    dept('RSC', 'head'),
    'empty-comment',
  ],
  // 更新
  [
    'department updates without an update point',
    direct('school-approved'),
    { type: 'update', reason: '新进教师' },
    dept('RSC', 'filler'),
    'no-update-point',
  ],
  [
    'office updates a locked slice',
    direct('locked'),
    { type: 'update', reason: '申请更新' },
    office('supervisor'),
    'locked',
  ],
  [
    'update while still submitted',
    direct('submitted'),
    { type: 'update', reason: 'x', point: '20251101' },
    dept('RSC', 'filler'),
    'wrong-state',
  ],
  [
    'office filler grants an update',
    direct('school-approved'),
    { type: 'update', reason: 'x' },
    office('filler'),
    'wrong-role',
  ],
  // checklist
  [
    'approve with a hard failure',
    direct('submitted'),
    approve(1, hard),
    dept('RSC', 'head'),
    'hard-failures',
  ],
  [
    'approve a soft failure without 合理性说明',
    direct('submitted'),
    approve(1, soft),
    dept('RSC', 'head'),
    'missing-justification',
  ],
  [
    'approve with a manual item unticked',
    direct('submitted'),
    approve(1, manual),
    dept('RSC', 'head'),
    'unticked-manual',
  ],
];

describe('nextReviewState refusals', () => {
  it.each(refusals)('%s', (_name, from, action, actor, code) => {
    const r = nextReviewState(from, action, actor, ctx);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe(code);
    expect(r.error.message).toMatch(/[\u4e00-\u9fff]/);
  });

  it('covers every refusal code of the state machine', () => {
    expect(new Set(refusals.map((r) => r[4]))).toEqual(new Set(REVIEW_REFUSAL_CODES));
  });

  it('explains who may act when the role is wrong', () => {
    const r = nextReviewState(direct('received'), approve(3), office('head'), ctx);
    expect(!r.ok && r.error.message).toBe('审核通过需要由督导员操作');
  });

  it('accepts a justified soft failure and a ticked manual item', () => {
    const justified: Submission = {
      ...direct('submitted'),
      justifications: { 'rule:R7': { text: '本年新设专业', by: 'x', at: ctx.at } },
    };
    expect(nextReviewState(justified, approve(1, soft), dept('RSC', 'head'), ctx).ok).toBe(true);
    expect(
      nextReviewState(direct('submitted'), approve(1, manual, ['manual:m1']), dept('RSC', 'head'), ctx).ok,
    ).toBe(true);
  });
});
