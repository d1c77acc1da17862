/**
 * 申请更新 through the real write, export and import paths on IndexedDB: TW's school-approved A10-3 is
 * frozen at both stations; TW asks to update it, the request travels in TW's next data bundle, the
 * office's 督导员 grants it (its copy back to draft) or refuses it with a reason, and the answer and the
 * 更新 decision travel down in the feedback bundle, reopening TW's copy — which then goes through
 * review again and merges at the office as an ordinary data bundle.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { builtInCatalog } from '../../../shared/catalog/builtin-catalog';
import { sampleRows } from '../../../shared/national-export/testing/sample-rows';
import { buildFeedbackPayload } from '../../../shared/review/feedback-exchange';
import { passing } from '../../../shared/review/review-test-fixtures';
import { withUpdateAnswers } from '../../../shared/review/update-request-route';
import { getAuditEvents } from '../../db/reads';
import type { ReviewUser } from '../../db/review-writes';
import { commitDataBundle } from './data-commit';
import { buildDataBundle, exportFeedbackBundle } from './data-export';
import { previewDataBundle } from './data-import';
import { commitNoticeBundle, previewNoticeBundle } from './notice-import';
import { dbHash, type Station } from './testing/exchange-kit';
import { must, threeStations } from './testing/three-stations';

const FILLER: ReviewUser = { name: '唐信息', role: 'filler' };
const HEAD: ReviewUser = { name: '田书记', role: 'head' };
const SUPERVISOR: ReviewUser = { name: '吴督导', role: 'supervisor' };
const TABLE = 'A10-3';
const table = builtInCatalog().tables.find((t) => t.code === TABLE)!;
const REQUEST_ID = '0b8f6a8e-8a0c-4d5e-9b1a-3f2e1d0c9b8a';

const keyAt = (s: Station) => ({ workspaceId: s.ws.id, tableCode: TABLE, departmentCode: 'TW' });
const stateAt = async (s: Station) =>
  (await s.deps.repo.listSubmissions(s.ws.id)).find(
    (x) => x.tableCode === TABLE && x.departmentCode === 'TW',
  );
const message = (r: { ok: boolean; error?: { message: string } }) => (r.ok ? '' : (r.error?.message ?? ''));

async function submitAndApprove(dept: Station) {
  must(await dept.deps.repo.reviewAction(keyAt(dept), { type: 'submit' }, FILLER));
  must(
    await dept.deps.repo.reviewAction(
      keyAt(dept),
      { type: 'approve', level: 1, checklist: passing(1), ticks: [] },
      HEAD,
    ),
  );
}

async function toOffice(dept: Station, office: Station) {
  const out = must(await buildDataBundle(dept.deps, dept.acting, await dept.state(), 'OFFICE'));
  must(await dept.deps.repo.recordBundle(dept.ws.id, { bundle: out.record }, dept.acting.actor));
  const p = must(await previewDataBundle(office.deps, office.ws, await office.state(), out.bytes));
  return commitDataBundle(office.deps, office.acting, p);
}

async function feedbackToTW(office: Station, dept: Station) {
  const submissions = await office.deps.repo.listSubmissions(office.ws.id);
  const requests = await office.deps.repo.listUpdateRequests(office.ws.id);
  const payload = withUpdateAnswers(
    buildFeedbackPayload(submissions, office.ws.station, 'TW'),
    requests,
    'TW',
    submissions,
  );
  const out = must(await exportFeedbackBundle(office.deps, office.acting, 'TW', payload));
  must(await office.deps.repo.recordBundle(office.ws.id, { bundle: out.record }, office.acting.actor));
  const p = must(await previewNoticeBundle(dept.deps, dept.ws, await dept.state(), out.bytes, 'feedback'));
  if (p.kind === 'already-imported') throw new Error('already imported');
  must(await commitNoticeBundle(dept.deps, dept.acting, p));
}

/** TW's A10-3 approved by the school and the approval imported at TW: frozen at both stations. */
async function schoolApproved() {
  const { office, dept } = await threeStations();
  must(await dept.deps.repo.commitSlice(keyAt(dept), sampleRows(table, 3, 1), FILLER, 'test'));
  await submitAndApprove(dept);
  must(await toOffice(dept, office));
  const approve = { type: 'approve', level: 3, checklist: passing(3), ticks: [] } as const;
  must(await office.deps.repo.reviewAction(keyAt(office), approve, SUPERVISOR));
  await feedbackToTW(office, dept);
  expect((await stateAt(dept))?.state).toBe('school-approved');
  must(await dept.deps.repo.requestUpdate(keyAt(dept), REQUEST_ID, '社团合并，需更新名单', FILLER));
  return { office, dept };
}

