/**
 * The annual report's part of the Repository: reads straight from Dexie, writes through the data writer
 * (report-writes.ts: one audited transaction each). Refusals come back as Result values.
 */
import { err, ok, type Result } from '../../shared/result';
import type { ChapterSave } from '../../shared/report/chapter-history';
import type { ReportPatch, StatusChange } from '../../shared/report/report-settings';
import type { ChapterVersion, Report } from '../../shared/report/report-types';
import type { WriteResult } from '../db/data-writer';
import {
  getChapterVersion,
  getReport,
  listChapterVersions,
  listReports,
  loadReportChapters,
} from '../db/report-reads';
import type { StatusDb } from '../db/schema';
import type { WriterApi } from '../db/storage-startup';

type Outcome = Result<void>;

interface ActorLike {
  readonly name: string;
}

export interface ReportRepository {
  listReports(workspaceId: string): Promise<Report[]>;
  loadReport(workspaceId: string, reportId: string): Promise<Report | undefined>;
  /** The head version of every chapter, in outline order. */
  loadReportChapters(report: Report): Promise<ChapterVersion[]>;
  listChapterVersions(workspaceId: string, reportId: string, chapterId: string): Promise<ChapterVersion[]>;
  loadChapterVersion(
    workspaceId: string,
    reportId: string,
    chapterId: string,
    version: number,
  ): Promise<ChapterVersion | undefined>;
  createReport(workspaceId: string, req: { id: string; year: number }, actor: ActorLike): Promise<Outcome>;
  saveReportChapter(
    workspaceId: string,
    reportId: string,
    save: ChapterSave,
    actor: ActorLike,
  ): Promise<Outcome>;
  updateReport(workspaceId: string, reportId: string, patch: ReportPatch, actor: ActorLike): Promise<Outcome>;
  setReportStatus(
    workspaceId: string,
    reportId: string,
    change: StatusChange,
    actor: ActorLike,
  ): Promise<Outcome>;
}

function outcome(r: WriteResult): Outcome {
  return r.ok ? ok(undefined) : err(r.error.code, r.error.message);
}

export function createDexieReportRepository(db: StatusDb, writer: WriterApi): ReportRepository {
  const ctx = (a: ActorLike) => ({ actor: a.name });
  return {
    listReports: (id) => listReports(db, id),
    loadReport: (id, reportId) => getReport(db, id, reportId),
    loadReportChapters: (report) => loadReportChapters(db, report),
    listChapterVersions: (id, reportId, chapterId) => listChapterVersions(db, id, reportId, chapterId),
    loadChapterVersion: (id, reportId, chapterId, v) => getChapterVersion(db, id, reportId, chapterId, v),
    createReport: async (id, req, a) => outcome(await writer.createReport(id, req, ctx(a))),
    saveReportChapter: async (id, reportId, save, a) =>
      outcome(await writer.saveReportChapter(id, reportId, save, ctx(a))),
    updateReport: async (id, reportId, patch, a) =>
      outcome(await writer.updateReport(id, reportId, patch, ctx(a))),
    setReportStatus: async (id, reportId, change, a) =>
      outcome(await writer.setReportStatus(id, reportId, change, ctx(a))),
  };
}
