/**
 * 报送督导室: a college signs the enterprise report its 负责人 approved to the office as a chapter bundle
 * (src/shared/enterprise/enterprise-bundle.ts), every chapter's newest version as the next revision. The
 * office imports it where it imports chapters (报告编制流程) and answers with a receipt.
 */
import { enterpriseSubmission } from '../../../shared/enterprise/enterprise-bundle';
import { OFFICE_ADDRESSEE } from '../../../shared/bundle/manifest';
import { err, type Result } from '../../../shared/result';
import type { Acting, ExchangeDeps } from '../bundles/exchange-context';
import { signChapterPayload, type ChapterOutgoing } from '../report-workflow/chapter-exchange';

export async function buildEnterpriseBundle(
  deps: ExchangeDeps,
  acting: Acting,
  reportId: string,
): Promise<Result<ChapterOutgoing>> {
  const ws = acting.workspace;
  const college = ws.station.departmentCode;
  if (ws.station.role === 'office' || college === null)
    return err('wrong-station', '企业年报由二级学院报送，督导室无需报送。');
  const [links, report] = await Promise.all([
    deps.repo.listEnterpriseReports(ws.id),
    deps.repo.loadReport(ws.id, reportId),
  ]);
  const link = links.find((l) => l.reportId === reportId);
  if (link === undefined || report === undefined)
    return err('chapter-unassigned', '本站没有这份企业年报的分配，请先导入督导室的章节包。');
  const contents = new Map((await deps.repo.loadReportChapters(report)).map((v) => [v.chapterId, v.content]));
  const sub = enterpriseSubmission(report, contents, link, acting.actor.name, deps.now().toISOString());
  if (!sub.ok) return sub;
  return signChapterPayload(deps, acting, OFFICE_ADDRESSEE, sub.value, {
    kind: 'enterprise',
    direction: 'sent',
    submission: sub.value,
    sender: college,
    here: OFFICE_ADDRESSEE,
  });
}
