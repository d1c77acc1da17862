import { describe, expect, it } from 'vitest';
import { authorizeFeedback } from './feedback-authority';
import { applyFeedbackPayload, buildFeedbackPayload } from './feedback-exchange';
import { parseFeedbackPayload } from './feedback-payload';
import { ctx, dept, direct, directTask, office, summary } from './review-test-fixtures';
import type { HistoryEntry, Submission } from './review-types';
import { nextReviewState } from './review-workflow';
import { dueUpdatePoint, incomingUpdate, updateEntryText } from './slice-update';

const task = { ...directTask, updatePoints: ['20261101', '20270301'] };
const day = (iso: string) => iso.slice(0, 10).replaceAll('-', '');
const approved = direct('school-approved');

describe('dueUpdatePoint', () => {
  it('names the last passed point while the slice was not written since', () => {
    expect(dueUpdatePoint(approved, task, '2026-09-20T00:00:00Z', '20261105', day)).toEqual({
      ok: true,
      value: '20261101',
    });
    expect(dueUpdatePoint(approved, task, '2026-09-20T00:00:00Z', '20270302', day)).toMatchObject({
      value: '20270301',
    });
  });

  it('refuses before any point, after a write since the point, and a point already answered', () => {
    const code = (r: ReturnType<typeof dueUpdatePoint>) => (r.ok ? 'ok' : r.error.code);
    expect(code(dueUpdatePoint(approved, task, '2026-09-20T00:00:00Z', '20261031', day))).toBe(
      'no-update-point',
    );
    expect(code(dueUpdatePoint(approved, task, '2026-11-02T00:00:00Z', '20261105', day))).toBe(
      'no-update-point',
    );
    expect(code(dueUpdatePoint(approved, directTask, null, '20261105', day))).toBe('no-update-point');
    const answered: Submission = {
      ...approved,
      history: [
        {
          at: 'x',
          actor: dept('RSC', 'filler'),
          action: 'update',
          from: 'school-approved',
          to: 'draft',
          point: '20261101',
          reason: 'r',
        },
      ],
    };
    const r = dueUpdatePoint(answered, task, '2026-09-20T00:00:00Z', '20261105', day);
    expect(r.ok ? '' : r.error.message).toBe(
      '表 A3 已按 2026-11-01 的更新点更新过一次；如需再次修改，请提交“申请更新”。',
    );
  });

  it('refuses a slice still in the filler’s hands or locked, saying what to do instead', () => {
    const msg = (s: Submission) => {
      const r = dueUpdatePoint(s, task, null, '20261105', day);
      return r.ok ? '' : r.error.message;
    };
    expect(msg(direct('draft'))).toMatch(/仍在填报中，可直接修改/);
    expect(msg(direct('submitted'))).toMatch(/请由负责人退回后修改/);
    expect(msg(direct('locked'))).toMatch(/更新不解除锁定.*解除年度锁定并将该表退回/);
  });
});

describe('incomingUpdate', () => {
  const upd = (point: string): HistoryEntry => ({
    at: '2026-11-05T00:00:00Z',
    actor: dept('RSC', 'filler'),
    action: 'update',
    from: 'school-approved',
    to: 'draft',
    point,
    reason: '新进教师',
  });
  const sent = (e: HistoryEntry): Submission => ({ ...direct('dept-approved'), history: [e] });

  it('reopens a frozen copy for a passed point of the table, keeping the filler as actor', () => {
    const r = incomingUpdate(approved, sent(upd('20261101')), task, '20261106');
    expect(r.ok && r.value).toMatchObject({
      state: 'draft',
      history: [{ action: 'update', from: 'school-approved' }],
    });
  });

  it('leaves a draft copy, or a copy that already holds the entry, to the usual rule', () => {
    expect(incomingUpdate(direct('draft'), sent(upd('20261101')), task, '20261106')).toEqual({
      ok: true,
      value: null,
    });
    const held = { ...approved, history: [upd('20261101')] };
    expect(incomingUpdate(held, sent(upd('20261101')), task, '20261106')).toEqual({ ok: true, value: null });
  });

  it('refuses a point that is not the table’s or has not passed here, and a locked copy', () => {
    expect(incomingUpdate(approved, sent(upd('20261015')), task, '20261106').ok).toBe(false);
    expect(incomingUpdate(approved, sent(upd('20261101')), task, '20261031').ok).toBe(false);
    const r = incomingUpdate(direct('locked'), sent(upd('20261101')), task, '20261106');
    expect(r.ok ? '' : r.error.message).toMatch(/更新不解除锁定/);
  });
});

