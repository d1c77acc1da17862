/**
 * 申请更新 for a table routed through a summary department, on real stations (IndexedDB, the real write,
 * export and import paths): TW asks to update its school-approved A9-6-1; the request rides in TW's data
 * bundle to 学生工作处 (XGC), which checks it, stores nothing and forwards it inside TW's signed original;
 * the office's 督导员 answers; the answer and the 更新 decision go down in the office's feedback to XGC
 * (reopening XGC's frozen copy) and on inside XGC's feedback to TW (reopening TW's). XGC cannot ask in
 * TW's name, answer in the office's name, nor TW ask off its route; each is refused whole, the receiving
 * database unchanged; a request replayed after its answer leaves the answer as it was.
 */
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import type { BundleFileInput } from '../../../shared/bundle/bundle-writer';
import { canonicalTableBytes, tableEntryPath } from '../../../shared/bundle/table-file';
import { REVIEW_ENTRY, submissionEntryBytes } from '../../../shared/review/submission-entry';
import { answerUpdateRequest, type UpdateRequest } from '../../../shared/review/update-request';
import { getAuditEvents } from '../../db/reads';
import { planForwardNow } from './data-export';
import { buildOutgoing } from './outgoing';
import { dbHash, type Station } from './testing/exchange-kit';
import {
  feedbackDown,
  feedbackFrom,
  projectRows,
  relayedKey,
  relayUp,
  schoolApprovedThroughXgc,
  stateAt,
  SUPERVISOR,
  tryImport,
  twToXgc,
  xgcForward,
} from './testing/update-relay-kit';
import { FILLER, importFeedback } from './testing/relay-kit';
import { must, threeStations } from './testing/three-stations';

const ID = '5d7c1f0e-2b8a-4c39-9e61-7a0b3c4d5e6f';
const REASON = '新增一项暑期社会实践，需补录';

let office: Station;
let summary: Station;
let dept: Station;

const message = (r: { ok: boolean; error?: { message: string } }) => (r.ok ? '' : (r.error?.message ?? ''));
const requestsAt = (s: Station) => s.deps.repo.listUpdateRequests(s.ws.id);
const lastKinds = async (s: Station, n: number) =>
  (await getAuditEvents(s.db, s.ws.id)).slice(-n).map((e) => e.kind);

/** The request travels TW → XGC → office: XGC stores nothing, the office holds it pending. */
async function requestReachesOffice(): Promise<void> {
  must(await tryImport(summary, await twToXgc(dept)));
  expect(await requestsAt(summary)).toEqual([]);
  must(await tryImport(office, await xgcForward(summary)));
  expect((await requestsAt(office)).map((r) => [r.departmentCode, r.tableCode, r.status])).toEqual([
    ['TW', 'A9-6-1', 'pending'],
  ]);
}

/** A data or forward bundle `signer` signs over files it chose (what a station could send if it tried). */
async function signedBy(
  signer: Station,
  kind: 'data' | 'forward',
  addressee: string,
  files: BundleFileInput[],
) {
  const out = await buildOutgoing(signer.deps, signer.acting, await signer.state(), {
    kind,
    addressee,
    files,
  });
  return must(out).bytes;
}

const reviewFile = (requests: UpdateRequest[]): BundleFileInput => ({
  path: REVIEW_ENTRY,
  bytes: submissionEntryBytes([], [], requests),
});

beforeEach(async () => {
  ({ office, summary, dept } = await threeStations());
  await schoolApprovedThroughXgc(office, summary, dept);
  must(await dept.deps.repo.requestUpdate(relayedKey(dept), ID, REASON, FILLER));
}, 120_000);

