import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { DBCoreOpenCursorRequest } from 'dexie';
import type { StoredRow } from '../../shared/records/record-types';
import { createDataWriter } from './data-writer';
import { getAuditEvents, loadSlice } from './reads';
import type { StatusDb } from './schema';
import { ACTOR, makeRows, makeWorkspace, openTestDb, sliceKey } from './test-fixtures';

async function setup() {
  const db = await openTestDb();
  const writer = createDataWriter(db);
  const ws = makeWorkspace();
  expect((await writer.createWorkspace(ws, ACTOR)).ok).toBe(true);
  return { db, writer, ws, key: sliceKey(ws.id) };
}

/** Counts cursor scans of the `blocks` table (a row-locator rebuild walks every block with one). */
async function countBlockScans(db: StatusDb): Promise<{ scans: number }> {
  const seen = { scans: 0 };
  db.close();
  db.use({
    stack: 'dbcore',
    name: 'count-block-scans',
    create: (down) => ({
      ...down,
      table: (name) => {
        const t = down.table(name);
        if (name !== 'blocks') return t;
        return {
          ...t,
          openCursor: (req: DBCoreOpenCursorRequest) => {
            seen.scans++;
            return t.openCursor(req);
          },
        };
      },
    }),
  });
  await db.open();
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

  it('warmSlice builds the row locator, so the first edit of a fresh writer reads no other block', async () => {
    const { db, writer, key } = await setup();
    const rows = makeRows(3000);
    await writer.commitSlice(key, rows, ACTOR);
    const seen = await countBlockScans(db);
    const fresh = createDataWriter(db); // a new window or storage worker: its locators are cold
    await fresh.warmSlice(key);
    expect(seen.scans).toBe(1);
    const r = await fresh.applyRowEdits(key, { upserts: [edit(rows[2999] as StoredRow, '改')] }, ACTOR);
    expect(r.ok).toBe(true);
    expect(seen.scans).toBe(1);
    await fresh.warmSlice(key); // current already: nothing to read
    expect(seen.scans).toBe(1);
    expect((await loadSlice(db, key))[2999]?.values.xm).toBe('改');
  });
});
