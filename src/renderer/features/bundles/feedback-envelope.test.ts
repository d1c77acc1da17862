import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { FeedbackPayload } from '../../../shared/review/feedback-payload';
import { exportFeedbackBundle } from './data-export';
import { commitNoticeBundle, previewNoticeBundle } from './notice-import';
import { dbHash } from './testing/exchange-kit';
import { must, threeStations } from './testing/three-stations';

const EMPTY: FeedbackPayload = { format: 'review-feedback', version: 1, decisions: [] };

describe('feedback envelope', () => {
  it('goes down the route: office → summary, summary → its contributor; a department cannot send one', async () => {
    const { office, summary, dept } = await threeStations();
    const fromOffice = must(await exportFeedbackBundle(office.deps, office.acting, 'XGC', EMPTY));
    const p = must(await previewNoticeBundle(summary.deps, summary.ws, await summary.state(), fromOffice.bytes, 'feedback'));
    if (p.kind !== 'feedback') throw new Error('kind');
    must(await commitNoticeBundle(summary.deps, summary.acting, p));
    expect((await summary.state()).bundles.some((b) => b.kind === 'feedback' && b.direction === 'received')).toBe(true);

    // TW reports A9-6-1 through XGC, so XGC's registered key may send it feedback.
    const fromSummary = must(await exportFeedbackBundle(summary.deps, summary.acting, 'TW', EMPTY));
    const q = must(await previewNoticeBundle(dept.deps, dept.ws, await dept.state(), fromSummary.bytes, 'feedback'));
    expect(q.kind).toBe('feedback');

    // Office feedback addressed to XGC is refused at TW, and nothing changes.
    const before = await dbHash(dept.db);
    const wrong = await previewNoticeBundle(dept.deps, dept.ws, await dept.state(), fromOffice.bytes, 'feedback');
    expect(wrong.ok ? '' : wrong.error.message).toBe('数据包是发给 XGC 的，不是本站（TW），已拒绝。');
    expect(await dbHash(dept.db)).toBe(before);
    expect((await exportFeedbackBundle(dept.deps, dept.acting, 'XGC', EMPTY)).ok).toBe(false);
  });
});
