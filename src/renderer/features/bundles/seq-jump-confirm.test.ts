/**
 * docs/SECURITY.md B10 policy in the import flow: a data bundle whose sequence number jumps more than 1000 past
 * the last one seen from its key is neither accepted silently nor refused outright. At the office the
 * flow stops at a confirmation step (nothing written); only after an office person confirms does it
 * preview, and the recorded bundle says the jump was confirmed. A summary department cannot confirm.
 */
import 'fake-indexeddb/auto';
import { beforeAll, describe, expect, it } from 'vitest';
import { commitDataBundle } from './data-commit';
import { routeIncoming } from './import-flow';
import { dbHash, type Station } from './testing/exchange-kit';
import { threeStations } from './testing/three-stations';
import { communityRow, twDataBundle } from './testing/tw-bundle';

let office: Station;
let summary: Station;
let dept: Station;

const rows = [communityRow('社团1', '00000000-0000-4000-8000-000000000001')];

async function bundle(seq: number, addressee = 'OFFICE'): Promise<Uint8Array> {
  const st = await dept.state();
  const pair = dept.keys.pairs.get(st.ownKey!.keyId)!;
  return twDataBundle({ pair, yearId: st.officePin!.yearId, seq, rows, addressee });
}

beforeAll(async () => {
  ({ office, summary, dept } = await threeStations());
}, 60_000);

describe('sequence jump past the cap (docs/SECURITY.md B10)', () => {
  it('at the office: stops for confirmation with nothing written; confirmed, it imports and records the confirmation', async () => {
    const b = await bundle(1_000_002);
    const before = await dbHash(office.db);
    const asked = await routeIncoming(office.deps, office.ws, await office.state(), b);
    expect(asked).toMatchObject({
      ok: true,
      value: { step: 'seq-jump', message: expect.stringContaining('超过 1000 的上限') },
    });
    expect(await dbHash(office.db)).toBe(before);

    const confirmed = await routeIncoming(office.deps, office.ws, await office.state(), b, {
      confirmSeqJump: true,
    });
    if (!confirmed.ok || confirmed.value.step !== 'data')
      throw new Error(`expected a preview, got ${JSON.stringify(confirmed)}`);
    const note = '第 1000002 号数据包比上次导入的第 0 号跳过了 1000001 个序号，经督导室人员核实确认后导入。';
    expect(confirmed.value.preview.warnings).toContain(note);
    const c = await commitDataBundle(office.deps, office.acting, confirmed.value.preview);
    expect(c.ok && c.value.status).toBe('imported');
    const st = await office.state();
    expect(st.bundles.find((x) => x.seq === 1_000_002 && x.direction === 'received')?.warnings).toContain(
      note,
    );
    expect(st.sequences.find((s) => s.addressee === 'OFFICE' && s.lastSeq === 1_000_002)).toBeDefined();
  });

  it('a next bundle within the cap needs no confirmation', async () => {
    const next = await routeIncoming(office.deps, office.ws, await office.state(), await bundle(1_000_010));
    expect(next.ok && next.value.step).toBe('data');
  });

  it('at a summary department: refused with the way forward, and confirmation is not honoured there', async () => {
    const b = await bundle(5000, 'XGC');
    const before = await dbHash(summary.db);
    for (const options of [{}, { confirmSeqJump: true }]) {
      const r = await routeIncoming(summary.deps, summary.ws, await summary.state(), b, options);
      expect(r).toMatchObject({
        ok: false,
        error: { code: 'seq-jump', message: expect.stringContaining('汇总部门不能确认序号跳跃') },
      });
    }
    expect(await dbHash(summary.db)).toBe(before);
  });
});
