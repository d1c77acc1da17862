/**
 * The report workflow's writes, run by the one data writer (data-writer.ts registers them): the steps
 * board, chapter assignments at the office, a department's chapter drafts, and — inside the bundle
 * writer's transaction (bundle-writes.ts recordBundle) — what a chapter bundle does at either end. Each
 * re-runs the pure rule (src/shared/report-workflow) on the stored copy and audits there; the audit
 * names chapters and revisions, never the text.
 */
import type { AuditKind, AuditSummary } from '../../shared/audit/audit-chain';
import { departmentNamer } from '../../shared/departments/department-names';
import { saveChapterVersion } from '../../shared/report/chapter-history';
import { headingDoc, type PmNode } from '../../shared/report/pm-json';
import { parseChapterContent } from '../../shared/report/report-nodes';
import { applyChapterAction, assignChapter } from '../../shared/report-workflow/chapter-machine';
import { caseRecordSchema, type CaseRecord } from '../../shared/report-workflow/case-library';
import { checkSubmission } from '../../shared/report-workflow/chapter-delivery';
import {
  decisionAction,
  type ChapterDecision,
  type ChapterSubmission,
  type OfficeChapterPayload,
} from '../../shared/report-workflow/chapter-payload';
import { chapterAssignmentSchema, type ChapterWork } from '../../shared/report-workflow/chapter-types';
import type { Result } from '../../shared/result';
import { applyWorkflowChange, newWorkflow } from '../../shared/report-workflow/workflow-rules';
import type { EnterpriseSubmission } from '../../shared/enterprise/enterprise-bundle';
import type { WriteContext, WriteResult } from './data-writer';
import {
  applyEnterpriseAssignmentsInTx,
  applyEnterpriseReportInTx,
  recordEnterpriseRelayInTx,
  relayNote,
} from './enterprise-bundle-writes';
import { getDepartments } from './reads';
import { listReports } from './report-reads';
import { getChapterWork, getWorkflow, listChapterWork } from './report-workflow-reads';
import type { StatusDb } from './schema';
import { WriteRejected } from './write-errors';

export interface WorkflowTx {
  readonly at: string;
  audit(kind: AuditKind, summary: AuditSummary): Promise<void>;
}
export type WorkflowRunner = (
  workspaceId: string,
  ctx: WriteContext,
  body: (tx: WorkflowTx) => Promise<void>,
) => Promise<WriteResult>;

/** What a chapter bundle does, applied in the transaction that records it. */
export type ChapterEffect =
  /** Department, sent: the approved draft left as revision `revision`. */
  | { readonly kind: 'submit'; readonly submission: ChapterSubmission }
  /**
   * Office, received: the chapter becomes the next version of its report chapter. `here` is the route
   * the department sent it on (the office, or the summary department that relayed it: `relay`).
   */
  | {
      readonly kind: 'receive';
      readonly submission: ChapterSubmission;
      readonly sender: string;
      readonly here: string;
      readonly relay?: { readonly by: string; readonly reviewedBy: string; readonly note: string };
    }
  /** Summary department, received: a department's chapter to review and relay (its bundle kept). */
  | {
      readonly kind: 'hold';
      readonly submission: ChapterSubmission;
      readonly sender: string;
      readonly here: string;
      readonly original: { readonly bundleHash: string; readonly seq: number };
    }
  /** Summary department, sent: the held revision relayed to the office. */
  | { readonly kind: 'relay'; readonly assignmentId: string; readonly revision: number }
  /** Office, sent: its decisions on received chapters. */
  | { readonly kind: 'decide'; readonly decisions: readonly ChapterDecision[] }
  /** Department, received: assignments, the indicator snapshot and the office's decisions. */
  | { readonly kind: 'office'; readonly payload: OfficeChapterPayload }
  /** Either end: a department's typical cases (sent, or received for the 案例库). */
  | { readonly kind: 'cases'; readonly cases: readonly CaseRecord[] }
  /**
   * A college's enterprise report (enterprise-bundle-writes.ts): sent by the college; received at the
   * office (straight, or relayed: `relay`); held at the summary department the office named (`original`).
   */
  | {
      readonly kind: 'enterprise';
      readonly direction: 'sent' | 'received' | 'held';
      readonly submission: EnterpriseSubmission;
      readonly sender: string;
      readonly here: string;
      readonly relay?: { readonly by: string; readonly reviewedBy: string; readonly note: string };
      readonly original?: { readonly bundleHash: string; readonly seq: number };
    }
  /** Summary department, sent: the college's enterprise report held, relayed to the office. */
  | { readonly kind: 'enterprise-relay'; readonly reportId: string; readonly revision: number };

function must<T>(r: Result<T>): T {
  if (!r.ok) throw new WriteRejected('report-refused', r.error.message);
  return r.value;
}

async function putWork(db: StatusDb, w: ChapterWork): Promise<void> {
  await db.chapterWork.put({ ...w, assignmentId: w.assignment.id });
}

