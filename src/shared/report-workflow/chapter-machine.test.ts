import { describe, expect, it } from 'vitest';
import { applyChapterAction, assignChapter, chapterLate, chapterNext } from './chapter-machine';
import type { ChapterWork } from './chapter-types';
import { ASSIGNED_AT, assignmentOf, chapterDoc, workOf } from './testing/chapter-fixtures';

const AT = '2026-04-01T08:00:00.000Z';
const step = (w: ChapterWork, a: Parameters<typeof applyChapterAction>[1]) => {
  const r = applyChapterAction(w, a, '李主任', AT);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};
const refusal = (w: ChapterWork, a: Parameters<typeof applyChapterAction>[1]) => {
  const r = applyChapterAction(w, a, '李主任', AT);
  return r.ok ? null : r.error;
};

describe('chapter state machine 起草 → 已提交 → 已采纳 / 退回修改', () => {
  it('a department submits a draft once its head approved, as revision 1, 2, …', () => {
    const w = workOf();
    expect(refusal(w, { action: 'submit', draft: chapterDoc(), approvedBy: '' })?.message).toBe(
      '章节须经本部门负责人审核后才能提交。',
    );
    const sent = step(w, { action: 'submit', draft: chapterDoc(), approvedBy: '李主任' });
    expect(sent).toMatchObject({ state: 'submitted', revision: 1, approvedBy: '李主任' });
    expect(refusal(sent, { action: 'submit', draft: chapterDoc(), approvedBy: '李主任' })?.code).toBe(
      'chapter-state',
    );
  });

  it('the office receives only newer revisions, then returns (with a reason) or accepts', () => {
    const office = step(workOf(), { action: 'receive', revision: 1 });
    expect(office.state).toBe('submitted');
    expect(refusal(office, { action: 'receive', revision: 1 })).toMatchObject({
      code: 'chapter-older',
      message: '收到的“学生发展”是第 1 稿，不新于本站已有的第 1 稿，已拒绝。',
    });
    expect(refusal(office, { action: 'return', revision: 1, reason: '' })?.message).toBe(
      '退回修改需要填写原因。',
    );
    const commented = chapterDoc('请补充就业率。');
    const back = step(office, { action: 'return', revision: 1, reason: '数据不全', draft: commented });
    expect(back).toMatchObject({ state: 'returned', draft: commented });
    expect(refusal(back, { action: 'accept', revision: 1 })?.code).toBe('chapter-state');
    const again = step(back, { action: 'receive', revision: 2 });
    expect(refusal(again, { action: 'accept', revision: 1 })?.code).toBe('chapter-older');
    const done = step(again, { action: 'accept', revision: 2 });
    expect(done.state).toBe('accepted');
    expect(done.history.map((h) => h.action)).toEqual(['assign', 'receive', 'return', 'receive', 'accept']);
    expect(refusal(done, { action: 'receive', revision: 3 })?.code).toBe('chapter-state');
  });

  it('keeps a reassignment to the same department and chapter, refuses moving it elsewhere', () => {
    const w = workOf();
    const later = assignChapter(w, 'ws', assignmentOf({ due: '2026-05-15' }), '督导室', AT, null);
    expect(later.ok && later.value.assignment.due).toBe('2026-05-15');
    expect(assignChapter(w, 'ws', assignmentOf({ departmentCode: 'RSC' }), '督导室', AT, null).ok).toBe(
      false,
    );
    const fresh = assignChapter(undefined, 'ws', assignmentOf(), '督导室', ASSIGNED_AT, null);
    expect(fresh.ok && fresh.value.state).toBe('drafting');
  });

  it('says who holds the chapter, what is next and whether it is late', () => {
    expect(chapterNext(workOf()).holder).toBe('department');
    expect(chapterNext(workOf({ state: 'submitted' })).holder).toBe('office');
    expect(chapterNext(workOf({ state: 'accepted' })).holder).toBeNull();
    expect(chapterLate(workOf(), '2026-05-01')).toBe(true);
    expect(chapterLate(workOf({ state: 'accepted' }), '2026-05-01')).toBe(false);
    expect(chapterLate(workOf(), '2026-04-30')).toBe(false);
  });
});
