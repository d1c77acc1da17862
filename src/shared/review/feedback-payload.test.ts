import { describe, expect, it } from 'vitest';
import { applyFeedbackDecision, parseFeedbackPayload, type FeedbackDecision } from './feedback-payload';
import { ctx, dept, direct, office, routed, summary } from './review-test-fixtures';
import { parseSubmission, submissionSchema, type HistoryEntry } from './review-types';
import { nextReviewState } from './review-workflow';

const returnEntry: HistoryEntry = {
  at: ctx.at,
  actor: office('supervisor'),
  action: 'return',
  from: 'summary-approved',
  to: 'draft',
  reason: '就业数大于毕业生数',
  comments: [{ recordId: 'row-1', fieldKey: 'jys', text: '请核对' }],
};
const decision = (entry: HistoryEntry, departmentCode = 'XGC', tableCode = 'A10-1'): FeedbackDecision => ({
  departmentCode,
  tableCode,
  entry,
});
const payload = (...decisions: unknown[]) => ({ format: 'review-feedback', version: 1, decisions });

describe('parseFeedbackPayload', () => {
  it('accepts well-formed decisions', () => {
    const approved: HistoryEntry = {
      at: ctx.at,
      actor: office('supervisor'),
      action: 'approve',
      level: 3,
      from: 'summary-approved',
      to: 'school-approved',
    };
    expect(parseFeedbackPayload(payload(decision(returnEntry), decision(approved))).ok).toBe(true);
  });

  it.each([
    ['a return without reason', decision({ ...returnEntry, reason: '  ' })],
    ['a return that does not go to draft', decision({ ...returnEntry, to: 'submitted' })],
    [
      'an approval whose level does not match its state',
      decision({ ...returnEntry, action: 'approve', level: 3, to: 'summary-approved' }),
    ],
    [
      'an L1 approval (never sent down)',
      decision({ ...returnEntry, action: 'approve', level: 1, to: 'dept-approved' }),
    ],
    ['a submit', decision({ ...returnEntry, action: 'submit', to: 'submitted' })],
    ['a decision by a department station', decision({ ...returnEntry, actor: dept('RSC', 'head') })],
    [
      'a blank cell comment',
      decision({ ...returnEntry, comments: [{ recordId: 'r', fieldKey: 'f', text: ' ' }] }),
    ],
    ['an unknown key', { ...decision(returnEntry), extra: 1 }],
    ['an unknown state', decision({ ...returnEntry, from: 'approved' as never })],
    ['an over-long reason', decision({ ...returnEntry, reason: '长'.repeat(2001) })],
  ])('refuses %s', (_name, d) => {
    const r = parseFeedbackPayload(payload(d));
    expect(!r.ok && r.error).toEqual({
      code: 'invalid-feedback',
      message: '反馈包中的审核意见格式不正确，已拒绝导入',
    });
  });

  it('refuses another format or version', () => {
    expect(parseFeedbackPayload({ format: 'x', version: 1, decisions: [] }).ok).toBe(false);
    expect(parseFeedbackPayload({ format: 'review-feedback', version: 2, decisions: [] }).ok).toBe(false);
  });
});

describe('applyFeedbackDecision', () => {
  it('applies an office return to the department copy and to the summary copy relaying it', () => {
    const atDept = applyFeedbackDecision(routed('dept-approved'), decision(returnEntry));
    expect(atDept.ok && atDept.value.history.at(-1)).toMatchObject({
      action: 'return',
      from: 'dept-approved',
      to: 'draft',
      reason: returnEntry.reason,
    });
    expect(applyFeedbackDecision(routed('summary-approved'), decision(returnEntry)).ok).toBe(true);
  });

  it('refuses a return by a summary department that is not on the route', () => {
    const r = applyFeedbackDecision(
      routed('dept-approved'),
      decision({ ...returnEntry, actor: summary('RSC', 'head') }),
    );
    expect(!r.ok && r.error.code).toBe('wrong-station');
  });

  it('records upstream progress on a copy whose data has left it, keeping the state chain', () => {
    const l3: HistoryEntry = {
      at: ctx.at,
      actor: office('supervisor'),
      action: 'approve',
      level: 3,
      from: 'received',
      to: 'school-approved',
    };
    const r = applyFeedbackDecision(direct('dept-approved'), decision(l3, 'RSC', 'A3'));
    expect(r.ok && [r.value.state, r.value.history.at(-1)?.from]).toEqual([
      'school-approved',
      'dept-approved',
    ]);
    const stale = applyFeedbackDecision(direct('draft'), decision(l3, 'RSC', 'A3'));
    expect(!stale.ok && stale.error.code).toBe('wrong-state');
    const locked = applyFeedbackDecision(direct('locked'), decision(l3, 'RSC', 'A3'));
    expect(!locked.ok && locked.error.code).toBe('locked');
  });

  it('throws when a decision is applied to another slice, which is a caller bug', () => {
    expect(() => applyFeedbackDecision(direct('dept-approved'), decision(returnEntry))).toThrow();
  });
});

