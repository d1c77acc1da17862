/**
 * The annual report's writes, run by the one data writer (data-writer.ts registers them): create a
 * report from the template, save a chapter version, change its settings, mark it 终稿 or back. Each
 * runs the pure rule (src/shared/report) on the stored copy inside the transaction and appends its
 * audit event there; the audit names chapters and versions, never the text.
 */
import type { AuditKind, AuditSummary } from '../../shared/audit/audit-chain';
import { saveChapterVersion, type ChapterSave } from '../../shared/report/chapter-history';
import { retitledContent } from '../../shared/report/chapter-retitle';
import { newReport } from '../../shared/report/report-template';
import { applyReportPatch, changeReportStatus, type StatusChange } from '../../shared/report/report-settings';
import type { ChapterVersion, Report } from '../../shared/report/report-types';
import type { Workspace } from '../../shared/workspace/workspace-types';
import type { WriteContext, WriteResult } from './data-writer';
import { getChapterVersion, getReport, listReports } from './report-reads';
import type { StatusDb } from './schema';
import { WriteRejected } from './write-errors';

export interface ReportTx {
  readonly at: string;
  audit(kind: AuditKind, summary: AuditSummary): Promise<void>;
}
export type ReportRunner = (
  workspaceId: string,
  ctx: WriteContext,
  body: (tx: ReportTx) => Promise<void>,
) => Promise<WriteResult>;

export interface NewReportRequest {
  readonly id: string;
  readonly year: number;
}

function refused(r: { ok: false; error: { message: string } }): never {
  throw new WriteRejected('report-refused', r.error.message);
}

async function stored(db: StatusDb, workspaceId: string, reportId: string): Promise<Report> {
  const r = await getReport(db, workspaceId, reportId);
  if (!r) throw new WriteRejected('report-refused', '找不到该报告，可能已被删除。');
  return r;
}

async function putReport(db: StatusDb, report: Report): Promise<void> {
  await db.reports.put({ ...report });
}

async function putVersion(db: StatusDb, workspaceId: string, v: ChapterVersion): Promise<void> {
  await db.reportChapters.put({ workspaceId, ...v });
}

export function reportWriterOps(db: StatusDb, run: ReportRunner) {
  /** Renamed chapters whose opening heading read the old title get a version with the new one. */
  async function retitleHeadings(before: Report, after: Report, by: string, at: string): Promise<Report> {
    let report = after;
    for (const meta of after.chapters) {
      const old = before.chapters.find((c) => c.id === meta.id);
      if (!old || old.title === meta.title) continue;
      const head = await getChapterVersion(db, before.workspaceId, before.id, meta.id, meta.head);
      const content = head ? retitledContent(head.content, old.title, meta.title) : null;
      if (!content) continue;
      const save = { chapterId: meta.id, baseVersion: meta.head, content, note: '章节改名' };
      const saved = saveChapterVersion(report, save, by, at);
      if (!saved.ok) refused(saved);
      await putVersion(db, before.workspaceId, saved.value.version);
      report = saved.value.report;
    }
    return report;
  }

  return {
    /** A new report for a year from the template outline (one report per year and workspace). */
    createReport(workspaceId: string, req: NewReportRequest, ctx: WriteContext): Promise<WriteResult> {
      return run(workspaceId, ctx, async (tx) => {
        if ((await listReports(db, workspaceId)).some((r) => r.year === req.year && !r.kind))
          throw new WriteRejected('report-refused', `${req.year}年度的质量年报已存在。`);
        const ws = (await db.workspaces.get(workspaceId)) as Workspace;
        const { report, versions } = newReport({
          id: req.id,
          workspaceId,
          year: req.year,
          school: ws.school.name,
          at: tx.at,
          by: ctx.actor,
        });
        await putReport(db, report);
        for (const v of versions) await putVersion(db, workspaceId, v);
        await tx.audit('report.create', {
          reportId: report.id,
          year: report.year,
          chapters: versions.length,
        });
      });
    },

    /** Saves a chapter as its next version; refused if another save moved the head meanwhile. */
    saveReportChapter(
      workspaceId: string,
      reportId: string,
      save: ChapterSave,
      ctx: WriteContext,
    ): Promise<WriteResult> {
      return run(workspaceId, ctx, async (tx) => {
        const r = saveChapterVersion(await stored(db, workspaceId, reportId), save, ctx.actor, tx.at);
        if (!r.ok) refused(r);
        await putVersion(db, workspaceId, r.value.version);
        await putReport(db, r.value.report);
        await tx.audit('report.chapter.save', {
          reportId,
          chapterId: save.chapterId,
          version: r.value.version.version,
          note: r.value.version.note,
        });
      });
    },

    /** Title, key points, required annexes, chapter names, a chapter added or removed. */
    updateReport(
      workspaceId: string,
      reportId: string,
      patch: unknown,
      ctx: WriteContext,
    ): Promise<WriteResult> {
      return run(workspaceId, ctx, async (tx) => {
        const before = await stored(db, workspaceId, reportId);
        const r = applyReportPatch(before, patch, ctx.actor, tx.at);
        if (!r.ok) refused(r);
        const report = await retitleHeadings(before, r.value.report, ctx.actor, tx.at);
        await putReport(db, report);
        if (r.value.added)
          await putVersion(db, workspaceId, {
            reportId,
            chapterId: r.value.added.chapterId,
            version: 1,
            at: tx.at,
            by: ctx.actor,
            note: '新增章节',
            content: r.value.added.content,
          });
        await tx.audit('report.update', { reportId, changed: [...r.value.changed] });
      });
    },

    /** 终稿 (only with no blocking finding) or back to draft (with a reason). */
    setReportStatus(
      workspaceId: string,
      reportId: string,
      change: StatusChange,
      ctx: WriteContext,
    ): Promise<WriteResult> {
      return run(workspaceId, ctx, async (tx) => {
        const r = changeReportStatus(await stored(db, workspaceId, reportId), change, ctx.actor, tx.at);
        if (!r.ok) refused(r);
        await putReport(db, r.value);
        await tx.audit(`report.${change.status}`, {
          reportId,
          ...(change.status === 'final' ? { lockRef: change.lockRef } : { reason: change.reason.trim() }),
        });
      });
    },
  };
}
