/**
 * The open report: its record, each chapter's head version, and which chapter is being edited. Saves
 * go through the repository (the data writer) and the store reloads what was committed, so the page
 * never shows a version that was not stored.
 */
import { create } from 'zustand';
import type { ChapterVersion, Report } from '../../../shared/report/report-types';
import type { ReportPatch, StatusChange } from '../../../shared/report/report-settings';
import type { Result } from '../../../shared/result';
import { newUuid } from '../../../shared/ids';
import { repository } from '../../data/repository-instance';

interface ActorLike {
  readonly name: string;
}

interface ReportState {
  readonly workspaceId: string | null;
  readonly report: Report | null;
  readonly heads: ReadonlyMap<string, ChapterVersion>;
  readonly chapterId: string | null;
  readonly loading: boolean;
  load(workspaceId: string, year: number): Promise<void>;
  create(workspaceId: string, year: number, actor: ActorLike): Promise<Result<void>>;
  open(chapterId: string): void;
  saveChapter(content: unknown, note: string, actor: ActorLike): Promise<Result<void>>;
  update(patch: ReportPatch, actor: ActorLike): Promise<Result<void>>;
  setStatus(change: StatusChange, actor: ActorLike): Promise<Result<void>>;
}

export const useReportStore = create<ReportState>((set, get) => {
  async function reload(workspaceId: string, reportId: string): Promise<void> {
    const report = (await repository().loadReport(workspaceId, reportId)) ?? null;
    const heads = new Map<string, ChapterVersion>();
    if (report) for (const v of await repository().loadReportChapters(report)) heads.set(v.chapterId, v);
    const current = get().chapterId;
    const chapterId = report?.chapters.some((c) => c.id === current)
      ? current
      : (report?.chapters[0]?.id ?? null);
    set({ workspaceId, report, heads, chapterId, loading: false });
  }
  return {
    workspaceId: null,
    report: null,
    heads: new Map(),
    chapterId: null,
    loading: false,
    async load(workspaceId, year) {
      set({ loading: true, workspaceId });
      const found = (await repository().listReports(workspaceId)).find((r) => r.year === year && !r.kind);
      if (found) await reload(workspaceId, found.id);
      else set({ report: null, heads: new Map(), chapterId: null, loading: false });
    },
    async create(workspaceId, year, actor) {
      const id = newUuid();
      const r = await repository().createReport(workspaceId, { id, year }, actor);
      if (r.ok) await reload(workspaceId, id);
      return r;
    },
    open: (chapterId) => set({ chapterId }),
    async saveChapter(content, note, actor) {
      const { report, chapterId, workspaceId } = get();
      const meta = report?.chapters.find((c) => c.id === chapterId);
      if (!report || !meta || !workspaceId)
        return { ok: false, error: { code: 'no-report', message: '没有打开的章节。' } };
      const r = await repository().saveReportChapter(
        workspaceId,
        report.id,
        { chapterId: meta.id, baseVersion: meta.head, content, note },
        actor,
      );
      if (r.ok) await reload(workspaceId, report.id);
      return r;
    },
    async update(patch, actor) {
      const { report, workspaceId } = get();
      if (!report || !workspaceId)
        return { ok: false, error: { code: 'no-report', message: '没有打开的报告。' } };
      const r = await repository().updateReport(workspaceId, report.id, patch, actor);
      if (r.ok) await reload(workspaceId, report.id);
      return r;
    },
    async setStatus(change, actor) {
      const { report, workspaceId } = get();
      if (!report || !workspaceId)
        return { ok: false, error: { code: 'no-report', message: '没有打开的报告。' } };
      const r = await repository().setReportStatus(workspaceId, report.id, change, actor);
      if (r.ok) await reload(workspaceId, report.id);
      return r;
    },
  };
});
