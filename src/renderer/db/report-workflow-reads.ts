/** Reads of the report workflow's stores (direct, fine inside liveQuery); writes are in report-workflow-writes.ts. */
import Dexie from 'dexie';
import { caseRecordSchema, type CaseRecord } from '../../shared/report-workflow/case-library';
import { chapterWorkSchema, type ChapterWork } from '../../shared/report-workflow/chapter-types';
import {
  indicatorSnapshotSchema,
  type IndicatorSnapshot,
} from '../../shared/report-workflow/indicator-snapshot';
import { reportWorkflowSchema, type ReportWorkflow } from '../../shared/report-workflow/workflow-types';
import type { ChapterWorkRecord, StatusDb } from './schema';

const range = (workspaceId: string) =>
  [
    [workspaceId, Dexie.minKey],
    [workspaceId, Dexie.maxKey],
  ] as const;

export async function getWorkflow(
  db: StatusDb,
  workspaceId: string,
  year: number,
): Promise<ReportWorkflow | undefined> {
  const r = reportWorkflowSchema.safeParse(await db.reportWorkflows.get([workspaceId, year]));
  return r.success ? r.data : undefined;
}

export function asWork(rec: ChapterWorkRecord | undefined): ChapterWork | undefined {
  if (rec === undefined) return undefined;
  const { assignmentId: _a, ...rest } = rec;
  const r = chapterWorkSchema.safeParse(rest);
  return r.success ? r.data : undefined;
}

export async function getChapterWork(
  db: StatusDb,
  workspaceId: string,
  assignmentId: string,
): Promise<ChapterWork | undefined> {
  return asWork(await db.chapterWork.get([workspaceId, assignmentId]));
}

/** Every assignment the station holds (a record that no longer validates is left out). */
export async function listChapterWork(db: StatusDb, workspaceId: string): Promise<ChapterWork[]> {
  const [lo, hi] = range(workspaceId);
  const recs = await db.chapterWork.where(':id').between(lo, hi).toArray();
  return recs.map(asWork).filter((w): w is ChapterWork => w !== undefined);
}

/** The newest indicator snapshot the office sent this station, or null. */
export async function latestSnapshot(db: StatusDb, workspaceId: string): Promise<IndicatorSnapshot | null> {
  const [lo, hi] = range(workspaceId);
  const rec = await db.officeSnapshots.where(':id').between(lo, hi).last();
  if (rec === undefined) return null;
  const { workspaceId: _w, ...rest } = rec;
  const r = indicatorSnapshotSchema.safeParse(rest);
  return r.success ? r.data : null;
}

/** Every case this station holds, of every year (cases are reused across reports and years). */
export async function listLibraryCases(db: StatusDb): Promise<CaseRecord[]> {
  const recs = await db.caseLibrary.toArray();
  return recs
    .map(({ workspaceId: _w, ...rest }) => caseRecordSchema.safeParse(rest))
    .flatMap((r) => (r.success ? [r.data] : []));
}
