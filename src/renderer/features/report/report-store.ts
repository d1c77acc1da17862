/**
 * The open school report: its record, each chapter's head version, and which chapter is being edited;
 * loading, creating and the report's settings here, the rest shared with the enterprise report
 * (report-actions.ts).
 */
import { create } from 'zustand';
import type { ReportPatch, StatusChange } from '../../../shared/report/report-settings';
import type { Result } from '../../../shared/result';
import { newUuid } from '../../../shared/ids';
import { repository } from '../../data/repository-instance';
import { reportActions, type OpenReport } from './report-actions';

interface ActorLike {
  readonly name: string;
}

interface ReportState extends OpenReport {
  readonly loading: boolean;
  load(workspaceId: string, year: number): Promise<void>;
  create(workspaceId: string, year: number, actor: ActorLike): Promise<Result<void>>;
  open(chapterId: string): void;
  saveChapter(content: unknown, note: string, actor: ActorLike): Promise<Result<void>>;
  update(patch: ReportPatch, actor: ActorLike): Promise<Result<void>>;
  setStatus(change: StatusChange, actor: ActorLike): Promise<Result<void>>;
}

export const useReportStore = create<ReportState>((set, get) => {
  const actions = reportActions(get, (open) => set({ ...open, loading: false }), '没有打开的报告。');
  const { reload } = actions;
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
    saveChapter: actions.saveChapter,
    async update(patch, actor) {
      const { report, workspaceId } = get();
      if (!report || !workspaceId)
        return { ok: false, error: { code: 'no-report', message: '没有打开的报告。' } };
      const r = await repository().updateReport(workspaceId, report.id, patch, actor);
      if (r.ok) await reload(workspaceId, report.id);
      return r;
    },
    setStatus: actions.setStatus,
  };
});