describe('申请更新 between a department and the office', () => {
  it('is granted: the office copy and then TW’s reopen, TW re-submits and the office takes the new rows', async () => {
    const { office, dept } = await schoolApproved();
    // Asked twice: refused while the first waits.
    expect(
      message(await dept.deps.repo.requestUpdate(keyAt(dept), crypto.randomUUID(), '再次申请', FILLER)),
    ).toContain('已有一份申请更新在等待');
    must(await toOffice(dept, office));
    expect((await office.deps.repo.listUpdateRequests(office.ws.id)).map((r) => r.status)).toEqual([
      'pending',
    ]);
    expect((await stateAt(office))?.state).toBe('school-approved');

    // Only a 督导员 answers; the rest of the office stays as it was.
    const before = await dbHash(office.db);
    const byFiller = await office.deps.repo.answerUpdateRequest(office.ws.id, REQUEST_ID, true, '', FILLER);
    expect(message(byFiller)).toBe('只有学校督导室的督导员可以答复申请更新。');
    expect(await dbHash(office.db)).toBe(before);

    must(await office.deps.repo.answerUpdateRequest(office.ws.id, REQUEST_ID, true, '', SUPERVISOR));
    expect((await stateAt(office))?.state).toBe('draft');
    const kinds = (await getAuditEvents(office.db, office.ws.id)).slice(-2).map((e) => e.kind);
    expect(kinds).toEqual(['review.update', 'update.grant']);

    await feedbackToTW(office, dept);
    const atTW = await stateAt(dept);
    expect(atTW?.state).toBe('draft');
    expect(atTW?.history.at(-1)).toMatchObject({
      action: 'update',
      reason: '同意申请更新：社团合并，需更新名单',
      actor: { name: '吴督导', station: { role: 'office' } },
    });
    expect((await dept.deps.repo.listUpdateRequests(dept.ws.id)).map((r) => r.status)).toEqual(['granted']);

    // TW updates and hands the slice over again; the office takes the new rows as an ordinary bundle.
    const rows = sampleRows(table, 4, 2);
    must(await dept.deps.repo.commitSlice(keyAt(dept), rows, FILLER, 'test'));
    await submitAndApprove(dept);
    must(await toOffice(dept, office));
    expect(await office.deps.repo.loadTableRows(keyAt(office))).toHaveLength(4);
    expect((await stateAt(office))?.state).toBe('received');
  }, 60_000);

  it('is refused with a reason: the answer reaches TW and both copies stay frozen', async () => {
    const { office, dept } = await schoolApproved();
    must(await toOffice(dept, office));
    const blank = await office.deps.repo.answerUpdateRequest(
      office.ws.id,
      REQUEST_ID,
      false,
      ' ',
      SUPERVISOR,
    );
    expect(message(blank)).toBe('不同意申请更新时必须填写理由。');
    must(
      await office.deps.repo.answerUpdateRequest(
        office.ws.id,
        REQUEST_ID,
        false,
        '请在下一学年更新',
        SUPERVISOR,
      ),
    );
    expect((await stateAt(office))?.state).toBe('school-approved');
    await feedbackToTW(office, dept);
    const [req] = await dept.deps.repo.listUpdateRequests(dept.ws.id);
    expect([req?.status, req?.answer?.reason]).toEqual(['refused', '请在下一学年更新']);
    expect((await stateAt(dept))?.state).toBe('school-approved');
  }, 60_000);
});
