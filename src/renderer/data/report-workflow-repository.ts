/**
 * The report workflow's part of the Repository: the steps board, chapter assignments and drafts. Reads
 * go straight to Dexie; writes through the data writer (report-workflow-writes.ts), refusals as values.
 */
import type { ChapterWork } from '../../shared/report-workflow/chapter-types';
import type { IndicatorSnapshot } from '../../shared/report-workflow/indicator-snapshot';
import type { ReportWorkflow } from '../../shared/report-workflow/workflow-types';
import { getWorkflow, latestSnapshot, listChapterWork, listLibraryCases } from '../db/report-workflow-reads';
import type { CaseRecord } from '../../shared/report-workflow/case-library';
import type { StatusDb } from '../db/schema';
import type { WriterApi } from '../db/storage-startup';
import { outcome, writeContext as ctx, type Actor, type WriteOutcome } from './write-outcome';

export interface ReportWorkflowRepository {
  loadWorkflow(workspaceId: string, year: number): Promise<ReportWorkflow | undefined>;
  listChapterWork(workspaceId: string): Promise<ChapterWork[]>;
  latestOfficeSnapshot(workspaceId: string): Promise<IndicatorSnapshot | null>;
  /** Every case of the 案例库, of every year this station holds. */
  listLibraryCases(): Promise<CaseRecord[]>;
  saveLibraryCase(workspaceId: string, record: unknown, actor: Actor): Promise<WriteOutcome>;
  changeReportWorkflow(
    workspaceId: string,
    year: number,
    change: unknown,
    actor: Actor,
  ): Promise<WriteOutcome>;
  assignReportChapter(workspaceId: string, assignment: unknown, actor: Actor): Promise<WriteOutcome>;
  saveChapterDraft(
    workspaceId: string,
    assignmentId: string,
    content: unknown,
    actor: Actor,
  ): Promise<WriteOutcome>;
}

export function createDexieReportWorkflowRepository(
  db: StatusDb,
  writer: WriterApi,
): ReportWorkflowRepository {
  return {
    loadWorkflow: (id, year) => getWorkflow(db, id, year),
    listChapterWork: (id) => listChapterWork(db, id),
    latestOfficeSnapshot: (id) => latestSnapshot(db, id),
    listLibraryCases: () => listLibraryCases(db),
    saveLibraryCase: async (id, record, actor) =>
      outcome(await writer.saveLibraryCase(id, record, ctx(actor))),
    changeReportWorkflow: async (id, year, change, actor) =>
      outcome(await writer.changeReportWorkflow(id, year, change, ctx(actor))),
    assignReportChapter: async (id, assignment, actor) =>
      outcome(await writer.assignReportChapter(id, assignment, ctx(actor))),
    saveChapterDraft: async (id, assignmentId, content, actor) =>
      outcome(await writer.saveChapterDraft(id, assignmentId, content, ctx(actor))),
  };
}
