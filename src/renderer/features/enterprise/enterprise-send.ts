/**
 * 报送督导室: a college signs the enterprise report its 负责人 approved to the office as a chapter bundle
 * (src/shared/enterprise/enterprise-bundle.ts), every chapter's newest version as the next revision —
 * straight, or to the summary department the office named, which relays it (docs/annexes.md). The office
 * imports it where it imports chapters (报告编制流程) and answers with a receipt.
 */
import { base64ToBytes } from '../../../shared/base64';
import { enterpriseRoute, enterpriseSubmission } from '../../../shared/enterprise/enterprise-bundle';
import { OFFICE_ADDRESSEE } from '../../../shared/bundle/manifest';
import { err, type Result } from '../../../shared/result';
import type { Acting, ExchangeDeps } from '../bundles/exchange-context';
import { relayFiles, relayPayload } from '../../../shared/report-workflow/chapter-relay';
import {
  signChapterBundle,
  signChapterPayload,
  type ChapterOutgoing,
} from '../report-workflow/chapter-exchange';
import { T } from './texts';

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
  // Straight to the office, or to the summary department the office named, which relays it.
  const to = enterpriseRoute(link);
  return signChapterPayload(deps, acting, to, sub.value, {
    kind: 'enterprise',
    direction: 'sent',
    submission: sub.value,
    sender: college,
    here: to,
  });
}

/**
 * At the summary department the office named: relays the college's report held (its signed bundle,
 * unchanged) to the office under this station's signature, with the reviewer's name and note.
 */
export async function buildEnterpriseRelay(
  deps: ExchangeDeps,
  acting: Acting,
  reportId: string,
  note: string,
): Promise<Result<ChapterOutgoing>> {
  const ws = acting.workspace;
  const link = (await deps.repo.listEnterpriseReports(ws.id)).find((l) => l.reportId === reportId);
  if (link === undefined || link.via === undefined || link.via !== ws.station.departmentCode)
    return err('chapter-route', T.notRelayStation);
  const state = await deps.repo.loadExchange(ws.id);
  const held = state.bundles.find((b) => b.bundleHash === link.original?.bundleHash);
  const bytes = held?.bytesBase64 === undefined ? null : base64ToBytes(held.bytesBase64);
  if (link.revision === undefined || held === undefined || bytes === null)
    return err('chapter-relay', T.nothingToRelay);
  const payload = relayPayload(reportId, link.revision, {
    by: acting.actor.name,
    at: deps.now().toISOString(),
    note,
  });

  const files = relayFiles(payload, { departmentCode: link.collegeCode, seq: held.seq, bytes });
  return signChapterBundle(deps, acting, OFFICE_ADDRESSEE, files, {
    kind: 'enterprise-relay',
    reportId,
    revision: link.revision,
  });
}
