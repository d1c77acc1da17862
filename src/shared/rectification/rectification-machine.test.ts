import { describe, expect, it } from 'vitest';
import { newRectificationItem } from './new-rectification';
import { sampleRectificationItem } from './testing/sample-item';
import {
  allowedActions,
  applyRectificationStep,
  isBlockingOpen,
  isOverdue,
  mergeReceivedItem,
  type RectificationStep,
} from './rectification-machine';
import type { RectificationItem } from './rectification-types';

const item = (): RectificationItem =>
  sampleRectificationItem({
    id: '00000000-0000-4000-8000-000000000001',
    detail: '生师比 19.5，高于合格值 18',
    at: '2026-12-01T08:00:00.000Z',
  });

const step = (
  action: RectificationStep['action'],
  role: RectificationStep['role'],
  note = '',
): RectificationStep => ({
  action,
  role,
  by: role === 'office' ? '督导室' : '人事处',
  at: `2026-12-0${action.length}T00:00:00.000Z`,
  note,
});

function run(start: RectificationItem, ...steps: RectificationStep[]): RectificationItem {
  return steps.reduce((it, s) => {
    const r = applyRectificationStep(it, s);
    if (!r.ok) throw new Error(r.error.message);
    return r.value;
  }, start);
}

describe('rectification state machine', () => {
  it('goes 待整改 → 整改中 → 已整改 → accepted, and is then no longer blocking', () => {
    const done = run(item(), step('start', 'department'), step('fix', 'department', '补录 3 名教师'));
    expect(done).toMatchObject({ state: 'fixed', accepted: false, response: '补录 3 名教师', revision: 3 });
    expect(isBlockingOpen(done)).toBe(true);
    const accepted = run(done, step('accept', 'office'));
    expect(accepted).toMatchObject({ state: 'fixed', accepted: true });
    expect(isBlockingOpen(accepted)).toBe(false);
    expect(accepted.history.map((h) => h.action)).toEqual(['start', 'fix', 'accept']);
  });

  it('lets the department explain instead, and the office reopen with a reason', () => {
    const explained = run(item(), step('explain', 'department', '口径差异：含休学'));
    expect(explained.state).toBe('explained');
    expect(applyRectificationStep(explained, step('reopen', 'office'))).toMatchObject({
      ok: false,
      error: { code: 'note-required', message: '请填写退回原因' },
    });
    const reopened = run(explained, step('accept', 'office'), step('reopen', 'office', '说明不充分'));
    expect(reopened).toMatchObject({ state: 'open', accepted: false, response: '口径差异：含休学' });
  });

  it('refuses steps the role may not take or the state does not allow', () => {
    const r = applyRectificationStep(item(), step('accept', 'office'));
    expect(r).toMatchObject({
      ok: false,
      error: { message: '督导室不能对“待整改”的整改事项执行“验收通过”' },
    });
    expect(applyRectificationStep(item(), step('start', 'office')).ok).toBe(false);
    expect(applyRectificationStep(item(), step('fix', 'department')).ok).toBe(false);
    const accepted = run(item(), step('fix', 'department', 'x'), step('accept', 'office'));
    expect(allowedActions(accepted, 'department')).toEqual([]);
    expect(allowedActions(accepted, 'office')).toEqual(['reopen']);
    expect(allowedActions(item(), 'department')).toEqual(['start', 'fix', 'explain']);
  });

  it('marks items still with the department after their due date as overdue', () => {
    expect(isOverdue(item(), '20261216')).toBe(true);
    expect(isOverdue(item(), '20261215')).toBe(false);
    expect(isOverdue(run(item(), step('fix', 'department', 'x')), '20270101')).toBe(false);
  });

  it('refuses to create an item without a title or with a bad due date', () => {
    const base = { ...item(), id: item().id, by: 'x', at: 'y' };
    expect(newRectificationItem({ ...base, title: ' ' })).toMatchObject({
      ok: false,
      error: { message: '整改事项填写有误：整改内容不能为空' },
    });
    expect(newRectificationItem({ ...base, dueDate: '2026-12-15' }).ok).toBe(false);
  });
});

describe('mergeReceivedItem', () => {
  it('takes new items only from the office', () => {
    expect(mergeReceivedItem(undefined, item(), 'office')).toMatchObject({ ok: true });
    expect(mergeReceivedItem(undefined, item(), 'department').ok).toBe(false);
  });

  it("replays the department's answer at the office, and keeps the newer local item", () => {
    const office = item();
    const answered = run(office, step('fix', 'department', '已更正'));
    const merged = mergeReceivedItem(office, answered, 'department');
    expect(merged).toMatchObject({ ok: true, value: { state: 'fixed', revision: 2, response: '已更正' } });
    expect(mergeReceivedItem(answered, office, 'department')).toMatchObject({ ok: true, value: answered });
  });

  it('refuses a bundle carrying steps its sender may not take', () => {
    const office = item();
    const forged = run(office, step('fix', 'department', 'x'), step('accept', 'office'));
    expect(mergeReceivedItem(office, forged, 'department')).toMatchObject({
      ok: false,
      error: { code: 'bad-merge' },
    });
    const rewritten = { ...run(office, step('fix', 'department', 'x')), history: [] };
    expect(
      mergeReceivedItem(run(office, step('start', 'department')), { ...rewritten, revision: 9 }, 'department')
        .ok,
    ).toBe(false);
  });
});
