/**
 * Enterprise reports relayed through a summary department, at database level through the services the
 * pages use (docs/SECURITY.md C13): the office names 学生工作处 (XGC) on TW's report; TW signs its report
 * to XGC, XGC holds it and relays it to the office with TW's signed bundle inside, unchanged; the office
 * takes it as the next version of each chapter. A report sent past the named station, relayed by a
 * station not named, changed by XGC, forged by XGC or older than held is refused with the database
 * unchanged.
 */
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { OFFICE_ADDRESSEE } from '../../../shared/bundle/manifest';
import { bytes, rezip, text, unpack } from '../../../shared/bundle/testing/rezip';
import type { EnterpriseSubmission } from '../../../shared/enterprise/enterprise-bundle';
import { CHAPTER_ENTRY, type ChapterRelayPayload } from '../../../shared/report-workflow/chapter-payload';
import { relayFiles } from '../../../shared/report-workflow/chapter-relay';
import type { Station } from '../bundles/testing/exchange-kit';
import { must } from '../bundles/testing/three-stations';
import {
  previewChapterBundle,
  recordChapterBundle,
  signChapterBundle,
  signChapterPayload,
} from '../report-workflow/chapter-exchange';
import { buildEnterpriseRelay } from './enterprise-send';
import { enterpriseStations, importInto, officeText, REPORT, writeAndSend } from './testing/enterprise-kit';

let office: Station;
let summary: Station;
let dept: Station;

const route = async (via: string | null) =>
  must(await office.deps.repo.routeEnterpriseReport(office.ws.id, REPORT, via, office.acting.actor));

/** TW writes and signs; XGC imports what TW sent (held to relay). */
async function twToXgc(t: string) {
  const out = await writeAndSend(dept, t);
  expect(out.manifest.addressee).toBe('XGC');
  const held = await importInto(summary, out.bytes);
  if (!held.r.ok) throw new Error(held.r.error.message);
  return out;
}

/** XGC's relay of the revision it holds, recorded as sent. */
async function relay(note = '') {
  const out = must(await buildEnterpriseRelay(summary.deps, summary.acting, REPORT, note));
  must(await recordChapterBundle(summary.deps, summary.acting, out));
  return out;
}

/** A relay XGC's key signs over an original it chose. */
async function forgedRelay(original: Uint8Array, revision: number, seq = 1) {
  const payload: ChapterRelayPayload = {
    format: 'sdd-chapter',
    version: 1,
    from: 'relay',
    assignmentId: REPORT,
    revision,
    reviewedBy: '许审核',
    reviewedAt: '2025-10-09T00:00:00.000Z',
    note: '',
  };
  const files = relayFiles(payload, { departmentCode: 'TW', seq, bytes: original });
  const out = must(
    await signChapterBundle(summary.deps, summary.acting, OFFICE_ADDRESSEE, files, {
      kind: 'enterprise-relay',
      reportId: REPORT,
      revision,
    }),
  );
  return out.bytes;
}

beforeEach(async () => {
  ({ office, summary, dept } = await enterpriseStations('XGC'));
}, 60_000);

