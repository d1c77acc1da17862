/**
 * Test kit for data and feedback relayed through a summary department, on the stations of
 * three-stations.ts: TW's A9-6-1 goes up through XGC (L2) to the office, and feedback comes back down
 * through the real export and import paths. Only tests import it.
 */
import { expect } from 'vitest';
import type { FeedbackPayload } from '../../../../shared/review/feedback-payload';
import { buildFeedbackPayload } from '../../../../shared/review/feedback-exchange';
import { withCorrections } from '../../../../shared/review/correction-feedback';
import { passing } from '../../../../shared/review/review-test-fixtures';
import { newSubmission } from '../../../../shared/review/review-workflow';
import { yearLockBlockers } from '../../../../shared/review/year-lock';
import type { ReviewUser } from '../../../data/records';
import { commitDataBundle } from '../data-commit';
import { buildDataBundle, buildForwardBundle, exportFeedbackBundle } from '../data-export';
import { previewDataBundle } from '../data-import';
import { commitNoticeBundle, previewNoticeBundle } from '../notice-import';
import { fieldRows, type Station } from './exchange-kit';
import { must, threeStations } from './three-stations';

export const FILLER: ReviewUser = { name: '唐信息', role: 'filler' };
export const HEAD: ReviewUser = { name: '田书记', role: 'head' };

/** TW's A9-6-1 slice at station `s`. */
export const twA9 = (s: Station) => ({ workspaceId: s.ws.id, tableCode: 'A9-6-1', departmentCode: 'TW' });

/** Previews and commits a data (or forward) bundle at `s`; the commit's status. */
export async function importData(s: Station, bytes: Uint8Array): Promise<string> {
  const p = must(await previewDataBundle(s.deps, s.ws, await s.state(), bytes));
  return must(await commitDataBundle(s.deps, s.acting, p)).status;
}

/** Previews and commits a feedback bundle at `s`; the refusal, if any. */
export async function importFeedback(s: Station, bytes: Uint8Array) {
  const p = await previewNoticeBundle(s.deps, s.ws, await s.state(), bytes, 'feedback');
  if (!p.ok) return p;
  if (p.value.kind !== 'feedback') throw new Error(p.value.kind);
  return commitNoticeBundle(s.deps, s.acting, p.value);
}

/** `from` signs `payload` as its feedback for `to` and records it as saving the file does; the bytes. */
export async function sendFeedback(from: Station, to: string, payload: FeedbackPayload): Promise<Uint8Array> {
  const out = must(await exportFeedbackBundle(from.deps, from.acting, to, payload));
  must(await from.deps.repo.recordBundle(from.ws.id, { bundle: out.record }, from.acting.actor));
  return out.bytes;
}

/** `from`'s feedback for `to` as the review page writes it (with the office's corrections), recorded as sent. */
export async function feedbackWithCorrections(
  from: Station,
  to: string,
  edit?: (p: FeedbackPayload) => FeedbackPayload,
): Promise<Uint8Array> {
  const submissions = await from.deps.repo.listSubmissions(from.ws.id);
  const corrections = await from.deps.repo.listCorrections(from.ws.id);
  const payload = withCorrections(
    buildFeedbackPayload(submissions, from.ws.station, to),
    corrections,
    submissions,
    from.ws.station,
    to,
  );
  return sendFeedback(from, to, edit ? edit(payload) : payload);
}

/** The 领导小组 locks the office's year, every expected slice it has not received seeded school-approved. */
export async function lockWithOthersApproved(office: Station, leader: ReviewUser): Promise<void> {
  const tasks = await office.deps.repo.loadTasks(office.ws.id);
  const held = await office.deps.repo.listSubmissions(office.ws.id);
  for (const b of yearLockBlockers(tasks, held)) {
    if (b.state !== null) throw new Error(`not seeding over ${b.tableCode}/${b.departmentCode}`);
    const task = tasks.find((t) => t.tableCode === b.tableCode)!;
    await office.db.submissions.put({
      workspaceId: office.ws.id,
      ...newSubmission(task, b.departmentCode),
      state: 'school-approved',
    });
  }
  must(await office.deps.repo.lockYear(office.ws.id, leader));
}

/**
 * The three stations, with TW's two A9-6-1 rows submitted and approved (L1), imported at XGC and approved
 * there (L2), and forwarded to the office, which holds them awaiting its own review.
 */
export async function relayedToOffice(): Promise<{ office: Station; summary: Station; dept: Station }> {
  const { office, summary, dept } = await threeStations();
  // 项目名称(全称) is required: a slice with an empty required cell cannot be submitted.
  const rows = fieldRows(2, (i) => ({ projname: `社会实践项目${i + 1}` }));
  must(await dept.deps.repo.commitSlice(twA9(dept), rows, FILLER, 'typed'));
  must(await dept.deps.repo.reviewAction(twA9(dept), { type: 'submit' }, FILLER));
  const l1 = { type: 'approve', level: 1, checklist: passing(1), ticks: [] } as const;
  must(await dept.deps.repo.reviewAction(twA9(dept), l1, HEAD));
  const up = must(await buildDataBundle(dept.deps, dept.acting, await dept.state(), 'XGC'));
  expect(await importData(summary, up.bytes)).toBe('imported');
  const l2 = { type: 'approve', level: 2, checklist: passing(2), ticks: [] } as const;
  must(await summary.deps.repo.reviewAction(twA9(summary), l2, HEAD));
  const forward = must(await buildForwardBundle(summary.deps, summary.acting, await summary.state()));
  expect(await importData(office, forward.bytes)).toBe('imported');
  return { office, summary, dept };
}
