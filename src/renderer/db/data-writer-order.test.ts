import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type {
  DBCoreGetManyRequest,
  DBCoreGetRequest,
  DBCoreOpenCursorRequest,
  DBCoreQueryRequest,
} from 'dexie';
import type { StoredRow } from '../../shared/records/record-types';
import { createDataWriter } from './data-writer';
import { getAuditEvents, loadSlice } from './reads';
import type { StatusDb } from './schema';
import { ACTOR, makeRows, openWriterWithWorkspace, sliceKey, wrapBlocksTable } from './test-fixtures';

const setup = openWriterWithWorkspace;

/** Counts read requests of the `blocks` table (a cache rebuild reads every block with one). */
async function countBlockReads(db: StatusDb): Promise<{ reads: number }> {
  const seen = { reads: 0 };
  await wrapBlocksTable(db, 'count-block-scans', (t) => ({
    ...t,
    get: (req: DBCoreGetRequest) => (seen.reads++, t.get(req)),
    getMany: (req: DBCoreGetManyRequest) => (seen.reads++, t.getMany(req)),
    query: (req: DBCoreQueryRequest) => (seen.reads++, t.query(req)),
    openCursor: (req: DBCoreOpenCursorRequest) => (seen.reads++, t.openCursor(req)),
  }));
  return seen;
}

const edit = (row: StoredRow, xm: string): StoredRow => ({ ...row, values: { ...row.values, xm } });

describe('data writer: order and warm-up', () => {
  it('runs writes in call order even when the caller does not wait between them', async () => {
    const { db, writer, ws, key } = await setup();
    const rows = makeRows(2500);
    const target = rows[1500] as StoredRow;
    const results = await Promise.all([
      writer.commitSlice(key, rows, ACTOR),
      writer.applyRowEdits(key, { upserts: [edit(target, '一')] }, ACTOR),
      writer.applyRowEdits(key, { upserts: [edit(target, '二')] }, ACTOR),
      writer.applyRowEdits(key, { upserts: makeRows(3, 'n') }, ACTOR),
    ]);
    expect(results.map((r) => r.ok)).toEqual([true, true, true, true]);
    const loaded = await loadSlice(db, key);
    expect(loaded).toHaveLength(2503);
    expect(loaded[1500]?.values.xm).toBe('二');
    expect((await getAuditEvents(db, ws.id)).map((e) => e.kind)).toEqual([
      'workspace.create',
      'rows.commit',
      'rows.edit',
      'rows.edit',
      'rows.edit',
    ]);
  });

  it('a refused write does not stop the writes queued after it', async () => {
    const { db, writer, key } = await setup();
    const rows = makeRows(10);
    const [gone, next] = await Promise.all([
      writer.applyRowEdits(key, { deletes: ['missing'] }, ACTOR),
      writer.commitSlice(key, rows, ACTOR),
    ]);
    expect(gone).toMatchObject({ ok: false, error: { code: 'row-not-found' } });
    expect(next.ok).toBe(true);
    expect(await loadSlice(db, key)).toEqual(rows);
  });

  it('warmSlice reads the slice once, so the edits of a fresh writer read no block at all', async () => {
    const { db, writer, key } = await setup();
    const rows = makeRows(3000);
    await writer.commitSlice(key, rows, ACTOR);
    const seen = await countBlockReads(db);
    const fresh = createDataWriter(db); // a new window or storage worker: its cache is cold
    await fresh.warmSlice(key);
    expect(seen.reads).toBe(1);
    const first = edit(rows[2999] as StoredRow, '改');
    expect((await fresh.applyRowEdits(key, { upserts: [first] }, ACTOR)).ok).toBe(true);
    expect(
      (await fresh.applyRowEdits(key, { upserts: [edit(rows[5] as StoredRow, '又改')] }, ACTOR)).ok,
    ).toBe(true);
    expect(seen.reads).toBe(1);
    const added = makeRows(2, 'n');
    expect((await fresh.applyRowEdits(key, { upserts: added }, ACTOR)).ok).toBe(true);
    expect((await fresh.applyRowEdits(key, { deletes: [rows[0]?.id as string] }, ACTOR)).ok).toBe(true);
    await fresh.warmSlice(key); // current already: nothing to read
    expect(seen.reads).toBe(1);
    const fifth = edit(rows[5] as StoredRow, '又改');
    expect(await loadSlice(db, key)).toEqual([
      ...rows.slice(1, 5),
      fifth,
      ...rows.slice(6, 2999),
      first,
      ...added,
    ]);
  });

  it('a writer whose cached blocks are stale (another writer changed the slice) reads them again', async () => {
    const { db, writer, key } = await setup();
    const rows = makeRows(1500);
    await writer.commitSlice(key, rows, ACTOR);
    const other = createDataWriter(db);
    const changed = edit(rows[1200] as StoredRow, '别处改');
    expect((await other.applyRowEdits(key, { upserts: [changed] }, ACTOR)).ok).toBe(true);
    const mine = edit(rows[1201] as StoredRow, '这里改');
    expect((await writer.applyRowEdits(key, { upserts: [mine] }, ACTOR)).ok).toBe(true);
    const loaded = await loadSlice(db, key);
    expect([loaded[1200], loaded[1201]]).toEqual([changed, mine]);
  });

  it('keeps the blocks of one slice only; an edit of another slice still saves through its locator', async () => {
    const { db, writer, ws, key } = await setup();
    const other = sliceKey(ws.id, 'A1-2');
    const a = makeRows(1200, 'a');
    const b = makeRows(1200, 'b');
    await writer.commitSlice(key, a, ACTOR);
    await writer.commitSlice(other, b, ACTOR); // now the cached blocks are b's
    const seen = await countBlockReads(db);
    const changed = edit(a[1100] as StoredRow, '改');
    expect((await writer.applyRowEdits(key, { upserts: [changed] }, ACTOR)).ok).toBe(true);
    expect(seen.reads).toBe(1); // only the edited block
    expect((await loadSlice(db, key))[1100]).toEqual(changed);
  });
});