describe('enterprise reports relayed through a summary department', () => {
  it('the route reaches the college and the summary department; only the college gets the document', async () => {
    const [atTw] = await dept.deps.repo.listEnterpriseReports(dept.ws.id);
    const [atXgc] = await summary.deps.repo.listEnterpriseReports(summary.ws.id);
    expect(atTw).toMatchObject({ reportId: REPORT, collegeCode: 'TW', via: 'XGC' });
    expect(atXgc).toMatchObject({ reportId: REPORT, collegeCode: 'TW', via: 'XGC' });
    expect(await dept.deps.repo.loadReport(dept.ws.id, REPORT)).toBeDefined();
    expect(await summary.deps.repo.loadReport(summary.ws.id, REPORT)).toBeUndefined();
  });

  it('TW → XGC → office: the office takes TW’s text as the next version, noting the relay', async () => {
    await twToXgc('共建智能制造产业学院，订单班学生 120 名。');
    const [held] = await summary.deps.repo.listEnterpriseReports(summary.ws.id);
    expect(held).toMatchObject({ revision: 1, original: expect.objectContaining({ seq: 1 }) });
    const out = await relay('已核对企业数据');
    const p = must(await previewChapterBundle(office.deps, office.acting, out.bytes));
    expect(p.status === 'new' && p.summary).toContain('学生工作处转报团委会的');
    const { r, changed } = await importInto(office, out.bytes);
    expect(r.ok && r.value.receipt?.ok).toBe(true);
    expect(changed).toBe(true);
    expect(await officeText(office)).toContain('订单班学生 120 名');
    expect((await office.deps.repo.listEnterpriseReports(office.ws.id))[0]?.revision).toBe(1);
    const report = (await office.deps.repo.loadReport(office.ws.id, REPORT))!;
    const versions = await office.deps.repo.loadReportChapters(report);
    expect(versions.find((v) => v.chapterId === 'participation')?.note).toContain(
      '团委会报送第 1 稿（负责人 审定），经学生工作处转报',
    );
    expect((await summary.deps.repo.listEnterpriseReports(summary.ws.id))[0]?.relayed).toBe(1);
  });

  it('a report sent straight to the office past the named station is refused, database unchanged', async () => {
    const out = await twToXgc('第一稿');
    const payload = chapterOf(out.bytes);
    const straight = must(
      await signChapterPayload(dept.deps, dept.acting, OFFICE_ADDRESSEE, payload, {
        kind: 'enterprise',
        direction: 'sent',
        submission: payload,
        sender: 'TW',
        here: OFFICE_ADDRESSEE,
      }),
    );
    const { r, changed } = await importInto(office, straight.bytes);
    expect(!r.ok && r.error.message).toContain('应经学生工作处汇总后报送');
    expect(changed).toBe(false);
  });

  it('a relay by a station the assignment no longer names is refused, database unchanged', async () => {
    await twToXgc('第一稿');
    const out = await relay();
    await route('JWC');
    const { r, changed } = await importInto(office, out.bytes);
    expect(!r.ok && r.error.message).toContain('应经教务处（招生办）汇总，学生工作处不能转报');
    expect(changed).toBe(false);
    await route(null);
    const direct = await importInto(office, out.bytes);
    expect(!direct.r.ok && direct.r.error.message).toContain('应由团委会直接报送，学生工作处不能转报');
  });

  it('XGC changing TW’s report inside the relay is refused (TW’s signature), database unchanged', async () => {
    const out = await twToXgc('第一稿');
    const changedText = rezip(out.bytes, (es) =>
      es.map((e) =>
        e.name === CHAPTER_ENTRY ? { ...e, bytes: bytes(text(e.bytes).replace('第一稿', '改写稿')) } : e,
      ),
    );
    const { r, changed } = await importInto(office, await forgedRelay(changedText, 1));
    expect(!r.ok && r.error.message).toContain('部门原件未通过校验');
    expect(changed).toBe(false);
  });

  it('XGC signing the report itself as the original is refused, database unchanged', async () => {
    const out = await twToXgc('第一稿');
    const payload = chapterOf(out.bytes);
    const own = must(
      await signChapterPayload(summary.deps, summary.acting, 'XGC', payload, {
        kind: 'enterprise',
        direction: 'sent',
        submission: payload,
        sender: 'XGC',
        here: 'XGC',
      }),
    );
    const { r, changed } = await importInto(office, await forgedRelay(own.bytes, 1));
    expect(!r.ok && r.error.message).toContain('原件不能是汇总部门自己签发的');
    expect(changed).toBe(false);
  });

  it('an older revision relayed again after a newer one is refused, database unchanged', async () => {
    const first = await twToXgc('第一稿');
    expect((await importInto(office, (await relay()).bytes)).r.ok).toBe(true);
    await twToXgc('第二稿');
    expect((await importInto(office, (await relay()).bytes)).r.ok).toBe(true);
    const { r, changed } = await importInto(office, await forgedRelay(first.bytes, 1));
    expect(!r.ok && r.error.message).toContain('早于本站已持有的第 2 号');
    expect(changed).toBe(false);
    expect(await officeText(office)).toContain('第二稿');
  });
});

/** The enterprise report a signed chapter bundle carries. */
function chapterOf(b: Uint8Array): EnterpriseSubmission {
  return JSON.parse(text(unpack(b).find((e) => e.name === CHAPTER_ENTRY)!.bytes)) as EnterpriseSubmission;
}
