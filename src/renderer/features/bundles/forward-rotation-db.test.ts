/**
 * A forward after a contributor's key rotation (docs/bundle-rules.md "Bundles inside bundles"): XGC holds
 * TW's originals 1–3 signed by the old key and 1 signed by the new one; it forwards the new key's, never
 * the old key's higher number, and the office stores the new rows.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { newUuid } from '../../../shared/ids';
import { commitDataBundle } from './data-commit';
import { buildDataBundle, buildForwardBundle, planForwardNow } from './data-export';
import { previewDataBundle } from './data-import';
import { acceptRegistration, readRegistrationFile, rotateStationKey } from './key-service';
import type { Station } from './testing/exchange-kit';
import { must, setUp, threeStations } from './testing/three-stations';

const award = (name: string) => ({
  id: newUuid(),
  values: { projname: name, awarddate: '202505' },
  by: '信息员',
  at: '2025-10-01T00:00:00.000Z',
  src: 'typed' as const,
});

async function send(dept: Station, summary: Station, name: string): Promise<string> {
  const key = { workspaceId: dept.ws.id, tableCode: 'A9-6-1', departmentCode: 'TW' };
  must(await dept.deps.repo.commitSlice(key, [award(name)], dept.acting.actor, 'typed'));
  const out = must(await buildDataBundle(dept.deps, dept.acting, await dept.state(), 'XGC'));
  const p = must(await previewDataBundle(summary.deps, summary.ws, await summary.state(), out.bytes));
  must(await commitDataBundle(summary.deps, summary.acting, p));
  return out.manifest.keyId;
}

describe('forward after a key rotation', () => {
  it('carries the newest key’s latest original per contributor, never the old key’s higher number', async () => {
    const { office, summary, dept } = await threeStations();
    const oldKey = await send(dept, summary, '旧1');
    await send(dept, summary, '旧2');
    await send(dept, summary, '旧3');
    const rotated = must(await rotateStationKey(dept.deps, dept.acting, '团委会'));
    must(
      await acceptRegistration(
        office.deps,
        office.acting,
        await office.state(),
        must(await readRegistrationFile(office.deps, rotated.registration.bytes)),
      ),
    );
    await setUp(office, summary); // XGC learns the new key
    const newKey = await send(dept, summary, '新1');
    expect(newKey).not.toBe(oldKey);

    const plan = must(await planForwardNow(summary.deps, summary.ws, await summary.state()));
    expect(plan.tables).toMatchObject([{ tableCode: 'A9-6-1', contributors: ['TW', 'XGC'] }]);
    expect(plan.files.map((f) => f.path)).toContain('files/orig-TW-1.sdd');

    const fwd = must(await buildForwardBundle(summary.deps, summary.acting, await summary.state()));
    const p = must(await previewDataBundle(office.deps, office.ws, await office.state(), fwd.bytes));
    expect(p.merge.bundle.contributors?.map((c) => [c.departmentCode, c.keyId, c.seq])).toEqual([
      ['TW', newKey, 1],
    ]);
    must(await commitDataBundle(office.deps, office.acting, p));
    const rows = await office.deps.repo.loadTableRows({
      workspaceId: office.ws.id,
      tableCode: 'A9-6-1',
      departmentCode: 'TW',
    });
    expect(rows.map((r) => r.values.projname)).toEqual(['新1']);
  });
});