describe('a table updated when its facts change (发生变化时)', () => {
  const onChange = { ...directTask, updateOnChange: true as const };
  const upd = (point: string | undefined): HistoryEntry => ({
    at: '2026-11-05T00:00:00Z',
    actor: dept('RSC', 'filler'),
    action: 'update',
    from: 'school-approved',
    to: 'draft',
    ...(point !== undefined ? { point } : {}),
    reason: '新进教师 张三',
  });
  const sent = (...e: HistoryEntry[]): Submission => ({ ...direct('dept-approved'), history: e });

  it('may be updated on any day, again after an earlier update, answering that day', () => {
    expect(dueUpdatePoint(approved, onChange, '2026-11-05T09:00:00Z', '20261105', day)).toEqual({
      ok: true,
      value: '20261105',
    });
    const again: Submission = { ...approved, history: [upd('20261105')] };
    expect(dueUpdatePoint(again, onChange, '2026-11-05T10:00:00Z', '20261105', day)).toEqual({
      ok: true,
      value: '20261105',
    });
  });

  it('still refuses a slice in the filler’s hands, under the head’s review, or locked', () => {
    const code = (s: Submission) => {
      const r = dueUpdatePoint(s, onChange, null, '20261105', day);
      return r.ok ? 'ok' : r.error.code;
    };
    expect(code(direct('draft'))).toBe('not-frozen');
    expect(code(direct('submitted'))).toBe('not-frozen');
    expect(code(direct('locked'))).toBe('locked');
  });

  it('reopens a copy above for any passed day, twice on one day too, but not a day to come', () => {
    const once = incomingUpdate(approved, sent(upd('20261105')), onChange, '20261106');
    expect(once.ok && once.value).toMatchObject({ state: 'draft', history: [{ point: '20261105' }] });
    const held: Submission = { ...approved, history: [upd('20261105')] };
    const second = { ...upd('20261105'), at: '2026-11-05T03:00:00Z' };
    expect(incomingUpdate(held, sent(upd('20261105'), second), onChange, '20261105').ok).toBe(true);
    const future = incomingUpdate(approved, sent(upd('20261107')), onChange, '20261106');
    expect(future.ok ? '' : future.error.message).toBe(
      '数据包中 RSC 的表 A3 的更新日期 2026-11-07 晚于本站今天，整个数据包已拒绝。',
    );
    expect(incomingUpdate(approved, sent(upd(undefined)), onChange, '20261106').ok).toBe(false);
    expect(incomingUpdate(direct('locked'), sent(upd('20261105')), onChange, '20261106').ok).toBe(false);
  });

  it('is refused above when the table there is on dates (the office changed the kind)', () => {
    expect(incomingUpdate(approved, sent(upd('20261105')), directTask, '20261106').ok).toBe(false);
  });
});

describe('the office’s 更新 (a granted 申请更新) in feedback', () => {
  const granted = nextReviewState(
    direct('school-approved'),
    { type: 'update', reason: '同意：补录 11 月新进教师' },
    office('supervisor'),
    ctx,
  );

  it('goes down in the feedback payload and reopens the department’s copy to draft', () => {
    expect(granted.ok).toBe(true);
    if (!granted.ok) return;
    const payload = buildFeedbackPayload([granted.value], { role: 'office', departmentCode: null }, 'RSC');
    expect(payload.decisions.map((d) => d.entry.action)).toEqual(['update']);
    expect(parseFeedbackPayload(JSON.parse(JSON.stringify(payload))).ok).toBe(true);
    const allowed = authorizeFeedback(payload, {
      signer: { role: 'office', departmentCode: 'OFFICE' },
      addressee: 'RSC',
      here: { role: 'department', departmentCode: 'RSC' },
      tasks: [task],
    });
    expect(allowed.ok).toBe(true);
    const applied = applyFeedbackPayload([direct('school-approved')], payload);
    expect(applied.updated.map((s) => [s.state, s.history.at(-1)?.action])).toEqual([['draft', 'update']]);
  });

  it('is refused when a summary department signs it, and without a reason', () => {
    if (!granted.ok) throw new Error('granted');
    const entry = { ...granted.value.history.at(-1)!, actor: summary('JWC', 'head') };
    const payload = {
      format: 'review-feedback',
      version: 1,
      decisions: [{ departmentCode: 'RSC', tableCode: 'A3', entry }],
    } as const;
    const r = authorizeFeedback(payload, {
      signer: { role: 'summary', departmentCode: 'JWC' },
      addressee: 'RSC',
      here: { role: 'department', departmentCode: 'RSC' },
      tasks: [task],
    });
    expect(r.ok).toBe(false);
    const blank = {
      ...payload,
      decisions: [{ ...payload.decisions[0], entry: { ...granted.value.history.at(-1)!, reason: ' ' } }],
    };
    expect(parseFeedbackPayload(blank).ok).toBe(false);
  });
});

describe('updateEntryText (数据审核 history)', () => {
  const entry = (point: string | undefined, by = dept('RSC', 'filler')): HistoryEntry => ({
    at: '2026-11-05T02:00:00.000Z',
    actor: by,
    action: 'update',
    from: 'school-approved',
    to: 'draft',
    reason: '新进教师',
    ...(point === undefined ? {} : { point }),
  });
  const onChange = { ...directTask, updateOnChange: true as const };

  it('names the dated point, the day of a change, or the office’s grant of a 申请更新', () => {
    expect(updateEntryText(entry('20261101'), task)).toBe('依据更新点 2026-11-01');
    expect(updateEntryText(entry('20261203'), onChange)).toBe('发生变化时更新 · 变化日期 2026-12-03');
    expect(updateEntryText(entry(undefined, office('supervisor')), task)).toBe('学校督导室同意申请更新');
    // A dated point stays a point after the table was switched to on-change.
    expect(updateEntryText(entry('20261101'), { ...onChange, updatePoints: ['20261101'] })).toBe(
      '依据更新点 2026-11-01',
    );
    expect(updateEntryText({ ...entry(undefined), action: 'return' }, task)).toBeNull();
  });
});
