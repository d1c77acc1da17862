/**
 * Receipts at database level (docs/bundle-rules.md): a receipt is order-free and idempotent by the bundle
 * hash it confirms, so feedback and its receipt on one USB stick import in either order, while an older
 * feedback bundle is still refused as a rollback; and only the addressee of a bundle can confirm it.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { receiptFiles } from '../../../shared/bundle/receipt';
import type { FeedbackPayload } from '../../../shared/review/feedback-payload';
import { commitDataBundle } from './data-commit';
import { buildDataBundle, exportFeedbackBundle } from './data-export';
import { previewDataBundle } from './data-import';
import { commitNoticeBundle, previewNoticeBundle } from './notice-import';
import { buildOutgoing } from './outgoing';
import { communityRows, dbHash, type Station } from './testing/exchange-kit';
import { must, threeStations } from './testing/three-stations';

const EMPTY: FeedbackPayload = { format: 'review-feedback', version: 1, decisions: [] };

/** TW sends A10-3 to the office, which imports it; returns TW's bundle and the office's receipt. */
async function sendToOffice(dept: Station, office: Station) {
  const key = { workspaceId: dept.ws.id, tableCode: 'A10-3', departmentCode: 'TW' };
  must(await dept.deps.repo.commitSlice(key, communityRows(2, 'TW'), dept.acting.actor, 'typed'));
  const data = must(await buildDataBundle(dept.deps, dept.acting, await dept.state(), 'OFFICE'));
  must(await dept.deps.repo.recordBundle(dept.ws.id, { bundle: data.record }, dept.acting.actor));
  const p = must(await previewDataBundle(office.deps, office.ws, await office.state(), data.bytes));
  const c = must(await commitDataBundle(office.deps, office.acting, p));
  if (c.status !== 'imported') throw new Error('not imported');
  const receipt = must(c.receipt);
  must(await office.deps.repo.recordBundle(office.ws.id, { bundle: receipt.record }, office.acting.actor));
  return { data, receipt };
}

async function importNotice(s: Station, bytes: Uint8Array, kind: 'receipt' | 'feedback') {
  const p = await previewNoticeBundle(s.deps, s.ws, await s.state(), bytes, kind);
  if (!p.ok) return p;
  if (p.value.kind === 'already-imported') return { ok: true as const, value: 'already' };
  const c = await commitNoticeBundle(s.deps, s.acting, p.value);
  return c.ok ? { ok: true as const, value: 'imported' } : c;
}

/** The office writes (and, as on saving the file, records) a feedback bundle for TW. */
async function feedback(office: Station): Promise<Uint8Array> {
  const out = must(await exportFeedbackBundle(office.deps, office.acting, 'TW', EMPTY));
  must(await office.deps.repo.recordBundle(office.ws.id, { bundle: out.record }, office.acting.actor));
  return out.bytes;
}

describe('receipts are order-free and idempotent; rollbacks are still refused', () => {
  it('feedback then its receipt (one USB stick): both import, and the bundle shows as delivered', async () => {
    const { office, dept } = await threeStations();
    const { data, receipt } = await sendToOffice(dept, office);
    const fb = await feedback(office);
    expect(await importNotice(dept, fb, 'feedback')).toEqual({ ok: true, value: 'imported' });
    expect(await importNotice(dept, receipt.bytes, 'receipt')).toEqual({ ok: true, value: 'imported' });
    const sent = (await dept.state()).bundles.find((b) => b.bundleHash === data.record.bundleHash);
    expect(sent?.status).toBe('delivered');
    // The same receipt again is a no-op.
    const before = await dbHash(dept.db);
    expect(await importNotice(dept, receipt.bytes, 'receipt')).toEqual({ ok: true, value: 'already' });
    expect(await dbHash(dept.db)).toBe(before);
  });

  it('receipt then feedback imports too; the receipt leaves no gap on the strict counter', async () => {
    const { office, dept } = await threeStations();
    const first = await feedback(office);
    const { receipt } = await sendToOffice(dept, office);
    const second = await feedback(office);
    expect(await importNotice(dept, receipt.bytes, 'receipt')).toEqual({ ok: true, value: 'imported' });
    expect(await importNotice(dept, first, 'feedback')).toEqual({ ok: true, value: 'imported' });
    const p = must(await previewNoticeBundle(dept.deps, dept.ws, await dept.state(), second, 'feedback'));
    if (p.kind === 'already-imported') throw new Error('kind');
    expect(p.verified.warnings).toEqual([]); // no "缺少第 n 号" for the receipt's number
    must(await commitNoticeBundle(dept.deps, dept.acting, p));
  });

  it('an older feedback bundle after a newer one is still refused as a rollback, database unchanged', async () => {
    const { office, dept } = await threeStations();
    const older = await feedback(office);
    const newer = await feedback(office);
    expect(await importNotice(dept, newer, 'feedback')).toEqual({ ok: true, value: 'imported' });
    const before = await dbHash(dept.db);
    const r = await importNotice(dept, older, 'feedback');
    expect(r).toMatchObject({ ok: false, error: { code: 'replay' } });
    expect(await dbHash(dept.db)).toBe(before);
  });
});

describe('a receipt must be signed by the bundle’s addressee', () => {
  it('a summary department cannot confirm delivery of a bundle a department sent to the office', async () => {
    const { office, summary, dept } = await threeStations();
    const { data } = await sendToOffice(dept, office);
    const m = data.manifest;
    const forged = must(
      await buildOutgoing(summary.deps, summary.acting, await summary.state(), {
        kind: 'receipt',
        addressee: 'TW',
        files: receiptFiles({
          format: 'sdd-receipt',
          version: 1,
          bundleHash: data.record.bundleHash,
          kind: m.kind,
          seq: m.seq,
          senderKeyId: m.keyId,
          senderDepartment: 'TW',
          importedAt: '2025-10-09T00:00:00.000Z',
          slices: [],
        }),
      }),
    );
    const before = await dbHash(dept.db);
    const r = await importNotice(dept, forged.bytes, 'receipt');
    expect(r).toMatchObject({
      ok: false,
      error: {
        code: 'receipt-wrong-signer',
        message: '回执由 XGC 签名，但该数据包是发给 OFFICE 的；只有收件方能确认收到，已拒绝。',
      },
    });
    expect(await dbHash(dept.db)).toBe(before);
    const sent = (await dept.state()).bundles.find((b) => b.bundleHash === data.record.bundleHash);
    expect(sent?.status).toBe('sent');
  });
});
