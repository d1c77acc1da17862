import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { newUuid } from '../../../shared/ids';
import { buildDataBundle, buildForwardBundle } from './data-export';
import { commitDataBundle } from './data-commit';
import { previewDataBundle } from './data-import';
import { commitNoticeBundle, previewNoticeBundle } from './notice-import';
import { dbHash } from './testing/exchange-kit';
import { must, threeStations } from './testing/three-stations';

const award = (name: string) => ({
  id: newUuid(),
  values: { projname: name, awarddate: '202505' },
  by: '信息员',
  at: '2025-10-01T00:00:00.000Z',
  src: 'typed' as const,
});

describe('exchange between three stations (database level)', () => {
  it('registration → setup → data → receipt → forward → office, with contributors recorded', async () => {
    const { office, summary, dept } = await threeStations();
    expect((await dept.state()).officePin?.fingerprint).toBe((await office.state()).officePin?.fingerprint);
    expect((await dept.state()).trustList?.list.keys.map((k) => k.departmentCode).sort()).toEqual([
      'DDS',
      'TW',
      'XGC',
    ]);

    // TW fills A9-6-1 (routed through XGC) and sends it.
    must(
      await dept.deps.repo.commitSlice(
        { workspaceId: dept.ws.id, tableCode: 'A9-6-1', departmentCode: 'TW' },
        [award('挑战杯'), award('创青春')],
        dept.acting.actor,
        'typed',
      ),
    );
    const data = must(await buildDataBundle(dept.deps, dept.acting, await dept.state(), 'XGC'));
    must(await dept.deps.repo.recordBundle(dept.ws.id, { bundle: data.record }, dept.acting.actor));

    // XGC previews, commits, and writes a receipt.
    const preview = must(
      await previewDataBundle(summary.deps, summary.ws, await summary.state(), data.bytes),
    );
    expect(preview.slices).toMatchObject([
      { tableCode: 'A9-6-1', departmentCode: 'TW', added: 2, changed: 0, removed: 0 },
    ]);
    const committed = must(await commitDataBundle(summary.deps, summary.acting, preview));
    if (committed.status !== 'imported') throw new Error('not imported');
    const receipt = must(committed.receipt);
    must(
      await summary.deps.repo.recordBundle(summary.ws.id, { bundle: receipt.record }, summary.acting.actor),
    );

    // Same bundle again: a no-op, nothing written.
    const before = await dbHash(summary.db);
    const again = must(await previewDataBundle(summary.deps, summary.ws, await summary.state(), data.bytes));
    expect(again.status).toBe('already-imported');
    expect(must(await commitDataBundle(summary.deps, summary.acting, again)).status).toBe('already-imported');
    expect(await dbHash(summary.db)).toBe(before);

    // TW imports the receipt: its bundle shows as delivered.
    const rp = must(
      await previewNoticeBundle(dept.deps, dept.ws, await dept.state(), receipt.bytes, 'receipt'),
    );
    if (rp.kind !== 'receipt') throw new Error('kind');
    must(await commitNoticeBundle(dept.deps, dept.acting, rp));
    expect((await dept.state()).bundles.find((b) => b.bundleHash === data.record.bundleHash)?.status).toBe(
      'delivered',
    );

    // XGC adds its own row and forwards; the office verifies both layers and stores each contributor's slice.
    must(
      await summary.deps.repo.commitSlice(
        { workspaceId: summary.ws.id, tableCode: 'A9-6-1', departmentCode: 'XGC' },
        [award('挑战杯')],
        summary.acting.actor,
        'typed',
      ),
    );
    const fwd = must(await buildForwardBundle(summary.deps, summary.acting, await summary.state()));
    expect(fwd.plan.collisions).toEqual([
      { tableCode: 'A9-6-1', key: ['挑战杯', '202505'], departments: ['TW', 'XGC'] },
    ]);
    const op = must(await previewDataBundle(office.deps, office.ws, await office.state(), fwd.bytes));
    expect(op.slices.map((s) => [s.departmentCode, s.rows])).toEqual([
      ['TW', 2],
      ['XGC', 1],
    ]);
    must(await commitDataBundle(office.deps, office.acting, op));
    expect(
      await office.deps.repo.loadTableRows({
        workspaceId: office.ws.id,
        tableCode: 'A9-6-1',
        departmentCode: 'TW',
      }),
    ).toHaveLength(2);
    const stored = (await office.state()).bundles.find((b) => b.kind === 'forward');
    expect(stored?.contributors?.map((c) => c.departmentCode)).toEqual(['TW']);
  });
});
