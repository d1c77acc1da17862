/**
 * Test steps for the relay office → summary department → department on real stations (exchange-kit.ts,
 * three-stations.ts): TW's A9-6-1 through 学生工作处 (XGC, L2) to the office, the imports, and each
 * station's feedback as the review page writes it. Only tests import it.
 */
import { buildFeedbackPayload } from '../../../../shared/review/feedback-exchange';
import type { FeedbackPayload } from '../../../../shared/review/feedback-payload';
import { withCorrections } from '../../../../shared/review/correction-feedback';
import { passing } from '../../../../shared/review/review-test-fixtures';
import { newSubmission } from '../../../../shared/review/review-workflow';
import { yearLockBlockers } from '../../../../shared/review/year-lock';
import type { ReviewUser } from '../../../db/review-writes';
import { commitDataBundle } from '../data-commit';
import { buildDataBundle, buildForwardBundle, exportFeedbackBundle } from '../data-export';
import { previewDataBundle } from '../data-import';
import { commitNoticeBundle, previewNoticeBundle } from '../notice-import';
import { fieldRows, type Station } from './exchange-kit';
import { must, threeStations } from './three-stations';

export const FILLER: ReviewUser = { name: '唐信息', role: 'filler' };
export const HEAD: ReviewUser = { name: '田书记', role: 'head' };
export const SUPERVISOR = { name: '钱督导', role: 'supervisor' } as const;
export const LEADER = { name: '郑校长', role: 'leader' } as const;

/** `s`'s copy of a department's A9-6-1 (TW's unless named). */
export const a9Key = (s: Station, dept = 'TW') => ({
  workspaceId: s.ws.id,
  tableCode: 'A9-6-1',
  departmentCode: dept,
});

export async function importData(s: Station, bytes: Uint8Array): Promise<void> {
  const p = must(await previewDataBundle(s.deps, s.ws, await s.state(), bytes));
  const c = must(await commitDataBundle(s.deps, s.acting, p));
  if (c.status !== 'imported') throw new Error(`data bundle ${c.status}`);
}

export async function importFeedback(s: Station, bytes: Uint8Array) {
  const p = await previewNoticeBundle(s.deps, s.ws, await s.state(), bytes, 'feedback');
  if (!p.ok) return p;
  if (p.value.kind !== 'feedback') throw new Error(p.value.kind);
  return commitNoticeBundle(s.deps, s.acting, p.value);
}

/** `from`'s feedback for `to` as the review page writes it (with the office's corrections), recorded as sent. */
export async function feedbackFrom(
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
  const out = must(await exportFeedbackBundle(from.deps, from.acting, to, edit ? edit(payload) : payload));
  must(await from.deps.repo.recordBundle(from.ws.id, { bundle: out.record }, from.acting.actor));
  return out.bytes;
}

/**
 * Three stations with TW's A9-6-1 (two 项目名称, required) submitted and approved at TW (L1), imported and
 * approved at XGC (L2) and forwarded to the office, where it waits for L3.
 */
export async function a9AtOffice(): Promise<{ office: Station; summary: Station; dept: Station }> {
  const stations = await threeStations();
  const { office, summary, dept } = stations;
  const rows = fieldRows(2, (i) => ({ projname: `社会实践项目${i + 1}` }));
  must(await dept.deps.repo.commitSlice(a9Key(dept), rows, FILLER, 'typed'));
  must(await dept.deps.repo.reviewAction(a9Key(dept), { type: 'submit' }, FILLER));
  const l1 = { type: 'approve', level: 1, checklist: passing(1), ticks: [] } as const;
  must(await dept.deps.repo.reviewAction(a9Key(dept), l1, HEAD));
  await importData(
    summary,
    must(await buildDataBundle(dept.deps, dept.acting, await dept.state(), 'XGC')).bytes,
  );
  const l2 = { type: 'approve', level: 2, checklist: passing(2), ticks: [] } as const;
  must(await summary.deps.repo.reviewAction(a9Key(summary), l2, HEAD));
  await importData(
    office,
    must(await buildForwardBundle(summary.deps, summary.acting, await summary.state())).bytes,
  );
  return stations;
}

/** The 领导小组 locks the office's year, every expected slice it has not received seeded school-approved. */
export async function lockWithOthersApproved(office: Station): Promise<void> {
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
  must(await office.deps.repo.lockYear(office.ws.id, LEADER));
}
