/**
 * Writes of the annexes and enterprise reports, run by the one data writer (data-writer.ts registers
 * them): an entered annex figure and its review, an enterprise of the roster, and the year's rotation
 * (which creates each assigned enterprise report's document). Each validates whole with the pure rules
 * of src/shared/annex and src/shared/enterprise inside the transaction and appends its audit event there.
 */
import type { AuditKind, AuditSummary } from '../../shared/audit/audit-chain';
import {
  newAnnexEntry,
  reviewAnnexEntry,
  type AnnexColumn,
  type AnnexEntryInput,
  type AnnexReviewAction,
} from '../../shared/annex/annex-entry';
import { planAnnexMerge } from '../../shared/annex/annex-bundle-entry';
import { editAnnexDefs, type AnnexRowEdit } from '../../shared/annex/annex-defs';
import type { AnnexEntry } from '../../shared/annex/annex-entry';
import { newEnterpriseReport } from '../../shared/enterprise/enterprise-report';
import { enterpriseSchema, type Enterprise } from '../../shared/enterprise/enterprise-types';
import { assignByRotation } from '../../shared/enterprise/rotation';
import type { Workspace } from '../../shared/workspace/workspace-types';
import type { WriteContext, WriteResult } from './data-writer';
import { getLatestIndicatorSet } from './analysis-reads';
import { getDepartments } from './reads';
import {
  latestAnnexDefSet,
  listAnnexEntries,
  listEnterpriseReports,
  listEnterprises,
  loadAnnexDefs,
} from './annex-reads';
import type { StatusDb } from './schema';
import { WriteRejected } from './write-errors';

export interface AnnexTx {
  readonly at: string;
  audit(kind: AuditKind, summary: AuditSummary): Promise<void>;
}
export type AnnexRunner = (
  workspaceId: string,
  ctx: WriteContext,
  body: (tx: AnnexTx) => Promise<void>,
) => Promise<WriteResult>;

function refused(message: string): never {
  throw new WriteRejected('annex-refused', message);
}

/** A rotation request: how many enterprise reports each college compiles this year. */
export interface RotationRequest {
  /** Academic year (start year), as the roster's yearsCompiled. */
  readonly year: number;
  readonly counts: readonly (readonly [collegeCode: string, count: number])[];
  /** Report ids to use, one per possible assignment (made by the caller so the writer stays deterministic). */
  readonly reportIds: readonly string[];
}

/**
 * Inside a data bundle's merge at the office: the department's entered figures, re-checked against the
 * figures held now (another owner's figure refuses the whole bundle). Returns the audit summary.
 */
export async function mergeAnnexEntriesInTx(
  db: StatusDb,
  workspaceId: string,
  incoming: readonly AnnexEntry[],
): Promise<{ received: number; stored: number; unchanged: number }> {
  const plan = planAnnexMerge(await listAnnexEntries(db, workspaceId), incoming);
  if (!plan.ok) throw new WriteRejected('bundle-refused', plan.error.message);
  for (const e of plan.value.put) await db.annexEntries.put({ workspaceId, ...e });
  return { received: incoming.length, stored: plan.value.put.length, unchanged: plan.value.unchanged };
}

