/**
 * The chapter state machine, pure: 起草 → 已提交 (the 负责人 approves and the chapter is sent) → 已采纳,
 * or 退回修改 → 已提交 again. The office takes its decisions only on a submitted chapter; a department
 * submits only a draft or a returned chapter; an accepted chapter is closed. The same rules run on the
 * office's copy (receive, return, accept) and on the department's (submit, and the office's decisions
 * arriving in a chapter bundle).
 */
import { err, ok, type Result } from '../result';
import type { PmNode } from '../report/pm-json';
import { CHAPTER_STATE_LABELS, type ChapterAssignment, type ChapterWork } from './chapter-types';

export type ChapterAction =
  | { readonly action: 'submit'; readonly draft: PmNode; readonly approvedBy: string }
  | { readonly action: 'receive'; readonly revision: number }
  | { readonly action: 'return'; readonly revision: number; readonly reason: string; readonly draft?: PmNode }
  | { readonly action: 'accept'; readonly revision: number };

/** A new assignment's work record, or the same record with the assignment's new terms. */
export function assignChapter(
  held: ChapterWork | undefined,
  workspaceId: string,
  assignment: ChapterAssignment,
  by: string,
  at: string,
  draft: PmNode | null,
): Result<ChapterWork> {
  if (held === undefined)
    return ok({
      workspaceId,
      assignment,
      state: 'drafting',
      revision: 0,
      history: [{ action: 'assign', at, by, revision: 0 }],
      draft,
      approvedBy: null,
    });
  if (held.assignment.departmentCode !== assignment.departmentCode)
    return err('chapter-refused', `该章节已分配给 ${held.assignment.departmentCode}，不能改派；请新建分工。`);
  if (held.assignment.chapterId !== assignment.chapterId)
    return err('chapter-refused', '分工对应的报告章节不能更改；请新建分工。');
  return ok({ ...held, assignment });
}

function refuse(work: ChapterWork, what: string): Result<ChapterWork> {
  return err(
    'chapter-state',
    `“${work.assignment.title}”当前为${CHAPTER_STATE_LABELS[work.state]}，不能${what}。`,
  );
}

export function applyChapterAction(
  work: ChapterWork,
  a: ChapterAction,
  by: string,
  at: string,
): Result<ChapterWork> {
  switch (a.action) {
    case 'submit': {
      if (work.state !== 'drafting' && work.state !== 'returned') return refuse(work, '提交');
      if (a.approvedBy.trim() === '') return err('chapter-refused', '章节须经本部门负责人审核后才能提交。');
      const revision = work.revision + 1;
      return ok({
        ...work,
        state: 'submitted',
        revision,
        draft: a.draft,
        approvedBy: a.approvedBy,
        history: [...work.history, { action: 'submit', at, by, revision }],
      });
    }
    case 'receive': {
      if (work.state === 'accepted') return refuse(work, '再接收新稿');
      if (a.revision <= work.revision)
        return err(
          'chapter-older',
          `收到的“${work.assignment.title}”是第 ${a.revision} 稿，不新于本站已有的第 ${work.revision} 稿，已拒绝。`,
        );
      return ok({
        ...work,
        state: 'submitted',
        revision: a.revision,
        history: [...work.history, { action: 'receive', at, by, revision: a.revision }],
      });
    }
    case 'return':
    case 'accept': {
      if (work.state !== 'submitted') return refuse(work, a.action === 'return' ? '退回' : '采纳');
      if (a.revision !== work.revision)
        return err(
          'chapter-older',
          `该决定针对第 ${a.revision} 稿，但“${work.assignment.title}”当前是第 ${work.revision} 稿，已拒绝。`,
        );
      if (a.action === 'accept')
        return ok({
          ...work,
          state: 'accepted',
          history: [...work.history, { action: 'accept', at, by, revision: a.revision }],
        });
      if (a.reason.trim() === '') return err('chapter-refused', '退回修改需要填写原因。');
      return ok({
        ...work,
        state: 'returned',
        ...(a.draft === undefined ? {} : { draft: a.draft }),
        history: [
          ...work.history,
          { action: 'return', at, by, revision: a.revision, reason: a.reason.trim() },
        ],
      });
    }
  }
}

/** Who holds the chapter now and what comes next, for the board. */
export function chapterNext(work: ChapterWork): {
  readonly holder: 'department' | 'office' | null;
  readonly next: string;
} {
  switch (work.state) {
    case 'drafting':
      return { holder: 'department', next: '部门起草，负责人审核后提交' };
    case 'returned':
      return { holder: 'department', next: '部门按意见修改后重新提交' };
    case 'submitted':
      return { holder: 'office', next: '督导室审阅：采纳或退回修改' };
    case 'accepted':
      return { holder: null, next: '已并入报告' };
  }
}

/** Not done and past its due date (YYYY-MM-DD), as of `today`. */
export function chapterLate(work: ChapterWork, today: string): boolean {
  return work.state !== 'accepted' && work.assignment.due < today;
}
