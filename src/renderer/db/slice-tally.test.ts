/**
 * The confirmation tally the writer keeps on every slice summary (shared/tasks/confirmation-tally.ts),
 * so 完成情况 reads no rows: after each kind of write it equals the tally counted from the stored rows.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { SliceKey } from '../../shared/records/record-types';
import { tallyRows } from '../../shared/tasks/confirmation-tally';
import { createDataWriter, type WriteResult } from './data-writer';
import { loadSlice } from './reads';
import { sliceKeyTuple } from './key-ranges';
import type { StatusDb } from './schema';
import { ACTOR, makeRows, makeWorkspace, openTestDb, sliceKey } from './test-fixtures';

function must(r: WriteResult): void {
  if (!r.ok) throw new Error(r.error.message);
}

async function stored(db: StatusDb, key: SliceKey) {
  const [slice, rows] = await Promise.all([db.slices.get(sliceKeyTuple(key)), loadSlice(db, key)]);
  return { tally: slice?.confirmations, counted: tallyRows(rows) };
}

async function station() {
  const clock = { now: '2026-09-10T08:00:00.000Z' };
  const db = await openTestDb();
  const writer = createDataWriter(db, { now: () => clock.now });
  const ws = makeWorkspace();
  must(await writer.createWorkspace(ws, ACTOR));
  const key = sliceKey(ws.id, 'A1-1', 'DDS');
  // 2,500 rows over three blocks, 1,000 of them carried from last year (待核实).
  const rows = makeRows(2500).map((r, i) => (i < 1000 ? { ...r, src: 'carried' as const } : r));
  must(await writer.commitSlice(key, rows, ACTOR));
  return { db, writer, ws, key, rows, clock };
}

describe('the slice’s confirmation tally', () => {
  it('is counted by a whole write', async () => {
    const s = await station();
    const { tally, counted } = await stored(s.db, s.key);
    expect(tally).toEqual(counted);
    expect(tally?.unconfirmed).toBe(1000);
  });

  it('follows edits, appends, deletes and 确认无变化 without a recount', async () => {
    const s = await station();
    s.clock.now = '2026-10-01T02:00:00.000Z';
    const edited = { ...s.rows[1500]!, values: { ...s.rows[1500]!.values, xm: '新' }, at: s.clock.now };
    const [appended] = makeRows(1, 'new').map((r) => ({ ...r, at: s.clock.now }));
    must(
      await s.writer.applyRowEdits(
        s.key,
        { upserts: [edited, appended!], deletes: [s.rows[0]!.id, s.rows[2000]!.id] },
        ACTOR,
      ),
    );
    let now = await stored(s.db, s.key);
    expect(now.tally).toEqual(now.counted);
    expect(now.tally?.unconfirmed).toBe(999);
    s.clock.now = '2026-11-05T02:00:00.000Z';
    must(await s.writer.confirmCarriedRows(s.key, [s.rows[1]!.id, s.rows[2]!.id], ACTOR));
    now = await stored(s.db, s.key);
    expect(now.tally).toEqual(now.counted);
    expect(now.tally?.unconfirmed).toBe(997);
    expect(now.tally?.days.at(-1)).toEqual(['2026-11-05', 2]);
  });

  it('on a slice stored without one: counted at the next edit when its blocks are at hand', async () => {
    const s = await station();
    const strip = async () => {
      const { confirmations: _, ...old } = (await s.db.slices.get(sliceKeyTuple(s.key)))!;
      await s.db.slices.put(old);
    };
    const [row] = await loadSlice(s.db, s.key);
    const edit = async (xm: string) =>
      must(await s.writer.applyRowEdits(s.key, { upserts: [{ ...row!, values: { xm } }] }, ACTOR));
    // The writer keeps only the slice it wrote last in full: after another slice's write it would have
    // to read every block to count, so the tally stays absent.
    must(await s.writer.commitSlice(sliceKey(s.ws.id, 'A2-1', 'DDS'), makeRows(3), ACTOR));
    await strip();
    await edit('a');
    expect((await stored(s.db, s.key)).tally).toBeUndefined();
    // Once the grid has opened the table again (warmSlice), the next edit counts it.
    await s.writer.warmSlice(s.key);
    await edit('b');
    const now = await stored(s.db, s.key);
    expect(now.tally).toEqual(now.counted);
  });
});
