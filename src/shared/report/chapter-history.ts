/**
 * Chapter versions: every save is a new version on top of the head it was edited from (a save based on
 * an older head is refused, so two windows cannot silently overwrite each other), and any two versions
 * compare as a readable line diff of their text, with live nodes shown by what they refer to.
 */
import { diffChars, diffLines } from 'diff';
import { err, ok, type Result } from '../result';
import { pmText, type PmNode } from './pm-json';
import { parseChapterContent } from './report-nodes';
import type { ChapterVersion, Report } from './report-types';

export interface ChapterSave {
  readonly chapterId: string;
  /** The head version the editor started from. */
  readonly baseVersion: number;
  readonly content: unknown;
  readonly note: string;
}

/** The next version of a chapter and the report with its head moved, or why not. */
export function saveChapterVersion(
  report: Report,
  save: ChapterSave,
  by: string,
  at: string,
): Result<{ report: Report; version: ChapterVersion }> {
  if (report.status === 'final') return err('report-final', '报告已定稿，不能再修改；如需修改请先撤销终稿。');
  const meta = report.chapters.find((c) => c.id === save.chapterId);
  if (!meta) return err('chapter-not-found', '找不到该章节，可能已被删除。');
  if (save.baseVersion !== meta.head)
    return err('chapter-conflict', `该章节已被他人保存为第 ${meta.head} 版，请刷新后再修改。`);
  const content = parseChapterContent(save.content);
  if (!content.ok) return content;
  const version: ChapterVersion = {
    reportId: report.id,
    chapterId: meta.id,
    version: meta.head + 1,
    at,
    by,
    note: save.note.trim().slice(0, 500),
    content: content.value,
  };
  const chapters = report.chapters.map((c) => (c.id === meta.id ? { ...c, head: version.version } : c));
  return ok({ report: { ...report, chapters, updatedAt: at, updatedBy: by }, version });
}

/** How a leaf without text reads in a diff: what it refers to, not what it showed. */
export function atomLabel(node: PmNode): string {
  const a = node.attrs ?? {};
  switch (node.type) {
    case 'indicatorValue':
      return `〔指标:${String(a.indicatorId)}〕`;
    case 'chart':
      return `〔图表:${String(a.title)}〕`;
    case 'dataTable':
      return `〔数据表:${String(a.title)}〕`;
    case 'caseBlock':
      return `〔案例:${String(a.title)}〕`;
    case 'image':
      return `〔图片:${String(a.caption ?? '')}〕`;
    case 'footnote':
      return `〔注:${String(a.text)}〕`;
    default:
      return '';
  }
}

export interface DiffLine {
  readonly kind: 'same' | 'added' | 'removed';
  readonly text: string;
  /** For a changed line: its characters, with the changed runs marked. */
  readonly parts?: ReadonlyArray<{ readonly text: string; readonly changed: boolean }>;
}

/**
 * A line diff of two versions' text. Where a run of removed lines is followed by added ones, the lines
 * are paired in order and each pair also gets a character diff, so an edited number stands out.
 */
export function chapterDiff(older: PmNode, newer: PmNode): DiffLine[] {
  const lines = (v: string) => v.replace(/\n$/, '').split('\n');
  const withEnd = (t: string) => (t.endsWith('\n') ? t : `${t}\n`);
  const changes = diffLines(withEnd(pmText(older, atomLabel)), withEnd(pmText(newer, atomLabel)));
  const out: DiffLine[] = [];
  for (let i = 0; i < changes.length; i++) {
    const c = changes[i]!;
    const next = changes[i + 1];
    if (c.removed && next?.added) {
      const removed = lines(c.value);
      const added = lines(next.value);
      const paired = Math.min(removed.length, added.length);
      for (let k = 0; k < paired; k++) out.push(...charPair(removed[k]!, added[k]!));
      for (const text of removed.slice(paired)) out.push({ kind: 'removed', text });
      for (const text of added.slice(paired)) out.push({ kind: 'added', text });
      i++;
      continue;
    }
    const kind = c.added ? 'added' : c.removed ? 'removed' : 'same';
    for (const text of lines(c.value)) out.push({ kind, text });
  }
  return out;
}

function charPair(before: string, after: string): DiffLine[] {
  const chars = diffChars(before, after);
  return [
    {
      kind: 'removed',
      text: before,
      parts: chars.filter((p) => !p.added).map((p) => ({ text: p.value, changed: p.removed })),
    },
    {
      kind: 'added',
      text: after,
      parts: chars.filter((p) => !p.removed).map((p) => ({ text: p.value, changed: p.added })),
    },
  ];
}
