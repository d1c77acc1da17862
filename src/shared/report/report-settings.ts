/**
 * Changes to a report other than chapter text: title, key points, required annexes, chapters added or
 * removed, and the status (终稿 only with no blocking finding; back to draft only with a reason). Pure
 * `(report, change) => Result<report>`, run by the data writer inside its transaction.
 */
import { z } from 'zod';
import { err, ok, type Result } from '../result';
import { headingDoc, type PmNode } from './pm-json';
import { keyPointSchema, reportSchema, type ChapterMeta, type Report } from './report-types';

export const reportPatchSchema = z.object({
  title: z.string().trim().min(1).max(200).optional(),
  keyPoints: z.array(keyPointSchema).max(60).optional(),
  requiredAnnexes: z.array(z.string().trim().min(1).max(60)).max(20).optional(),
  /** Renames chapters by id. */
  chapterTitles: z.record(z.string(), z.string().trim().min(1).max(100)).optional(),
  addChapter: z
    .object({ id: z.string().min(1).max(60), title: z.string().trim().min(1).max(100) })
    .optional(),
  removeChapter: z.string().min(1).max(60).optional(),
});
export type ReportPatch = z.infer<typeof reportPatchSchema>;

export interface PatchOutcome {
  readonly report: Report;
  /** Version 1 of a chapter the patch added. */
  readonly added: { readonly chapterId: string; readonly content: PmNode } | null;
  readonly changed: readonly string[];
}

export function applyReportPatch(
  report: Report,
  input: unknown,
  by: string,
  at: string,
): Result<PatchOutcome> {
  if (report.status === 'final') return err('report-final', '报告已定稿，不能再修改；如需修改请先撤销终稿。');
  const parsed = reportPatchSchema.safeParse(input);
  if (!parsed.success) return err('report-invalid', '报告设置不正确，请检查后再保存。');
  const p = parsed.data;
  const changed: string[] = [];
  let chapters: ChapterMeta[] = report.chapters;
  if (p.chapterTitles) {
    for (const id of Object.keys(p.chapterTitles))
      if (!chapters.some((c) => c.id === id)) return err('chapter-not-found', '找不到要改名的章节。');
    chapters = chapters.map((c) => ({ ...c, title: p.chapterTitles?.[c.id] ?? c.title }));
    changed.push('chapterTitles');
  }
  let added: PatchOutcome['added'] = null;
  if (p.addChapter) {
    const { id, title } = p.addChapter;
    if (chapters.some((c) => c.id === id)) return err('report-invalid', '章节标识重复。');
    // A new chapter goes before the annexes and cases, where free chapters belong.
    const at_ = chapters.findIndex((c) => c.kind === 'annex' || c.kind === 'cases');
    const meta: ChapterMeta = { id, key: 'custom', title, kind: 'section', required: false, head: 1 };
    chapters = at_ < 0 ? [...chapters, meta] : [...chapters.slice(0, at_), meta, ...chapters.slice(at_)];
    added = { chapterId: id, content: headingDoc(title) };
    changed.push('addChapter');
  }
  if (p.removeChapter) {
    const gone = chapters.find((c) => c.id === p.removeChapter);
    if (!gone) return err('chapter-not-found', '找不到要删除的章节。');
    // The notice's chapters stay: a missing one is a finding to write, not a chapter to drop.
    if (gone.required) return err('report-invalid', `“${gone.title}”是年报必备章节，不能删除。`);
    if (chapters.length === 1) return err('report-invalid', '报告至少要有一个章节。');
    chapters = chapters.filter((c) => c.id !== p.removeChapter);
    changed.push('removeChapter');
  }
  const next: Report = {
    ...report,
    ...(p.title !== undefined ? { title: p.title } : {}),
    ...(p.keyPoints !== undefined ? { keyPoints: p.keyPoints } : {}),
    ...(p.requiredAnnexes !== undefined ? { requiredAnnexes: p.requiredAnnexes } : {}),
    chapters,
    updatedAt: at,
    updatedBy: by,
  };
  for (const k of ['title', 'keyPoints', 'requiredAnnexes'] as const) if (p[k] !== undefined) changed.push(k);
  const valid = reportSchema.safeParse(next);
  if (!valid.success) return err('report-invalid', '报告设置不正确，请检查后再保存。');
  return ok({ report: valid.data, added, changed });
}

export type StatusChange =
  | {
      readonly status: 'final';
      /** The consistency check run just before: its blocking findings and the lock it read. */
      readonly blocking: number;
      readonly lockRef: string | null;
    }
  | { readonly status: 'draft'; readonly reason: string };

export function changeReportStatus(
  report: Report,
  change: StatusChange,
  by: string,
  at: string,
): Result<Report> {
  if (change.status === 'final') {
    if (report.status === 'final') return err('report-final', '报告已是终稿。');
    if (change.blocking > 0)
      return err('report-blocked', `合规审查还有 ${change.blocking} 项必须处理的问题，不能定稿。`);
    return ok({
      ...report,
      status: 'final',
      lockRef: change.lockRef,
      finalizedAt: at,
      updatedAt: at,
      updatedBy: by,
    });
  }
  if (report.status !== 'final') return err('report-invalid', '报告尚未定稿。');
  if (!change.reason.trim()) return err('report-invalid', '撤销终稿必须填写原因。');
  return ok({ ...report, status: 'draft', finalizedAt: null, updatedAt: at, updatedBy: by });
}