async function storedWork(db: StatusDb, workspaceId: string, id: string): Promise<ChapterWork> {
  const w = await getChapterWork(db, workspaceId, id);
  if (w === undefined) throw new WriteRejected('report-refused', '找不到该章节分工。');
  return w;
}

/** Applies a chapter bundle's effect on the stored copies; returns the audit summary's part. */
export async function applyChapterInTx(
  db: StatusDb,
  workspaceId: string,
  effect: ChapterEffect,
  at: string,
  actor: string,
): Promise<AuditSummary> {
  switch (effect.kind) {
    case 'submit': {
      const s = effect.submission;
      const w = await storedWork(db, workspaceId, s.assignmentId);
      const next = must(
        applyChapterAction(w, { action: 'submit', draft: s.content, approvedBy: s.approvedBy }, actor, at),
      );
      if (next.revision !== s.revision)
        throw new WriteRejected('report-refused', '该章节刚刚已提交过，本次未记录；请刷新后再试。');
      await putWork(db, next);
      return { assignmentId: s.assignmentId, revision: s.revision, action: 'submit' };
    }
    case 'hold': {
      const s = effect.submission;
      const held = await getChapterWork(db, workspaceId, s.assignmentId);
      must(
        checkSubmission(s, { stationRole: 'department', departmentCode: effect.sender }, effect.here, held),
      );
      const w = must(applyChapterAction(held!, { action: 'receive', revision: s.revision }, actor, at));
      await putWork(db, { ...w, draft: s.content, approvedBy: s.approvedBy, original: effect.original });
      return { assignmentId: s.assignmentId, revision: s.revision, action: 'hold' };
    }
    case 'relay': {
      const w = await storedWork(db, workspaceId, effect.assignmentId);
      if (w.state !== 'submitted' || w.revision !== effect.revision || w.original === undefined)
        throw new WriteRejected(
          'report-refused',
          '该章节已有更新的来稿或尚未收到，本次转报未记录；请刷新后再试。',
        );
      const event = { action: 'relay' as const, at, by: actor, revision: effect.revision };
      await putWork(db, { ...w, history: [...w.history, event] });
      return { assignmentId: effect.assignmentId, revision: effect.revision, action: 'relay' };
    }
    case 'receive': {
      const s = effect.submission;
      const held = await getChapterWork(db, workspaceId, s.assignmentId);
      const name = departmentNamer(await getDepartments(db, workspaceId));
      if (effect.relay !== undefined && held?.assignment.via !== effect.relay.by)
        throw new WriteRejected('report-refused', `该章节不经${name(effect.relay.by)}汇总，不能由其转报。`);
      must(
        checkSubmission(
          s,
          { stationRole: 'department', departmentCode: effect.sender },
          effect.here,
          held,
          name,
        ),
      );
      const w = must(applyChapterAction(held!, { action: 'receive', revision: s.revision }, actor, at));
      const report = (await listReports(db, workspaceId)).find((r) => r.year === w.assignment.year);
      if (report === undefined)
        throw new WriteRejected('report-refused', `${w.assignment.year}年度质量年报尚未创建，无法并入章节。`);
      const meta = report.chapters.find((c) => c.id === w.assignment.chapterId);
      const saved = must(
        saveChapterVersion(
          report,
          {
            chapterId: w.assignment.chapterId,
            baseVersion: meta?.head ?? 0,
            content: s.content,
            note: `${name(effect.sender)}来稿第 ${s.revision} 稿（${s.approvedBy} 审核）${relayNote(effect.relay, name)}`,
          },
          actor,
          at,
        ),
      );
      await db.reportChapters.put({ workspaceId, ...saved.version });
      await db.reports.put({ ...saved.report });
      await putWork(db, w);
      return {
        assignmentId: s.assignmentId,
        revision: s.revision,
        action: 'receive',
        chapterVersion: saved.version.version,
        ...(effect.relay === undefined ? {} : { relayedBy: effect.relay.by }),
      };
    }
    case 'decide': {
      for (const d of effect.decisions) {
        const w = await storedWork(db, workspaceId, d.assignmentId);
        const next = must(applyChapterAction(w, decisionAction(d, false), actor, at));
        await putWork(db, next);
      }
      return { decisions: effect.decisions.map((d) => `${d.assignmentId}:${d.action}:${d.revision}`) };
    }
    case 'cases': {
      const kept: string[] = [];
      for (const c of effect.cases) {
        const held = await db.caseLibrary.get([workspaceId, c.id]);
        // A case the office already accepted (and may have edited) is not replaced by a resend.
        if (held?.status === 'accepted') kept.push(c.id);
        else await db.caseLibrary.put({ ...c, workspaceId });
      }
      return { cases: effect.cases.map((c) => c.id), ...(kept.length > 0 ? { kept } : {}) };
    }
    case 'enterprise':
      return applyEnterpriseReportInTx(db, workspaceId, effect, at, actor);
    case 'enterprise-relay':
      return recordEnterpriseRelayInTx(db, workspaceId, effect);
    case 'office': {
      const p = effect.payload;
      const enterprises = await applyEnterpriseAssignmentsInTx(
        db,
        workspaceId,
        p.enterprises ?? [],
        at,
        actor,
      );
      for (const a of p.assignments) {
        const held = await getChapterWork(db, workspaceId, a.id);
        await putWork(db, must(assignChapter(held, workspaceId, a, actor, at, headingDoc(a.title))));
      }
      if (p.snapshot !== null) await db.officeSnapshots.put({ ...p.snapshot, workspaceId });
      for (const d of p.decisions) {
        const w = await storedWork(db, workspaceId, d.assignmentId);
        const next = must(applyChapterAction(w, decisionAction(d, true), d.by, at));
        await putWork(db, next);
      }
      return {
        assignments: p.assignments.map((a) => a.id),
        snapshot: p.snapshot?.takenAt ?? null,
        decisions: p.decisions.map((d) => `${d.assignmentId}:${d.action}:${d.revision}`),
        ...(p.enterprises === undefined ? {} : { enterpriseReports: enterprises }),
      };
    }
  }
}

