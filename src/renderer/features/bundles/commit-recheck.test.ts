/**
 * The commit re-checks who signed (docs/bundle-rules.md "At the commit"): between preview and confirm the
 * office may revoke the signer's key, or a bundle from the department's newer key may arrive. The merge
 * transaction reads the trust list and sequence marks again and refuses, writing nothing.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { commitDataBundle } from './data-commit';
import { buildDataBundle } from './data-export';
import { previewDataBundle } from './data-import';
import { acceptRegistration, readRegistrationFile, revokeKey, rotateStationKey } from './key-service';
import { commitNoticeBundle, previewNoticeBundle } from './notice-import';
import { exportFeedbackBundle } from './data-export';
import { communityRows, dbHash, type Station } from './testing/exchange-kit';
import { must, setUp, threeStations } from './testing/three-stations';

async function tableBundle(dept: Station, rows: number): Promise<Uint8Array> {
  const key = { workspaceId: dept.ws.id, tableCode: 'A10-3', departmentCode: 'TW' };
  must(await dept.deps.repo.commitSlice(key, communityRows(rows, 'TW'), dept.acting.actor, 'typed'));
  return must(await buildDataBundle(dept.deps, dept.acting, await dept.state(), 'OFFICE')).bytes;
}

describe('the commit re-checks signer, revocation and sequence inside its transaction', () => {
  it('a key revoked between preview and confirm: the import is refused and nothing is written', async () => {
    const { office, dept } = await threeStations();
    const bytes = await tableBundle(dept, 3);
    const preview = must(await previewDataBundle(office.deps, office.ws, await office.state(), bytes));
    must(await revokeKey(office.deps, office.acting, await office.state(), preview.verified.manifest.keyId));
    const before = await dbHash(office.db);
    const r = await commitDataBundle(office.deps, office.acting, preview);
    expect(r.ok ? '' : r.error.message).toMatch(/在预览后已被吊销，本次导入已取消。$/);
    expect(await dbHash(office.db)).toBe(before);
    expect(
      await office.deps.repo.loadTableRows({
        workspaceId: office.ws.id,
        tableCode: 'A10-3',
        departmentCode: 'TW',
      }),
    ).toEqual([]);
  });

  it('a newer key’s bundle imported between preview and confirm: the old key’s bundle is refused', async () => {
    const { office, dept } = await threeStations();
    const old = await tableBundle(dept, 2);
    const preview = must(await previewDataBundle(office.deps, office.ws, await office.state(), old));
    const rotated = must(await rotateStationKey(dept.deps, dept.acting, '团委会'));
    const req = must(await readRegistrationFile(office.deps, rotated.registration.bytes));
    must(await acceptRegistration(office.deps, office.acting, await office.state(), req));
    const fresh = await tableBundle(dept, 4);
    const p2 = must(await previewDataBundle(office.deps, office.ws, await office.state(), fresh));
    must(await commitDataBundle(office.deps, office.acting, p2));
    const before = await dbHash(office.db);
    const r = await commitDataBundle(office.deps, office.acting, preview);
    expect(r.ok ? '' : r.error.message).toMatch(/新密钥 .* 签名的数据包，旧密钥的包已不能导入。$/);
    expect(await dbHash(office.db)).toBe(before);
    expect(
      (
        await office.deps.repo.loadTableRows({
          workspaceId: office.ws.id,
          tableCode: 'A10-3',
          departmentCode: 'TW',
        })
      ).length,
    ).toBe(4);
  });

  it('another bundle from the same key committed in between moves the mark: the stale preview is refused', async () => {
    const { office, dept } = await threeStations();
    const first = await tableBundle(dept, 1);
    const second = await tableBundle(dept, 2);
    const p1 = must(await previewDataBundle(office.deps, office.ws, await office.state(), first));
    const p2 = must(await previewDataBundle(office.deps, office.ws, await office.state(), second));
    must(await commitDataBundle(office.deps, office.acting, p2));
    const before = await dbHash(office.db);
    const r = await commitDataBundle(office.deps, office.acting, p1);
    expect(r.ok).toBe(false);
    expect(await dbHash(office.db)).toBe(before);
  });

  it('a feedback bundle whose signer was revoked after preview is refused at the commit', async () => {
    const { office, summary, dept } = await threeStations();
    const fb = must(
      await exportFeedbackBundle(summary.deps, summary.acting, 'TW', {
        format: 'review-feedback',
        version: 1,
        decisions: [],
      }),
    );
    const p = must(await previewNoticeBundle(dept.deps, dept.ws, await dept.state(), fb.bytes, 'feedback'));
    if (p.kind === 'already-imported') throw new Error('kind');
    must(await revokeKey(office.deps, office.acting, await office.state(), fb.manifest.keyId));
    await setUp(office, dept); // the revocation reaches TW with the office's next setup bundle
    const before = await dbHash(dept.db);
    const r = await commitNoticeBundle(dept.deps, dept.acting, p);
    expect(r.ok ? '' : r.error.message).toMatch(/已被吊销/);
    expect(await dbHash(dept.db)).toBe(before);
  });
});
