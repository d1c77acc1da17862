/**
 * What every open-report store does the same way, whichever report it holds (the school report, an
 * enterprise report): reload the record and each chapter's head version, save the chapter being edited
 * as its next version, change the status. Writes go through the repository (the data writer) and the
 * store reloads what was committed, so a page never shows a version that was not stored.
 */
import type { ChapterVersion, Report } from '../../../shared/report/report-types';
import type { StatusChange } from '../../../shared/report/report-settings';
import type { Result } from '../../../shared/result';
import { repository } from '../../data/repository-instance';

export interface OpenReport {
  readonly workspaceId: string | null;
  readonly report: Report | null;
  readonly heads: ReadonlyMap<string, ChapterVersion>;
  readonly chapterId: string | null;
}

interface ActorLike {
  readonly name: string;
}

export interface ReportActions {
  reload(workspaceId: string, reportId: string): Promise<void>;
  saveChapter(content: unknown, note: string, actor: ActorLike): Promise<Result<void>>;
  setStatus(change: StatusChange, actor: ActorLike): Promise<Result<void>>;
}

/** `missing` is the message when no report (or chapter) is open. */
export function reportActions(
  get: () => OpenReport,
  set: (next: OpenReport) => void,
  missing: string,
): ReportActions {
  const none = { ok: false as const, error: { code: 'no-report', message: missing } };
  async function reload(workspaceId: string, reportId: string): Promise<void> {
    const report = (await repository().loadReport(workspaceId, reportId)) ?? null;
    const heads = new Map<string, ChapterVersion>();
    if (report) for (const v of await repository().loadReportChapters(report)) heads.set(v.chapterId, v);
    const current = get().chapterId;
    const chapterId = report?.chapters.some((c) => c.id === current)
      ? current
      : (report?.chapters[0]?.id ?? null);
    set({ workspaceId, report, heads, chapterId });
  }
  return {
    reload,
    async saveChapter(content, note, actor) {
      const { report, chapterId, workspaceId } = get();
      const meta = report?.chapters.find((c) => c.id === chapterId);
      if (!report || !meta || !workspaceId) return none;
      const r = await repository().saveReportChapter(
        workspaceId,
        report.id,
        { chapterId: meta.id, baseVersion: meta.head, content, note },
        actor,
      );
      if (r.ok) await reload(workspaceId, report.id);
      return r;
    },
    async setStatus(change, actor) {
      const { report, workspaceId } = get();
      if (!report || !workspaceId) return none;
      const r = await repository().setReportStatus(workspaceId, report.id, change, actor);
      if (r.ok) await reload(workspaceId, report.id);
      return r;
    },
  };
}