describe('submissionSchema', () => {
  it('round-trips a submission the state machine produced', () => {
    const s = nextReviewState(
      direct('submitted'),
      { type: 'return', reason: '请补全', comments: [{ recordId: 'r', fieldKey: 'f', text: '空' }] },
      dept('RSC', 'head'),
      ctx,
    );
    if (!s.ok) throw new Error(s.error.message);
    const withJustification = {
      ...s.value,
      justifications: { 'rule:R7': { text: '新设专业', by: 'x', at: ctx.at } },
    };
    expect(submissionSchema.parse(JSON.parse(JSON.stringify(withJustification)))).toEqual(withJustification);
  });

  it('keeps justification keys away from the prototype', () => {
    // zod drops an own `__proto__` key from records; what remains is a plain object.
    const raw = JSON.parse('{"__proto__":{"text":"x","by":"y","at":"z"}}') as unknown;
    const parsed = submissionSchema.parse({ ...direct(), justifications: raw });
    expect(Object.getPrototypeOf(parsed.justifications)).toBe(Object.prototype);
    expect(Object.keys(parsed.justifications)).toEqual([]);
    expect(
      submissionSchema.safeParse({
        ...direct(),
        justifications: { constructor: { text: 'x', by: 'y', at: 'z' } },
      }).success,
    ).toBe(false);
  });

  it('refuses unknown states and extra keys', () => {
    expect(parseSubmission({ ...direct(), state: 'approved' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-submission' },
    });
    expect(parseSubmission({ ...direct(), admin: true }).ok).toBe(false);
    expect(parseSubmission(direct()).ok).toBe(true);
  });
});

describe('parseFeedbackPayload with 整改 items (optional field)', () => {
  const item = {
    id: '00000000-0000-4000-8000-0000000000d1',
    departmentCode: 'XGC',
    title: '就业率未达标',
    detail: '',
    origin: { kind: 'observation' },
    dueDate: '20251020',
    blocking: false,
    state: 'open',
    accepted: false,
    response: '',
    evidence: { tableCode: null, rowIds: [], attachment: null },
    createdAt: ctx.at,
    createdBy: '吴督导',
    revision: 1,
    history: [],
  };

  it('reads a payload with well-formed items, and one without the field as before', () => {
    const r = parseFeedbackPayload({ ...payload(), rectifications: [item] });
    expect(r.ok && r.value.rectifications?.map((i) => i.title)).toEqual(['就业率未达标']);
    expect(parseFeedbackPayload(payload()).ok).toBe(true);
  });

  it('refuses the whole payload when one item is malformed', () => {
    const r = parseFeedbackPayload({
      ...payload(),
      rectifications: [item, { ...item, dueDate: '2025-10-20' }],
    });
    expect(r).toMatchObject({ ok: false, error: { code: 'invalid-feedback' } });
  });
});

describe('校级更正 in the feedback payload', () => {
  const correction = {
    id: '00000000-0000-4000-8000-00000000c001',
    departmentCode: 'XGC',
    tableCode: 'A10-1',
    rowId: '00000000-0000-4000-8000-00000000a001',
    field: 'xm',
    oldValue: '张三改',
    newValue: '张三',
    reason: '与学籍档案核对',
    actor: { name: '吴督导', role: 'supervisor', station: { role: 'office', departmentCode: null } },
    at: '2026-10-01T08:00:00.000Z',
  };

  it('reads a payload with well-formed corrections (the field is optional)', () => {
    const r = parseFeedbackPayload({ ...payload(), corrections: [correction] });
    expect(r.ok && r.value.corrections?.map((c) => c.newValue)).toEqual(['张三']);
  });

  it('refuses the whole payload for a correction without a reason or claiming a department’s author', () => {
    expect(parseFeedbackPayload({ ...payload(), corrections: [{ ...correction, reason: '' }] }).ok).toBe(
      false,
    );
    const byDept = {
      ...correction.actor,
      role: 'head',
      station: { role: 'department', departmentCode: 'XGC' },
    };
    expect(parseFeedbackPayload({ ...payload(), corrections: [{ ...correction, actor: byDept }] }).ok).toBe(
      false,
    );
  });
});