describe('申请更新 through a summary department', () => {
  it('granted: every frozen copy reopens on the way down, audited, and the update goes through L1–L3 again', async () => {
    await requestReachesOffice();
    must(await office.deps.repo.answerUpdateRequest(office.ws.id, ID, true, '', SUPERVISOR));
    expect(await stateAt(office)).toBe('draft');

    must(await importFeedback(summary, await feedbackFrom(office, 'XGC')));
    expect(await stateAt(summary)).toBe('draft');
    expect(await requestsAt(summary)).toEqual([]);
    const atXgc = (await getAuditEvents(summary.db, summary.ws.id)).at(-1);
    expect(atXgc?.kind).toBe('bundle.feedback');
    expect(JSON.stringify(atXgc?.summary)).toContain('"applied":1');

    must(await importFeedback(dept, await feedbackFrom(summary, 'TW')));
    expect(await stateAt(dept)).toBe('draft');
    const tw = (await dept.deps.repo.listSubmissions(dept.ws.id)).find((s) => s.tableCode === 'A9-6-1');
    expect(tw?.history.at(-1)).toMatchObject({
      action: 'update',
      reason: `同意申请更新：${REASON}`,
      actor: { name: SUPERVISOR.name, station: { role: 'office' } },
    });
    expect((await requestsAt(dept)).map((r) => r.status)).toEqual(['granted']);
    expect(await lastKinds(dept, 1)).toEqual(['bundle.feedback']);

    // TW updates; the new rows go up the route and through every approval again.
    must(await dept.deps.repo.commitSlice(relayedKey(dept), projectRows(3, '更新后项目'), FILLER, 'typed'));
    await relayUp(office, summary, dept);
    expect(await office.deps.repo.loadTableRows(relayedKey(office))).toHaveLength(3);
    expect(await stateAt(office)).toBe('summary-approved');
  }, 120_000);

  it('refused with a reason: the answer reaches TW through XGC and every copy stays frozen', async () => {
    await requestReachesOffice();
    must(await office.deps.repo.answerUpdateRequest(office.ws.id, ID, false, '请在下一学年更新', SUPERVISOR));
    await feedbackDown(office, summary, dept);
    const [req] = await requestsAt(dept);
    expect([req?.status, req?.answer?.reason, req?.answer?.by.name]).toEqual([
      'refused',
      '请在下一学年更新',
      SUPERVISOR.name,
    ]);
    for (const s of [office, summary, dept]) expect(await stateAt(s)).toBe('school-approved');
  }, 120_000);

  it('XGC cannot ask in TW’s name: its own entry carrying TW’s request refuses the forward whole', async () => {
    must(await tryImport(summary, await twToXgc(dept)));
    const [request] = await requestsAt(dept);
    const plan = must(await planForwardNow(summary.deps, summary.ws, await summary.state()));
    const forged = await signedBy(summary, 'forward', 'OFFICE', [...plan.files, reviewFile([request!])]);
    const before = await dbHash(office.db);
    expect(message(await tryImport(office, forged))).toBe(
      '数据包中的审核记录不正确（申请更新（表 A9-6-1）不属于报送部门），已拒绝。',
    );
    expect(await dbHash(office.db)).toBe(before);
  }, 120_000);

  it('TW cannot send XGC a request for a table it sends the office directly: refused whole at XGC', async () => {
    const offRoute: UpdateRequest = { ...(await requestsAt(dept))[0]!, tableCode: 'A10-3' };
    const rows = await dept.deps.repo.loadTableRows(relayedKey(dept));
    const table = { tableCode: 'A9-6-1', departmentCode: 'TW', rows };
    const forged = await signedBy(dept, 'data', 'XGC', [
      { path: tableEntryPath('A9-6-1'), bytes: canonicalTableBytes(table), rows: rows.length },
      reviewFile([offRoute]),
    ]);
    const before = await dbHash(summary.db);
    expect(message(await tryImport(summary, forged))).toBe(
      '数据包中的申请更新（TW 的表 A10-3）不是由签名部门沿该表的报送路线提出的，整个数据包已拒绝。',
    );
    expect(await dbHash(summary.db)).toBe(before);
  }, 120_000);

  it('XGC cannot answer in the office’s name: a grant in its own feedback refuses the bundle whole at TW', async () => {
    const [request] = await requestsAt(dept);
    const office = {
      name: '假督导',
      role: 'supervisor',
      station: { role: 'office', departmentCode: null },
    } as const;
    const grant = must(answerUpdateRequest(request!, true, '', office, '2025-10-09T00:00:00.000Z'));
    const bytes = await feedbackFrom(summary, 'TW', (p) => ({ ...p, updateAnswers: [grant] }));
    const before = await dbHash(dept.db);
    expect(message(await importFeedback(dept, bytes))).toBe(
      '反馈包中对 TW 的表 A9-6-1 的申请更新答复不是督导室签发的，整个反馈包已拒绝。',
    );
    expect(await dbHash(dept.db)).toBe(before);
    expect(await stateAt(dept)).toBe('school-approved');
  }, 120_000);

  it('a request replayed after its answer (XGC forwards TW’s original again) leaves the answer as it was', async () => {
    await requestReachesOffice();
    must(await office.deps.repo.answerUpdateRequest(office.ws.id, ID, false, '不同意', SUPERVISOR));
    must(await tryImport(office, await xgcForward(summary)));
    expect((await requestsAt(office)).map((r) => r.status)).toEqual(['refused']);
  }, 120_000);
});
