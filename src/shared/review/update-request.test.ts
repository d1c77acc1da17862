import { describe, expect, it } from 'vitest';
import { parseFeedbackPayload, type FeedbackPayload } from './feedback-payload';
import { dept, direct, directTask, office, routed, routedTask } from './review-test-fixtures';
import {
  answersToApply,
  answerUpdateRequest,
  newUpdateRequest,
  updateRequestSchema,
  type UpdateRequest,
} from './update-request';
import { withUpdateAnswers } from './update-request-route';

const EMPTY: FeedbackPayload = { format: 'review-feedback', version: 1, decisions: [] };
const ID = '0b8f6a8e-8a0c-4d5e-9b1a-3f2e1d0c9b8a';
const base = {
  id: ID,
  submission: direct('school-approved'),
  task: directTask,
  reason: ' 新进教师 ',
  actor: dept('RSC', 'filler'),
  at: '2026-11-05T00:00:00Z',
  yearLocked: false,
};
const asked = (): UpdateRequest => {
  const r = newUpdateRequest(base, []);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};
const msg = (r: { ok: boolean; error?: { message: string } }) => (r.ok ? '' : (r.error?.message ?? ''));

describe('newUpdateRequest', () => {
  it('records a pending request for a frozen slice sent straight to the office', () => {
    expect(asked()).toMatchObject({
      tableCode: 'A3',
      departmentCode: 'RSC',
      reason: '新进教师',
      status: 'pending',
    });
    expect(updateRequestSchema.safeParse(asked()).success).toBe(true);
  });

  it('refuses a blank reason, a writable or locked slice, a table not its own and a second pending request', () => {
    expect(msg(newUpdateRequest({ ...base, reason: ' ' }, []))).toBe('申请更新必须填写原因。');
    expect(msg(newUpdateRequest({ ...base, submission: direct('draft') }, []))).toMatch(/无需申请更新/);
    expect(msg(newUpdateRequest({ ...base, yearLocked: true }, []))).toMatch(/更新不解除锁定/);
    const notMine = { ...base, actor: dept('JWC', 'filler') };
    expect(msg(newUpdateRequest(notMine, []))).toBe('表 A3 不是本部门的填报任务，不能申请更新。');
    expect(msg(newUpdateRequest(base, [asked()]))).toMatch(/已有一份申请更新在等待/);
  });

  it('refuses a table updated when its facts change (发生变化时): 更新 reopens it directly', () => {
    const onChange = { ...base, task: { ...directTask, updateOnChange: true as const } };
    expect(msg(newUpdateRequest(onChange, []))).toBe(
      '表 A3 在发生变化时更新：可随时点“更新”并填写原因后直接修改，无需申请更新；未提交申请，未写入任何内容。',
    );
    // A locked year says so first: 更新 is not open there either.
    expect(msg(newUpdateRequest({ ...onChange, yearLocked: true }, []))).toMatch(/更新不解除锁定/);
  });

  it('lets a contributor ask for a table routed through a summary department', () => {
    const r = newUpdateRequest(
      { ...base, submission: routed('summary-approved'), task: routedTask, actor: dept('XGC', 'filler') },
      [],
    );
    expect(r.ok && [r.value.tableCode, r.value.departmentCode]).toEqual(['A10-1', 'XGC']);
  });
});

describe('answerUpdateRequest', () => {
  it('lets the office 督导员 grant, or refuse with a reason, once', () => {
    const g = answerUpdateRequest(asked(), true, '', office('supervisor'), 'x');
    expect(g.ok && g.value.status).toBe('granted');
    expect(msg(answerUpdateRequest(asked(), false, '', office('supervisor'), 'x'))).toMatch(/必须填写理由/);
    expect(msg(answerUpdateRequest(asked(), true, '', office('leader'), 'x'))).toMatch(/督导员/);
    if (g.ok)
      expect(msg(answerUpdateRequest(g.value, false, 'no', office('supervisor'), 'x'))).toMatch(/已答复过/);
  });
});

describe('answers in feedback', () => {
  it('carries the addressee’s answers in feedback, which a department applies to its pending requests', () => {
    const g = answerUpdateRequest(asked(), true, '', office('supervisor'), 'x');
    if (!g.ok) throw new Error('grant');
    const payload = withUpdateAnswers(EMPTY, [g.value], 'RSC', []);
    expect(parseFeedbackPayload(JSON.parse(JSON.stringify(payload))).ok).toBe(true);
    expect(withUpdateAnswers(payload, [g.value], 'JWC', [])).toBe(payload);
    expect(answersToApply([asked()], [g.value]).map((a) => a.status)).toEqual(['granted']);
    expect(answersToApply([g.value], [g.value])).toEqual([]);
    const forged = { ...g.value, answer: { ...g.value.answer!, by: dept('RSC', 'head') } };
    expect(parseFeedbackPayload({ ...payload, updateAnswers: [forged] }).ok).toBe(false);
  });
});
