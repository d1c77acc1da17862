/**
 * What an enterprise report in a chapter bundle does, inside the bundle writer's transaction
 * (bundle-writes.ts recordBundle → report-workflow-writes.ts applyChapterInTx): at the college the
 * office's assignments create the roster entry, the rotation link and the report document; the college's
 * sent report records its revision; a summary department the office named holds the college's signed
 * report and records its relay; at the office the received report's chapters (straight or relayed)
 * become the next versions of its copy. Each re-runs the pure check on the stored copy (src/shared/enterprise).
 */
import type { AuditSummary } from '../../shared/audit/audit-chain';
import { departmentNamer, type DepartmentName } from '../../shared/departments/department-names';
import {
  checkEnterpriseRelay,
  checkEnterpriseSubmission,
  type EnterpriseAssignment,
} from '../../shared/enterprise/enterprise-bundle';
import { newEnterpriseReport } from '../../shared/enterprise/enterprise-report';
import { saveChapterVersion } from '../../shared/report/chapter-history';
import type { Workspace } from '../../shared/workspace/workspace-types';
import { listEnterpriseReports } from './annex-reads';
import { getDepartments } from './reads';
import { listReports } from './report-reads';
import type { ChapterEffect } from './report-workflow-writes';
import type { StatusDb } from './schema';
import { WriteRejected } from './write-errors';

const refused = (message: string): never => {
  throw new WriteRejected('report-refused', message);
};

async function heldLink(db: StatusDb, workspaceId: string, reportId: string) {
  return (await listEnterpriseReports(db, workspaceId)).find((l) => l.reportId === reportId);
}

/** At the college: the office's enterprise-report assignments; a report already held is kept as is. */
export async function applyEnterpriseAssignmentsInTx(
  db: StatusDb,
  workspaceId: string,
  assignments: readonly EnterpriseAssignment[],
  at: string,
  actor: string,
): Promise<string[]> {
  const ws = (await db.workspaces.get(workspaceId)) as Workspace;
  const created: string[] = [];
  for (const { link, enterprise } of assignments) {
    await db.enterprises.put({ workspaceId, ...enterprise });
    const held = await heldLink(db, workspaceId, link.reportId);
    const { revision: _office, original: _o, relayed: _r, ...terms } = link;
    // The office's terms (route included); what this station holds of the exchange stays.
    await db.enterpriseReports.put({
      workspaceId,
      ...terms,
      ...(held?.revision === undefined ? {} : { revision: held.revision }),
      ...(held?.original === undefined ? {} : { original: held.original }),
      ...(held?.relayed === undefined ? {} : { relayed: held.relayed }),
    });
    // A summary department relays the report; only the college writes it.
    if (link.collegeCode !== ws.station.departmentCode) continue;
    if (await db.reports.get([workspaceId, link.reportId])) continue;
    const { report, versions } = newEnterpriseReport({
      id: link.reportId,
      workspaceId,
      year: link.year + 1,
      enterpriseName: enterprise.name,
      school: ws.school.name,
      at,
      by: actor,
    });
    await db.reports.put(report);
    for (const v of versions) await db.reportChapters.put({ workspaceId, ...v });
    created.push(link.reportId);
  }
  return created;
}

/**
 * At the college, sent: the revision it left as; at the summary department the office named, held: the
 * revision and the college's signed bundle to relay; at the office, received (straight or relayed): the
 * chapters merged.
 */
export async function applyEnterpriseReportInTx(
  db: StatusDb,
  workspaceId: string,
  effect: Extract<ChapterEffect, { kind: 'enterprise' }>,
  at: string,
  actor: string,
): Promise<AuditSummary> {
  const s = effect.submission;
  const link = await heldLink(db, workspaceId, s.reportId);
  if (link === undefined) return refused('找不到该企业年报的分配。');
  const summary = {
    enterpriseReport: s.reportId,
    revision: s.revision,
    direction: effect.direction,
    ...(effect.relay === undefined ? {} : { relayedBy: effect.relay.by }),
  };
  if (effect.direction === 'sent') {
    if (s.revision <= (link.revision ?? 0)) refused('该企业年报刚刚已报送过，本次未记录；请刷新后再试。');
    await db.enterpriseReports.put({ workspaceId, ...link, revision: s.revision });
    return summary;
  }
  const college = { stationRole: 'department' as const, departmentCode: effect.sender };
  const name = departmentNamer(await getDepartments(db, workspaceId));
  if (effect.direction === 'held') {
    const held = checkEnterpriseSubmission(s, college, effect.here, link, undefined, name);
    if (!held.ok || effect.original === undefined)
      return refused(held.ok ? '缺少学院签名的原件。' : held.error.message);
    await db.enterpriseReports.put({ workspaceId, ...link, revision: s.revision, original: effect.original });
    return summary;
  }
  let report = (await listReports(db, workspaceId)).find((r) => r.id === s.reportId);
  const check =
    effect.relay === undefined
      ? checkEnterpriseSubmission(s, college, effect.here, link, report, name)
      : checkEnterpriseRelay(s, college, effect.relay.by, link, report, name);
  if (!check.ok) refused(check.error.message);
  for (const c of s.chapters) {
    const meta = report!.chapters.find((m) => m.id === c.id)!;
    const saved = saveChapterVersion(
      report!,
      {
        chapterId: c.id,
        baseVersion: meta.head,
        content: c.content,
        note: `${name(effect.sender)}报送第 ${s.revision} 稿（${s.approvedBy} 审定）${relayNote(effect.relay, name)}`,
      },
      actor,
      at,
    );
    if (!saved.ok) return refused(saved.error.message);
    await db.reportChapters.put({ workspaceId, ...saved.value.version });
    report = saved.value.report;
  }
  await db.reports.put({ ...report! });
  await db.enterpriseReports.put({ workspaceId, ...link, revision: s.revision });
  return summary;
}

/** How a relayed version's note says who relayed it, reviewed by whom and what they noted. */
export const relayNote = (
  r: { by: string; reviewedBy: string; note: string } | undefined,
  name: DepartmentName,
): string =>
  r === undefined ? '' : `，经${name(r.by)}转报（${r.reviewedBy} 审核${r.note === '' ? '' : `：${r.note}`}）`;

/** At the summary department, sent: the held revision relayed (it must still be the one held). */
export async function recordEnterpriseRelayInTx(
  db: StatusDb,
  workspaceId: string,
  effect: { readonly reportId: string; readonly revision: number },
): Promise<AuditSummary> {
  const link = await heldLink(db, workspaceId, effect.reportId);
  if (link === undefined || link.original === undefined || link.revision !== effect.revision)
    return refused('该企业年报已有更新的来稿或尚未收到，本次转报未记录；请刷新后再试。');
  await db.enterpriseReports.put({ workspaceId, ...link, relayed: effect.revision });
  return { enterpriseReport: effect.reportId, revision: effect.revision, action: 'relay' };
}
