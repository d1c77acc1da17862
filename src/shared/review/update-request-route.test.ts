import { describe, expect, it } from 'vitest';
import type { FeedbackPayload } from './feedback-payload';
import { dept, direct, directTask, office, routed, routedTask } from './review-test-fixtures';
import { answerUpdateRequest, type UpdateRequest } from './update-request';
import {
  answeredDepartments,
  answersToTake,
  incomingRequests,
  requestOffRoute,
  withUpdateAnswers,
} from './update-request-route';

const request = (departmentCode: string, tableCode: string, id = crypto.randomUUID()): UpdateRequest => ({
  id,
  departmentCode,
  tableCode,
  reason: '新进教师',
  by: dept(departmentCode, 'filler'),
  at: '2026-11-05T00:00:00Z',
  status: 'pending',
});
const granted = (r: UpdateRequest): UpdateRequest => {
  const g = answerUpdateRequest(r, true, '', office('supervisor'), '2026-11-06T00:00:00Z');
  if (!g.ok) throw new Error(g.error.message);
  return g.value;
};
const tasks = [directTask, routedTask];
const EMPTY: FeedbackPayload = { format: 'review-feedback', version: 1, decisions: [] };

describe('requests travel the route of their slice', () => {
  it('a direct table straight to the office; a routed one through its summary department only', () => {
    expect(requestOffRoute([request('RSC', 'A3')], new Set(['RSC']), null, tasks)).toBeUndefined();
    expect(requestOffRoute([request('XGC', 'A10-1')], new Set(['XGC']), 'JWC', tasks)).toBeUndefined();
    // The summary department's own slice rides in its forward.
    expect(requestOffRoute([request('JWC', 'A10-1')], new Set(['JWC']), 'JWC', tasks)).toBeUndefined();
    // Wrong way round, another's name, a table not its own, an answered one: off route.
    expect(requestOffRoute([request('XGC', 'A10-1')], new Set(['XGC']), null, tasks)).toBeDefined();
    expect(requestOffRoute([request('RSC', 'A3')], new Set(['RSC']), 'JWC', tasks)).toBeDefined();
    expect(requestOffRoute([request('XGC', 'A10-1')], new Set(['JWC']), 'JWC', tasks)).toBeDefined();
    expect(requestOffRoute([request('RSC', 'A10-1')], new Set(['RSC']), 'JWC', tasks)).toBeDefined();
    expect(requestOffRoute([granted(request('RSC', 'A3'))], new Set(['RSC']), null, tasks)).toBeDefined();
  });

  it('the office keeps what it holds: a replayed request stays answered, a stray one refuses all', () => {
    const r = request('XGC', 'A10-1');
    expect(incomingRequests([], [r], new Set(['XGC']), 'JWC', tasks)).toEqual({ ok: true, value: [r] });
    expect(incomingRequests([granted(r)], [r], new Set(['XGC']), 'JWC', tasks)).toEqual({
      ok: true,
      value: [],
    });
    const stray = incomingRequests([], [r, request('RSC', 'A3')], new Set(['XGC', 'RSC']), 'JWC', tasks);
    expect(stray.ok ? '' : stray.error.message).toBe(
      '数据包中的申请更新（RSC 的表 A3）不是由签名部门沿该表的报送路线提出的，整个数据包已拒绝。',
    );
  });
});

describe('answers go down the route the slice came', () => {
  const submissions = [direct('draft'), routed('draft')];
  const answers = [granted(request('RSC', 'A3')), granted(request('XGC', 'A10-1'))];

  it('the office sends each answer to the station it received the slice from', () => {
    expect(answeredDepartments([...answers, request('RSC', 'A3')], submissions)).toEqual(['JWC', 'RSC']);
    expect(withUpdateAnswers(EMPTY, answers, 'JWC', submissions).updateAnswers).toEqual([answers[1]]);
    expect(withUpdateAnswers(EMPTY, answers, 'RSC', submissions).updateAnswers).toEqual([answers[0]]);
    expect(withUpdateAnswers(EMPTY, answers, 'XGC', submissions)).toBe(EMPTY);
  });

  it('a station takes the office’s answers to its own requests; a forged or off-route one refuses all', () => {
    const here = { departmentCode: 'XGC' };
    const direct = answersToTake({ outer: { signerRole: 'office', answers }, here, tasks });
    expect(direct.ok && direct.value).toEqual([answers[1]]);
    const relayed = answersToTake({
      outer: { signerRole: 'summary', answers: undefined },
      relay: { addressee: 'JWC', answers },
      here,
      tasks,
    });
    expect(relayed.ok && relayed.value).toEqual([answers[1]]);
    const forged = answersToTake({ outer: { signerRole: 'summary', answers }, here, tasks });
    expect(forged.ok ? '' : forged.error.message).toMatch(/不是督导室签发的，整个反馈包已拒绝/);
    const offRoute = answersToTake({
      outer: { signerRole: 'summary', answers: undefined },
      relay: { addressee: 'KYC', answers },
      here,
      tasks,
    });
    expect(offRoute.ok ? '' : offRoute.error.message).toMatch(/不经 KYC 汇总/);
  });
});
