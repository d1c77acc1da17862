/**
 * The open enterprise report: its record, each chapter's head version and the chapter being edited. The
 * same report storage as the school report (a Report with kind 'enterprise'); saves go through the
 * repository and the store reloads what was committed.
 */
import { create } from 'zustand';
import type { StatusChange } from '../../../shared/report/report-settings';
import type { ChapterVersion, Report } from '../../../shared/report/report-types';
import type { Result } from '../../../shared/result';
import { repository } from '../../data/repository-instance';
import type { Actor } from '../../data/write-outcome';

interface OpenReportState {
  readonly workspaceId: string | null;
  readonly report: Report | null;
  readonly heads: ReadonlyMap<string, ChapterVersion>;
  readonly chapterId: string | null;
  open(workspaceId: string, reportId: string): Promise<void>;
  close(): void;
  pick(chapterId: string): void;
  saveChapter(content: unknown, note: string, actor: Actor): Promise<Result<void>>;
  setStatus(change: StatusChange, actor: Actor): Promise<Result<void>>;
}

const none = { ok: false as const, error: { code: 'no-report', message: '没有打开的企业年报。' } };

export const useEnterpriseReport = create<OpenReportState>((set, get) => {
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
    workspaceId: null,
    report: null,
    heads: new Map(),
    chapterId: null,
    open: (workspaceId, reportId) => reload(workspaceId, reportId),
    close: () => set({ report: null, heads: new Map(), chapterId: null }),
    pick: (chapterId) => set({ chapterId }),
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
});