export function reportWorkflowWriterOps(db: StatusDb, run: WorkflowRunner) {
  return {
    /** One change of the steps board (plan, start, done, reopen, feedback), checked on the stored copy. */
    changeReportWorkflow(
      workspaceId: string,
      year: number,
      change: unknown,
      ctx: WriteContext,
    ): Promise<WriteResult> {
      return run(workspaceId, ctx, async (tx) => {
        const wf =
          (await getWorkflow(db, workspaceId, year)) ?? newWorkflow(workspaceId, year, tx.at, ctx.actor);
        const work = await listChapterWork(db, workspaceId);
        const report = (await listReports(db, workspaceId)).find((r) => r.year === year);
        const facts = {
          openChapters: work.filter((w) => w.assignment.year === year && w.state !== 'accepted').length,
          reportFinal: report?.status === 'final',
        };
        const next = must(applyWorkflowChange(wf, change, facts, ctx.actor, tx.at));
        await db.reportWorkflows.put({ ...next });
        const op = (change as { op?: unknown }).op;
        const stepId = (change as { stepId?: unknown }).stepId;
        await tx.audit('report.workflow', {
          year,
          op: typeof op === 'string' ? op : '',
          step: typeof stepId === 'string' ? stepId : '',
        });
      });
    },

    /** Office: a new chapter assignment, or new terms (due date, brief) for one already made. */
    assignReportChapter(workspaceId: string, input: unknown, ctx: WriteContext): Promise<WriteResult> {
      return run(workspaceId, ctx, async (tx) => {
        const parsed = chapterAssignmentSchema.safeParse(input);
        if (!parsed.success) throw new WriteRejected('report-refused', '章节分工填写不完整或格式不正确。');
        const a = parsed.data;
        const report = (await listReports(db, workspaceId)).find((r) => r.year === a.year);
        if (!report?.chapters.some((c) => c.id === a.chapterId))
          throw new WriteRejected('report-refused', '分工对应的报告章节不存在。');
        const held = await getChapterWork(db, workspaceId, a.id);
        await putWork(db, must(assignChapter(held, workspaceId, a, ctx.actor, tx.at, null)));
        await tx.audit('report.chapter.assign', {
          assignmentId: a.id,
          chapterId: a.chapterId,
          department: a.departmentCode,
          due: a.due,
        });
      });
    },

    /** A case of the library: a department's new case, or the office accepting and editing one. */
    saveLibraryCase(workspaceId: string, input: unknown, ctx: WriteContext): Promise<WriteResult> {
      return run(workspaceId, ctx, async (tx) => {
        const parsed = caseRecordSchema.safeParse(input);
        if (!parsed.success)
          throw new WriteRejected(
            'report-refused',
            `案例内容不正确：${parsed.error.issues[0]?.message ?? ''}`,
          );
        await db.caseLibrary.put({ ...parsed.data, workspaceId });
        await tx.audit('report.case.save', { caseId: parsed.data.id, status: parsed.data.status });
      });
    },

    /** Department: saves its working draft of an assigned chapter (while drafting or returned). */
    saveChapterDraft(
      workspaceId: string,
      assignmentId: string,
      content: unknown,
      ctx: WriteContext,
    ): Promise<WriteResult> {
      return run(workspaceId, ctx, async (tx) => {
        const w = await storedWork(db, workspaceId, assignmentId);
        if (w.state !== 'drafting' && w.state !== 'returned')
          throw new WriteRejected('report-refused', '该章节已提交或已采纳，不能再修改草稿。');
        const doc: PmNode = must(parseChapterContent(content));
        await putWork(db, { ...w, draft: doc });
        await tx.audit('report.chapter.draft', { assignmentId, revision: w.revision });
      });
    },
  };
}
