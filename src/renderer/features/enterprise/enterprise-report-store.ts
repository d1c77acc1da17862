/**
 * The open enterprise report: its record, each chapter's head version and the chapter being edited. The
 * same report storage as the school report (a Report with kind 'enterprise') and the same actions
 * (report/report-actions.ts).
 */
import { create } from 'zustand';
import { reportActions, type OpenReport, type ReportActions } from '../report/report-actions';

interface OpenReportState extends OpenReport {
  open(workspaceId: string, reportId: string): Promise<void>;
  close(): void;
  pick(chapterId: string): void;
  saveChapter: ReportActions['saveChapter'];
  setStatus: ReportActions['setStatus'];
}

export const useEnterpriseReport = create<OpenReportState>((set, get) => {
  const actions = reportActions(get, set, '没有打开的企业年报。');
  return {
    workspaceId: null,
    report: null,
    heads: new Map(),
    chapterId: null,
    open: actions.reload,
    close: () => set({ report: null, heads: new Map(), chapterId: null }),
    pick: (chapterId) => set({ chapterId }),
    saveChapter: actions.saveChapter,
    setStatus: actions.setStatus,
  };
});
