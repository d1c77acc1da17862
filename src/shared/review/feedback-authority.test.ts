import { describe, expect, it } from 'vitest';
import { authorizeFeedback, type FeedbackScope } from './feedback-authority';
import type { FeedbackDecision, FeedbackPayload } from './feedback-payload';
import { directTask, office, routedTask, summary } from './review-test-fixtures';
import type { Actor, HistoryEntry } from './review-types';

// A10-1 goes XGC → JWC (summary) → office; A3 goes RSC → office. XGC also fills A3 here.
const tasks = [routedTask, { ...directTask, cooperatingDepartments: ['XGC'] }];
const at = (n: number) => `2026-09-2${n}T10:00:00.000Z`;

function decision(
  tableCode: string,
  actor: Actor,
  action: HistoryEntry['action'],
  level?: 2 | 3,
  n = 1,
): FeedbackDecision {
  const to =
    action === 'return'
      ? 'draft'
      : action === 'lock'
        ? 'locked'
        : action === 'reopen'
          ? 'school-approved'
          : level === 2
            ? 'summary-approved'
            : 'school-approved';
  const entry: HistoryEntry = {
    at: at(n),
    actor,
    action,
    ...(level === undefined ? {} : { level }),
    from: 'received',
    to,
    ...(action === 'return' || action === 'reopen' ? { reason: '请核对' } : {}),
  };
  return { departmentCode: 'XGC', tableCode, entry };
}
const payload = (...decisions: FeedbackDecision[]): FeedbackPayload => ({
  format: 'review-feedback',
  version: 1,
  decisions,
});

/** Feedback arriving at department XGC. */
const atXgc = (signer: FeedbackScope['signer'], addressee = 'XGC'): FeedbackScope => ({
  signer,
  addressee,
  here: { role: 'department', departmentCode: 'XGC' },
  tasks,
});
const bySummary = atXgc({ role: 'summary', departmentCode: 'JWC' });
const byOffice = atXgc({ role: 'office', departmentCode: 'DDS' });
const relayedByJwc = atXgc({ role: 'office', departmentCode: 'DDS' }, 'JWC');

const refused = (p: FeedbackPayload, scope: FeedbackScope) => {
  const r = authorizeFeedback(p, scope);
  return r.ok ? 'accepted' : r.error.message;
};

describe('a summary department’s signature covers only its own level', () => {
  it('accepts its returns and level-2 approvals on slices its contributors send it', () => {
    const p = payload(
      decision('A10-1', summary('JWC', 'head'), 'approve', 2),
      decision('A10-1', summary('JWC', 'head'), 'return'),
    );
    expect(authorizeFeedback(p, bySummary)).toEqual({ ok: true, value: p.decisions });
  });

  it('refuses level 3, a lock and a reopen signed by its key, even in the office’s name', () => {
    for (const d of [
      decision('A10-1', summary('JWC', 'head'), 'approve', 3),
      decision('A10-1', office('supervisor'), 'approve', 3),
      decision('A10-1', office('leader'), 'lock'),
      decision('A10-1', office('supervisor'), 'reopen'),
      decision('A10-1', office('supervisor'), 'return'),
    ])
      expect(refused(payload(d), bySummary)).toMatch(
        /^反馈包中 XGC 的 A10-1 表的审核意见.*整个反馈包已拒绝。$/,
      );
  });

  it('refuses a decision on a table that does not route through it', () => {
    expect(refused(payload(decision('A3', summary('JWC', 'head'), 'return')), bySummary)).toContain(
      '所涉的表不经 JWC 汇总',
    );
  });

  it('refuses a decision a role could not take (a filler approving at level 2)', () => {
    expect(refused(payload(decision('A10-1', summary('JWC', 'filler'), 'approve', 2)), bySummary)).toContain(
      '不是由有权限的人员作出的',
    );
  });
});

describe('the office’s signature', () => {
  it('covers level 3, lock, reopen and returns on the addressee’s slices; never a decision in another station’s name', () => {
    const p = payload(
      decision('A3', office('supervisor'), 'approve', 3, 1),
      decision('A3', office('leader'), 'lock', undefined, 2),
    );
    expect(authorizeFeedback(p, byOffice).ok).toBe(true);
    expect(refused(payload(decision('A3', summary('JWC', 'head'), 'approve', 2)), byOffice)).toContain(
      '署名的站点与签名方 DDS 不符',
    );
  });

  it('relayed by a summary department: only this department’s slices of tables routed through it count', () => {
    const mine = decision('A10-1', office('supervisor'), 'approve', 3);
    const someoneElse = { ...decision('A10-1', office('supervisor'), 'return'), departmentCode: 'JWC' };
    expect(authorizeFeedback(payload(mine, someoneElse), relayedByJwc)).toEqual({ ok: true, value: [mine] });
    expect(refused(payload(decision('A3', office('supervisor'), 'return')), relayedByJwc)).toContain(
      '所涉的表不经 JWC 汇总',
    );
  });
});
