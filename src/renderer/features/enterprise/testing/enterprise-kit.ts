/**
 * Test kit for enterprise reports at database level: the office registers an enterprise of 团委会 (TW,
 * the college here) and assigns its report by rotation; assignments go down in chapter bundles; TW
 * writes, approves and signs its report. Only tests import it.
 */
import type { PmNode } from '../../../../shared/report/pm-json';
import { dbHash, type Station } from '../../bundles/testing/exchange-kit';
import { must, threeStations } from '../../bundles/testing/three-stations';
import {
  buildOfficeChapterBundle,
  commitChapterBundle,
  previewChapterBundle,
  recordChapterBundle,
  type ChapterOutgoing,
} from '../../report-workflow/chapter-exchange';
import { buildEnterpriseBundle } from '../enterprise-send';

export const REPORT = 'er-1';

export const participation = (t: string): PmNode => ({
  type: 'doc',
  content: [
    { type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: '参与办学总体情况' }] },
    { type: 'paragraph', content: [{ type: 'text', text: t }] },
  ],
});

/** Preview and commit a chapter bundle at `s`; whether its database changed. */
export async function importInto(s: Station, out: Uint8Array) {
  const before = await dbHash(s.db);
  const p = await previewChapterBundle(s.deps, s.acting, out);
  const r = p.ok ? await commitChapterBundle(s.deps, s.acting, p.value) : p;
  return { r, changed: (await dbHash(s.db)) !== before };
}

/** The office's roster entry for TW's partner and this year's rotation: one report, REPORT. */
export async function assignTwReport(office: Station): Promise<void> {
  const actor = office.acting.actor;
  must(
    await office.deps.repo.saveEnterprise(
      office.ws.id,
      {
        id: 'e-1',
        name: '汕头智造科技有限公司',
        aliases: ['汕头智造'],
        creditCode: '913201001000000089',
        industry: '制造业',
        collegeCode: 'TW',
        yearsCompiled: [],
        inactive: false,
      },
      actor,
    ),
  );
  must(
    await office.deps.repo.assignEnterpriseReports(
      office.ws.id,
      { year: office.ws.academicYearStart, counts: [['TW', 1]], reportIds: [REPORT] },
      actor,
    ),
  );
}

/**
 * The office, XGC and TW set up, TW's report assigned and sent down to TW; with `via`, the office first
 * names that summary department on the report and sends it its assignments too.
 */
export async function enterpriseStations(
  via: 'XGC' | null = null,
): Promise<{ office: Station; summary: Station; dept: Station }> {
  const { office, summary, dept } = await threeStations();
  await assignTwReport(office);
  if (via) must(await office.deps.repo.routeEnterpriseReport(office.ws.id, REPORT, via, office.acting.actor));
  await sendDown(office, 'TW', dept);
  if (via) await sendDown(office, via, summary);
  return { office, summary, dept };
}

/** The office signs `to`'s chapter bundle (its assignments) and `station` imports it. */
export async function sendDown(office: Station, to: string, station: Station): Promise<void> {
  const down = must(await buildOfficeChapterBundle(office.deps, office.acting, to, [], null));
  must(await recordChapterBundle(office.deps, office.acting, down));
  const imported = await importInto(station, down.bytes);
  if (!imported.r.ok) throw new Error(imported.r.error.message);
}

/** TW writes a chapter, its 负责人 approves the report and signs it on its route (recorded as sent). */
export async function writeAndSend(dept: Station, t: string): Promise<ChapterOutgoing> {
  const repo = dept.deps.repo;
  const report = (await repo.loadReport(dept.ws.id, REPORT))!;
  if (report.status === 'final')
    must(
      await repo.setReportStatus(dept.ws.id, REPORT, { status: 'draft', reason: '补充' }, dept.acting.actor),
    );
  const head = (await repo.loadReport(dept.ws.id, REPORT))!.chapters.find((c) => c.id === 'participation')!;
  must(
    await repo.saveReportChapter(
      dept.ws.id,
      REPORT,
      { chapterId: 'participation', baseVersion: head.head, content: participation(t), note: '' },
      dept.acting.actor,
    ),
  );
  must(
    await repo.setReportStatus(
      dept.ws.id,
      REPORT,
      { status: 'final', blocking: 0, lockRef: null },
      dept.acting.actor,
    ),
  );
  const out = must(await buildEnterpriseBundle(dept.deps, dept.acting, REPORT));
  must(await recordChapterBundle(dept.deps, dept.acting, out));
  return out;
}

/** The office's text of the participation chapter, as JSON. */
export async function officeText(office: Station): Promise<string> {
  const report = (await office.deps.repo.loadReport(office.ws.id, REPORT))!;
  const versions = await office.deps.repo.loadReportChapters(report);
  return JSON.stringify(versions.find((v) => v.chapterId === 'participation')?.content ?? null);
}
