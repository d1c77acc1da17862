/** Reads of the annual report's stores (direct, fine inside liveQuery); writes are in report-writes.ts. */
import Dexie from 'dexie';
import {
  chapterVersionSchema,
  reportSchema,
  type ChapterVersion,
  type Report,
} from '../../shared/report/report-types';
import type { ChapterVersionRecord, StatusDb } from './schema';

function asReport(rec: Report | undefined): Report | undefined {
  if (!rec) return undefined;
  const { workspaceId: _w, ...rest } = rec;
  const r = reportSchema.safeParse({ ...rest, workspaceId: rec.workspaceId });
  return r.success ? r.data : undefined;
}

function asVersion(rec: ChapterVersionRecord): ChapterVersion | undefined {
  const { workspaceId: _w, ...rest } = rec;
  const r = chapterVersionSchema.safeParse(rest);
  return r.success ? r.data : undefined;
}

/** The workspace's reports (a record that no longer validates is left out rather than shown half). */
export async function listReports(db: StatusDb, workspaceId: string): Promise<Report[]> {
  const recs = await db.reports
    .where(':id')
    .between([workspaceId, Dexie.minKey], [workspaceId, Dexie.maxKey])
    .toArray();
  return recs.map(asReport).filter((r): r is Report => r !== undefined);
}

export async function getReport(
  db: StatusDb,
  workspaceId: string,
  reportId: string,
): Promise<Report | undefined> {
  return asReport(await db.reports.get([workspaceId, reportId]));
}

export async function getChapterVersion(
  db: StatusDb,
  workspaceId: string,
  reportId: string,
  chapterId: string,
  version: number,
): Promise<ChapterVersion | undefined> {
  const rec = await db.reportChapters.get([workspaceId, reportId, chapterId, version]);
  return rec ? asVersion(rec) : undefined;
}

/** Every saved version of a chapter, oldest first. */
export async function listChapterVersions(
  db: StatusDb,
  workspaceId: string,
  reportId: string,
  chapterId: string,
): Promise<ChapterVersion[]> {
  const recs = await db.reportChapters
    .where(':id')
    .between(
      [workspaceId, reportId, chapterId, Dexie.minKey],
      [workspaceId, reportId, chapterId, Dexie.maxKey],
    )
    .toArray();
  return recs.map(asVersion).filter((v): v is ChapterVersion => v !== undefined);
}

/** The head version of every chapter, in outline order. */
export async function loadReportChapters(db: StatusDb, report: Report): Promise<ChapterVersion[]> {
  const keys = report.chapters.map(
    (c) => [report.workspaceId, report.id, c.id, c.head] as [string, string, string, number],
  );
  const recs = await db.reportChapters.bulkGet(keys);
  return recs.map((r) => (r ? asVersion(r) : undefined)).filter((v): v is ChapterVersion => v !== undefined);
}
