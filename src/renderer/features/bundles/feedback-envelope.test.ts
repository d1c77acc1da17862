import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { FeedbackPayload } from '../../../shared/review/feedback-payload';
import type { VerifyRunner } from '../../../shared/bundle/verify-ops';
import { exportFeedbackBundle } from './data-export';
import { commitNoticeBundle, previewNoticeBundle } from './notice-import';
import { dbHash } from './testing/exchange-kit';
import { must, threeStations } from './testing/three-stations';

const EMPTY: FeedbackPayload = { format: 'review-feedback', version: 1, decisions: [] };

describe('feedback envelope', () => {
  it('goes down the route: office → summary, summary → its contributor; a department cannot send one', async () => {
    const { office, summary, dept } = await threeStations();
    const fromOffice = must(await exportFeedbackBundle(office.deps, office.acting, 'XGC', EMPTY));
    const p = must(
      await previewNoticeBundle(
        summary.deps,
        summary.ws,
        await summary.state(),
        fromOffice.bytes,
        'feedback',
      ),
    );
    if (p.kind !== 'feedback') throw new Error('kind');
    must(await commitNoticeBundle(summary.deps, summary.acting, p));
    expect(
      (await summary.state()).bundles.some((b) => b.kind === 'feedback' && b.direction === 'received'),
    ).toBe(true);

    // TW reports A9-6-1 through XGC, so XGC's registered key may send it feedback.
    const fromSummary = must(await exportFeedbackBundle(summary.deps, summary.acting, 'TW', EMPTY));
    const q = must(
      await previewNoticeBundle(dept.deps, dept.ws, await dept.state(), fromSummary.bytes, 'feedback'),
    );
    expect(q.kind).toBe('feedback');

    // Office feedback addressed to XGC is refused at TW, and nothing changes.
    const before = await dbHash(dept.db);
    const wrong = await previewNoticeBundle(
      dept.deps,
      dept.ws,
      await dept.state(),
      fromOffice.bytes,
      'feedback',
    );
    expect(wrong.ok ? '' : wrong.error.message).toBe('数据包是发给 XGC 的，不是本站（TW），已拒绝。');
    expect(await dbHash(dept.db)).toBe(before);
    expect((await exportFeedbackBundle(dept.deps, dept.acting, 'XGC', EMPTY)).ok).toBe(false);
  });

  it('is parsed and validated in the verify operation (the Worker in the app); a malformed payload is refused there', async () => {
    const { office, summary } = await threeStations();
    const answers: unknown[] = [];
    const recording: VerifyRunner = async (op, req) => {
      const r = await summary.deps.verify(op, req);
      answers.push(r);
      return r;
    };
    const deps = { ...summary.deps, verify: recording };
    const decisions = [
      { departmentCode: 'TW', tableCode: 'A9-6-1', entry: { action: 'approve', to: 'draft' } },
    ];
    const good = must(await exportFeedbackBundle(office.deps, office.acting, 'XGC', EMPTY));
    const bad = must(
      await exportFeedbackBundle(office.deps, office.acting, 'XGC', {
        ...EMPTY,
        decisions,
      } as unknown as FeedbackPayload),
    );

    const before = await dbHash(summary.db);
    const refused = await previewNoticeBundle(deps, summary.ws, await summary.state(), bad.bytes, 'feedback');
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'invalid-feedback', message: '反馈包中的审核意见格式不正确，已拒绝导入' },
    });
    expect(answers.at(-1)).toMatchObject({ ok: false, error: { code: 'invalid-feedback' } });
    expect(await dbHash(summary.db)).toBe(before);

    const p = must(
      await previewNoticeBundle(deps, summary.ws, await summary.state(), good.bytes, 'feedback'),
    );
    expect(p.kind === 'feedback' && p.feedback).toEqual(EMPTY);
    expect(answers.at(-1)).toMatchObject({ ok: true, value: { feedback: EMPTY } });
  });
});
