/**
 * Feedback bound to its signer, through the real export and import paths on IndexedDB: TW's A9-6-1 goes
 * through XGC (L2) to the office (L3); the office's decision reaches TW inside XGC's feedback as the
 * office's own signed bundle, and TW records each decision under the station that signed it. XGC's key
 * cannot approve at level 3 or speak in the office's name, and cannot roll back a relayed office bundle.
 */
import 'fake-indexeddb/auto';
import { beforeAll, describe, expect, it } from 'vitest';
import { passing } from '../../../shared/review/review-test-fixtures';
import { buildFeedbackPayload } from '../../../shared/review/feedback-exchange';
import type { FeedbackPayload } from '../../../shared/review/feedback-payload';
import { getSubmission } from '../../db/review-reads';
import type { ReviewUser } from '../../data/records';
import { dbHash, type Station } from './testing/exchange-kit';
import { HEAD, importFeedback, relayedToOffice, sendFeedback, twA9 as key } from './testing/relay-kit';
import { must } from './testing/three-stations';

const SUPERVISOR: ReviewUser = { name: '钱督导', role: 'supervisor' };

let office: Station;
let summary: Station;
let dept: Station;

/** `from` writes its feedback for `to` as the review page does, and records it as saving the file does. */
async function feedbackFrom(from: Station, to: string, edit?: (p: FeedbackPayload) => FeedbackPayload) {
  const payload = buildFeedbackPayload(await from.deps.repo.listSubmissions(from.ws.id), from.ws.station, to);
  return sendFeedback(from, to, edit ? edit(payload) : payload);
}

beforeAll(async () => {
  ({ office, summary, dept } = await relayedToOffice());
  const l3 = { type: 'approve', level: 3, checklist: passing(3), ticks: [] } as const;
  must(await office.deps.repo.reviewAction(key(office), l3, SUPERVISOR));
  must(await importFeedback(summary, await feedbackFrom(office, 'XGC')));
}, 120_000);

describe('feedback decisions are bound to the station whose signature covers them', () => {
  it('the office’s L3 reaches TW relayed inside XGC’s feedback; each decision is recorded under its signer', async () => {
    const relayed = await feedbackFrom(summary, 'TW');
    must(await importFeedback(dept, relayed));
    const copy = await getSubmission(dept.db, {
      workspaceId: dept.ws.id,
      tableCode: 'A9-6-1',
      departmentCode: 'TW',
    });
    expect(copy?.state).toBe('school-approved');
    expect(
      copy?.history.slice(-2).map((e) => [e.action, e.level, e.actor.station.role, e.actor.name]),
    ).toEqual([
      ['approve', 2, 'summary', HEAD.name],
      ['approve', 3, 'office', SUPERVISOR.name],
    ]);
  });

  it('XGC’s key cannot approve at level 3 or lock in the office’s name: the bundle is refused, TW unchanged', async () => {
    for (const forge of [
      (p: FeedbackPayload) => ({
        ...p,
        decisions: p.decisions.map((d) => ({
          ...d,
          entry: { ...d.entry, level: 3 as const, to: 'school-approved' as const },
        })),
      }),
      (p: FeedbackPayload) => ({
        ...p,
        decisions: p.decisions.map((d) => ({
          ...d,
          entry: {
            ...d.entry,
            action: 'lock' as const,
            level: undefined,
            to: 'locked' as const,
            actor: {
              ...d.entry.actor,
              role: 'leader' as const,
              station: { role: 'office' as const, departmentCode: null },
            },
          },
        })),
      }),
    ]) {
      const bytes = await feedbackFrom(summary, 'TW', forge);
      const before = await dbHash(dept.db);
      const r = await importFeedback(dept, bytes);
      expect(r.ok ? '' : r.error.message).toMatch(/^反馈包中 TW 的 A9-6-1 表的审核意见.*整个反馈包已拒绝。$/);
      expect(await dbHash(dept.db)).toBe(before);
    }
  });

  it('an older office bundle relayed after a newer one is refused as a rollback', async () => {
    // The office returns the table, XGC imports that newer office bundle; a relay of the older one is refused.
    const returned = { type: 'return', reason: '请核对获奖级别', comments: [] } as const;
    const olderOffice = (await summary.state()).bundles.find(
      (b) => b.kind === 'feedback' && b.direction === 'received',
    );
    must(await office.deps.repo.reviewAction(key(office), returned, SUPERVISOR));
    must(await importFeedback(summary, await feedbackFrom(office, 'XGC')));
    must(await importFeedback(dept, await feedbackFrom(summary, 'TW')));
    expect(
      (await getSubmission(dept.db, { workspaceId: dept.ws.id, tableCode: 'A9-6-1', departmentCode: 'TW' }))
        ?.state,
    ).toBe('draft');
    // XGC "forgets" the newer office bundle and relays the older approval again.
    await summary.db.bundles
      .filter(
        (b) =>
          b.kind === 'feedback' && b.direction === 'received' && b.bundleHash !== olderOffice?.bundleHash,
      )
      .delete();
    const before = await dbHash(dept.db);
    const r = await importFeedback(dept, await feedbackFrom(summary, 'TW'));
    expect(r.ok ? '' : r.error.message).toMatch(/转来的督导室意见是第 \d+ 号，早于本站已持有的第 \d+ 号/);
    expect(await dbHash(dept.db)).toBe(before);
  });
});