export function annexWriterOps(db: StatusDb, run: AnnexRunner) {
  return {
    /** An entered annex figure (with its source) for one row and column; it goes back to 已填报. */
    saveAnnexEntry(workspaceId: string, input: AnnexEntryInput, ctx: WriteContext): Promise<WriteResult> {
      return run(workspaceId, ctx, async (tx) => {
        const r = newAnnexEntry(await loadAnnexDefs(db, workspaceId), input, ctx.actor, tx.at);
        if (!r.ok) refused(r.error.message);
        await db.annexEntries.put({ workspaceId, ...r.value });
        await tx.audit('annex.enter', { row: input.rowId, column: input.column, value: input.value });
      });
    },

    /** The office approves an entered figure or returns it with a reason. */
    reviewAnnexEntry(
      workspaceId: string,
      rowId: string,
      column: AnnexColumn,
      action: AnnexReviewAction,
      ctx: WriteContext,
    ): Promise<WriteResult> {
      return run(workspaceId, ctx, async (tx) => {
        const rec = await db.annexEntries.get([workspaceId, rowId, column]);
        if (!rec) refused('找不到该填报数值，可能已被修改。');
        const { workspaceId: _w, ...entry } = rec;
        const r = reviewAnnexEntry(entry, action, ctx.actor, tx.at);
        if (!r.ok) refused(r.error.message);
        await db.annexEntries.put({ workspaceId, ...r.value });
        await tx.audit(`annex.${action.kind}`, { row: rowId, column });
      });
    },

    /** The office adds, changes or removes an annex row: the whole set is saved as the next version. */
    editAnnexDefs(workspaceId: string, edit: AnnexRowEdit, ctx: WriteContext): Promise<WriteResult> {
      return run(workspaceId, ctx, async (tx) => {
        const ws = (await db.workspaces.get(workspaceId)) as Workspace;
        if (ws.station.role !== 'office') refused('附表的行定义只能由督导室修改。');
        const saved = await latestAnnexDefSet(db, workspaceId);
        const indicators = await getLatestIndicatorSet(db, ws);
        const known = new Set(indicators.indicators.map((i) => i.id));
        const r = editAnnexDefs(await loadAnnexDefs(db, workspaceId), edit, known);
        if (!r.ok) refused(r.error.message);
        const version = (saved?.version ?? 0) + 1;
        await db.annexDefs.put({ workspaceId, version, tables: r.value, savedAt: tx.at, savedBy: ctx.actor });
        await tx.audit(`annex.defs.${edit.kind}`, {
          version,
          table: edit.tableId,
          row: edit.kind === 'remove' ? edit.rowId : edit.row.id,
        });
      });
    },

    /** Adds or changes an enterprise of the roster; its credit code must be valid and not used by another. */
    saveEnterprise(workspaceId: string, enterprise: Enterprise, ctx: WriteContext): Promise<WriteResult> {
      return run(workspaceId, ctx, async (tx) => {
        const parsed = enterpriseSchema.safeParse(enterprise);
        if (!parsed.success) refused(parsed.error.issues[0]?.message ?? '企业信息不完整。');
        const all = await listEnterprises(db, workspaceId);
        const twin = all.find((e) => e.id !== enterprise.id && e.creditCode === parsed.data.creditCode);
        if (twin) refused(`统一社会信用代码已用于“${twin.name}”，同一企业请只登记一次。`);
        const existed = all.some((e) => e.id === enterprise.id);
        await db.enterprises.put({ workspaceId, ...parsed.data });
        await tx.audit(existed ? 'enterprise.update' : 'enterprise.add', {
          enterprise: parsed.data.id,
          name: parsed.data.name,
        });
      });
    },

    /**
     * The year's rotation: per college, the enterprises that compile a report (never-compiled first, then
     * the oldest), each with a new report document; colleges already assigned this year are left alone.
     */
    assignEnterpriseReports(
      workspaceId: string,
      req: RotationRequest,
      ctx: WriteContext,
    ): Promise<WriteResult> {
      return run(workspaceId, ctx, async (tx) => {
        const ws = (await db.workspaces.get(workspaceId)) as Workspace;
        const roster = await listEnterprises(db, workspaceId);
        const done = new Set(
          (await listEnterpriseReports(db, workspaceId))
            .filter((l) => l.year === req.year)
            .map((l) => l.collegeCode),
        );
        const counts = new Map(req.counts.filter(([c, n]) => n > 0 && !done.has(c)));
        if (counts.size === 0) refused('所选二级学院本年度已分配企业年报，或未填写数量。');
        const { assignments } = assignByRotation(roster, counts, req.year);
        if (assignments.length === 0) refused('所选二级学院没有可轮换的合作企业，请先登记企业。');
        if (assignments.length > req.reportIds.length) refused('分配数量超出上限。');
        for (const [i, a] of assignments.entries()) {
          const reportId = req.reportIds[i]!;
          const { report, versions } = newEnterpriseReport({
            id: reportId,
            workspaceId,
            year: req.year + 1,
            enterpriseName: a.enterpriseName,
            school: ws.school.name,
            at: tx.at,
            by: ctx.actor,
          });
          await db.reports.put(report);
          for (const v of versions) await db.reportChapters.put({ workspaceId, ...v });
          await db.enterpriseReports.put({
            workspaceId,
            reportId,
            enterpriseId: a.enterpriseId,
            collegeCode: a.collegeCode,
            year: req.year,
            assignedAt: tx.at,
          });
          const e = roster.find((x) => x.id === a.enterpriseId)!;
          await db.enterprises.put({
            workspaceId,
            ...e,
            yearsCompiled: [...new Set([...e.yearsCompiled, req.year])].sort((x, y) => x - y),
          });
        }
        await tx.audit('enterprise.rotation', {
          year: req.year,
          reports: assignments.map((a) => `${a.collegeCode}:${a.enterpriseName}`),
        });
      });
    },

    /**
     * The office names the summary department a college sends an enterprise report through (null: straight
     * to the office). It reaches the college and that summary department with the next assignment bundle.
     */
    routeEnterpriseReport(
      workspaceId: string,
      reportId: string,
      via: string | null,
      ctx: WriteContext,
    ): Promise<WriteResult> {
      return run(workspaceId, ctx, async (tx) => {
        const ws = (await db.workspaces.get(workspaceId)) as Workspace;
        if (ws.station.role !== 'office') refused('报送途径由督导室指定。');
        const link = (await listEnterpriseReports(db, workspaceId)).find((l) => l.reportId === reportId);
        if (link === undefined) refused('找不到该企业年报的分配。');
        if (via !== null) {
          const known = await getDepartments(db, workspaceId);
          if (!known.some((d) => d.code === via)) refused(`部门 ${via} 不在本年度的部门名单中。`);
          if (via === link.collegeCode) refused('转报部门不能是编制该年报的二级学院本身。');
        }
        const { via: _old, ...rest } = link;
        await db.enterpriseReports.put({ workspaceId, ...rest, ...(via === null ? {} : { via }) });
        await tx.audit('enterprise.route', { report: reportId, college: link.collegeCode, via });
      });
    },
  };
}
