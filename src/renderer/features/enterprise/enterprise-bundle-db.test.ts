/**
 * Enterprise reports in chapter bundles at database level, through the services the pages use: the office
 * registers an enterprise of 团委会 (TW, the college here), assigns it by rotation and signs the assignment
 * down; TW's station creates the report from the outline, writes and approves it, its 负责人 signs it up;
 * the office imports it as the next version of each chapter and answers with a receipt. Refusals
 * (docs/SECURITY.md C14) change nothing.
 */
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { CHAPTER_ENTRY } from '../../../shared/report-workflow/chapter-payload';
import { bytes, rezip, text } from '../../../shared/bundle/testing/rezip';
import { OFFICE_ADDRESSEE } from '../../../shared/bundle/manifest';
import type { Station } from '../bundles/testing/exchange-kit';
import { must } from '../bundles/testing/three-stations';
import {
  commitChapterBundle,
  previewChapterBundle,
  signChapterPayload,
} from '../report-workflow/chapter-exchange';
import { enterpriseStations, importInto, officeText, REPORT, writeAndSend } from './testing/enterprise-kit';

let office: Station;
let summary: Station;
let dept: Station;

beforeEach(async () => {
  ({ office, summary, dept } = await enterpriseStations());
}, 60_000);

describe('enterprise reports in chapter bundles', () => {
  it('the office’s assignment creates the college’s report from the outline, with its enterprise', async () => {
    const report = await dept.deps.repo.loadReport(dept.ws.id, REPORT);
    expect(report).toMatchObject({
      kind: 'enterprise',
      title: expect.stringContaining('汕头智造科技有限公司'),
    });
    expect(report?.chapters.map((c) => c.title)).toEqual([
      '企业概况',
      '参与办学总体情况',
      '资源投入',
      '参与教育教学改革',
      '助推企业发展',
      '问题与展望',
    ]);
    expect((await dept.deps.repo.listEnterprises(dept.ws.id)).map((e) => e.name)).toEqual([
      '汕头智造科技有限公司',
    ]);
  });

  it('the college’s approved report becomes the next version of each chapter at the office, with a receipt', async () => {
    const out = await writeAndSend(dept, '共建智能制造产业学院，订单班学生 120 名。');
    const p = must(await previewChapterBundle(office.deps, office.acting, out.bytes));
    expect(p.status === 'new' && p.summary).toContain('团委会提交的');
    const done = must(await commitChapterBundle(office.deps, office.acting, p));
    expect(done.receipt?.ok).toBe(true);
    expect(await officeText(office)).toContain('订单班学生 120 名');
    expect((await office.deps.repo.listEnterpriseReports(office.ws.id))[0]?.revision).toBe(1);
  });

  it('C14: a report signed by another department’s key is refused, database unchanged', async () => {
    const out = await writeAndSend(dept, '第一稿');
    const p = must(await previewChapterBundle(office.deps, office.acting, out.bytes));
    if (p.status !== 'new' || p.payload.from !== 'enterprise')
      throw new Error('expected a new enterprise report');
    const forged = must(
      await signChapterPayload(summary.deps, summary.acting, OFFICE_ADDRESSEE, p.payload, {
        kind: 'enterprise',
        direction: 'sent',
        submission: p.payload,
        sender: summary.ws.station.departmentCode!,
        here: OFFICE_ADDRESSEE,
      }),
    );
    const { r, changed } = await importInto(office, forged.bytes);
    expect(!r.ok && r.error.message).toContain('不能报送该企业年报');
    expect(changed).toBe(false);
  });

  it('C14: an older revision is refused, a replay is a no-op, a changed text is refused', async () => {
    const first = await writeAndSend(dept, '第一稿');
    const tampered = rezip(first.bytes, (es) =>
      es.map((e) =>
        e.name === CHAPTER_ENTRY
          ? { name: e.name, bytes: bytes(text(e.bytes).replace('第一稿', '第九稿')) }
          : e,
      ),
    );
    const t = await importInto(office, tampered);
    expect(!t.r.ok && t.r.error.message).toContain(CHAPTER_ENTRY);
    expect(t.changed).toBe(false);
    expect((await importInto(office, first.bytes)).r.ok).toBe(true);
    const replay = await importInto(office, first.bytes);
    expect(replay.changed).toBe(false);
    // The college's station rolled back (its record of revision 1 lost) signs revision 1 again.
    const p = must(await previewChapterBundle(office.deps, office.acting, first.bytes));
    expect(p.status).toBe('already-imported');
    const [link] = await dept.deps.repo.listEnterpriseReports(dept.ws.id);
    await dept.db.enterpriseReports.put({ workspaceId: dept.ws.id, ...link!, revision: undefined });
    const again = await writeAndSend(dept, '回滚后的第一稿');
    const older = await importInto(office, again.bytes);
    expect(!older.r.ok && older.r.error.message).toContain('不新于本站已有的第 1 稿');
    expect(older.changed).toBe(false);
    expect(await officeText(office)).toContain('第一稿');
  });
});
