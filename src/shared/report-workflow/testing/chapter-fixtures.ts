/** Test kit for the report workflow: an assignment, a chapter text, a work record. Only tests import it. */
import type { PmNode } from '../../report/pm-json';
import type { ChapterAssignment, ChapterWork } from '../chapter-types';

export const ASSIGNED_AT = '2026-03-01T08:00:00.000Z';

export function assignmentOf(overrides: Partial<ChapterAssignment> = {}): ChapterAssignment {
  return {
    id: 'as-students',
    year: 2026,
    chapterId: 'ch-students',
    title: '学生发展',
    departmentCode: 'JWC',
    due: '2026-04-30',
    via: null,
    brief: '写清在校生规模与就业情况',
    ...overrides,
  };
}

export function chapterDoc(text = '本年度在校生规模稳定。', extra: readonly PmNode[] = []): PmNode {
  return {
    type: 'doc',
    content: [
      { type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: '学生发展' }] },
      { type: 'paragraph', content: [{ type: 'text', text }] },
      ...extra,
    ],
  };
}

export function workOf(overrides: Partial<ChapterWork> = {}): ChapterWork {
  return {
    workspaceId: 'ws',
    assignment: assignmentOf(),
    state: 'drafting',
    revision: 0,
    history: [{ action: 'assign', at: ASSIGNED_AT, by: '督导室', revision: 0 }],
    draft: null,
    approvedBy: null,
    ...overrides,
  };
}

/** A PNG data URL of `bytes` bytes (a real PNG signature, then padding). */
export function pngDataUrl(bytes: number): string {
  const b = new Uint8Array(bytes);
  b.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  let bin = '';
  for (const x of b) bin += String.fromCharCode(x);
  return `data:image/png;base64,${btoa(bin)}`;
}
