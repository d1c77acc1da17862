/**
 * Test kit for 申请更新 on a slice relayed through a summary department (relay-kit.ts's stations and
 * slice): TW's A9-6-1 through 学生工作处 (XGC, L2) to the office (L3) and back, with the bundle steps the
 * review and exchange pages take — feedback written with the office's corrections and 申请更新 answers,
 * each bundle recorded as sent, imports returning their refusal rather than throwing.
 */
import { expect } from 'vitest';
import { withCorrections } from '../../../../shared/review/correction-feedback';
import { buildFeedbackPayload } from '../../../../shared/review/feedback-exchange';
import type { FeedbackPayload } from '../../../../shared/review/feedback-payload';
import { passing } from '../../../../shared/review/review-test-fixtures';
import { withUpdateAnswers } from '../../../../shared/review/update-request-route';
import type { ReviewUser } from '../../../db/review-writes';
import { commitDataBundle } from '../data-commit';
import { buildDataBundle, buildForwardBundle, exportFeedbackBundle } from '../data-export';
import { previewDataBundle } from '../data-import';
import { fieldRows, type Station } from './exchange-kit';
import { FILLER, HEAD, importFeedback, twA9 } from './relay-kit';
import { must } from './three-stations';

export const SUPERVISOR: ReviewUser = { name: '钱督导', role: 'supervisor' };
export const RELAYED_TABLE = 'A9-6-1';

export const relayedKey = twA9;

/** 项目名称(全称) is required: a slice with an empty required cell cannot be submitted. */
export const projectRows = (n: number, tag = '社会实践项目') =>
  fieldRows(n, (i) => ({ projname: `${tag}${i + 1}` }));

/** Preview and commit a data or forward bundle at `s`; the refusal, if any. */
export async function tryImport(s: Station, bytes: Uint8Array) {
  const p = await previewDataBundle(s.deps, s.ws, await s.state(), bytes);
  return p.ok ? commitDataBundle(s.deps, s.acting, p.value) : p;
}

/** `from`'s feedback for `to` as the review page writes it, recorded as sent; its bytes. */
export async function feedbackFrom(
  from: Station,
  to: string,
  edit?: (p: FeedbackPayload) => FeedbackPayload,
): Promise<Uint8Array> {
  const submissions = await from.deps.repo.listSubmissions(from.ws.id);
  const office = from.ws.station.role === 'office';
  const corrections = office ? await from.deps.repo.listCorrections(from.ws.id) : [];
  const requests = office ? await from.deps.repo.listUpdateRequests(from.ws.id) : [];
  const payload = withUpdateAnswers(
    withCorrections(
      buildFeedbackPayload(submissions, from.ws.station, to),
      corrections,
      submissions,
      from.ws.station,
      to,
    ),
    requests,
    to,
    submissions,
  );
  const out = must(await exportFeedbackBundle(from.deps, from.acting, to, edit ? edit(payload) : payload));
  must(await from.deps.repo.recordBundle(from.ws.id, { bundle: out.record }, from.acting.actor));
  return out.bytes;
}

/** TW's data bundle to XGC, recorded as sent; its bytes. */
export async function twToXgc(dept: Station): Promise<Uint8Array> {
  const out = must(await buildDataBundle(dept.deps, dept.acting, await dept.state(), 'XGC'));
  must(await dept.deps.repo.recordBundle(dept.ws.id, { bundle: out.record }, dept.acting.actor));
  return out.bytes;
}

/** XGC's forward to the office, recorded as sent; its bytes. */
export async function xgcForward(summary: Station): Promise<Uint8Array> {
  const out = must(await buildForwardBundle(summary.deps, summary.acting, await summary.state()));
  must(await summary.deps.repo.recordBundle(summary.ws.id, { bundle: out.record }, summary.acting.actor));
  return out.bytes;
}

/** TW submits and its 负责人 approves (L1), TW → XGC, XGC approves (L2) and forwards to the office. */
export async function relayUp(office: Station, summary: Station, dept: Station): Promise<void> {
  must(await dept.deps.repo.reviewAction(relayedKey(dept), { type: 'submit' }, FILLER));
  const l1 = { type: 'approve', level: 1, checklist: passing(1), ticks: [] } as const;
  must(await dept.deps.repo.reviewAction(relayedKey(dept), l1, HEAD));
  must(await tryImport(summary, await twToXgc(dept)));
  const l2 = { type: 'approve', level: 2, checklist: passing(2), ticks: [] } as const;
  must(await summary.deps.repo.reviewAction(relayedKey(summary), l2, HEAD));
  must(await tryImport(office, await xgcForward(summary)));
}

/** The office's feedback to XGC, then XGC's (relaying the office's bundle) to TW. */
export async function feedbackDown(office: Station, summary: Station, dept: Station): Promise<void> {
  must(await importFeedback(summary, await feedbackFrom(office, 'XGC')));
  must(await importFeedback(dept, await feedbackFrom(summary, 'TW')));
}

/** TW's A9-6-1 approved by the school, the approval relayed down: frozen at all three stations. */
export async function schoolApprovedThroughXgc(office: Station, summary: Station, dept: Station) {
  must(await dept.deps.repo.commitSlice(relayedKey(dept), projectRows(2), FILLER, 'typed'));
  await relayUp(office, summary, dept);
  const l3 = { type: 'approve', level: 3, checklist: passing(3), ticks: [] } as const;
  must(await office.deps.repo.reviewAction(relayedKey(office), l3, SUPERVISOR));
  await feedbackDown(office, summary, dept);
  for (const s of [office, summary, dept]) expect(await stateAt(s)).toBe('school-approved');
}

export const stateAt = async (s: Station) =>
  (await s.deps.repo.listSubmissions(s.ws.id)).find(
    (x) => x.tableCode === RELAYED_TABLE && x.departmentCode === 'TW',
  )?.state;
