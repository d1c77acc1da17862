import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { DBCoreMutateRequest } from 'dexie';
import { verifyAuditChain } from '../../shared/audit/audit-chain';
import type { StoredRow } from '../../shared/records/record-types';
import { GLOBAL_AUDIT_LOG } from './audit-log';
import { createDataWriter } from './data-writer';
import { getAuditEvents, getWorkspace, listSlices, loadSlice, loadTable } from './reads';
import type { StatusDb } from './schema';
import {
  ACTOR,
  makeRows,
  makeWorkspace,
  openTestDb,
  openWriterWithWorkspace,
  sliceKey,
  wrapBlocksTable,
} from './test-fixtures';

const setup = openWriterWithWorkspace;

/** Records which block numbers each write request of the `blocks` table touches (DBCore middleware). */
async function watchBlockWrites(db: StatusDb): Promise<number[][]> {
  const log: number[][] = [];
  await wrapBlocksTable(db, 'watch-blocks', (t) => ({
    ...t,
    mutate: (req: DBCoreMutateRequest) => {
      if (req.type === 'put') log.push(req.values.map((v) => (v as { blockNo: number }).blockNo));
      if (req.type === 'delete') log.push(req.keys.map((k) => (k as [string, string, string, number])[3]));
      return t.mutate(req);
    },
  }));
  return log;
}

describe('data writer: slices', () => {
  it('commits 2,500 rows in three blocks and loads them back in order', async () => {
    const { db, writer, key } = await setup();
    const rows = makeRows(2500);
    const r = await writer.commitSlice(key, rows, ACTOR);
    expect(r.ok).toBe(true);
    expect(await loadSlice(db, key)).toEqual(rows);
    expect(await db.blocks.count()).toBe(3);
    expect(await listSlices(db, key.workspaceId)).toMatchObject([
      { rowCount: 2500, blockCount: 3, nextBlockNo: 3, updatedBy: '张三' },
    ]);
  });

  it('replacing a slice with fewer rows removes the blocks it no longer needs', async () => {
    const { db, writer, key } = await setup();
    await writer.commitSlice(key, makeRows(3200), ACTOR);
    const smaller = makeRows(900, 'b');
    await writer.commitSlice(key, smaller, ACTOR);
    expect(await loadSlice(db, key)).toEqual(smaller);
    expect(await db.blocks.count()).toBe(1);
  });

  it('loads all departments of a table, including a slice committed empty', async () => {
    const { db, writer, ws } = await setup();
    const a = makeRows(10, 'a');
    await writer.commitSlice(sliceKey(ws.id, 'A1-1', 'JWC'), a, ACTOR);
    await writer.commitSlice(sliceKey(ws.id, 'A1-1', 'RSC'), [], ACTOR);
    await writer.commitSlice(sliceKey(ws.id, 'A1-2', 'JWC'), makeRows(5), ACTOR);
    expect(await loadTable(db, ws.id, 'A1-1')).toEqual([
      { departmentCode: 'JWC', rows: a },
      { departmentCode: 'RSC', rows: [] },
    ]);
  });

  it('an edit rewrites only the block that holds the edited row', async () => {
    const { db, writer, key } = await setup();
    const rows = makeRows(3500);
    await writer.commitSlice(key, rows, ACTOR);
    const writes = await watchBlockWrites(db);
    const target = rows[2100] as StoredRow;
    const edited = { ...target, values: { ...target.values, xm: '改后' } };
    const r = await writer.applyRowEdits(key, { upserts: [edited] }, ACTOR);
    expect(r.ok).toBe(true);
    expect(writes).toEqual([[2]]);
    const loaded = await loadSlice(db, key);
    expect(loaded[2100]).toEqual(edited);
    expect(loaded.filter((x, i) => x !== loaded[2100] && x.id !== rows[i]?.id)).toEqual([]);
  });

  it('appends fill the last block before opening a new one, and emptied blocks are removed', async () => {
    const { db, writer, key } = await setup();
    const rows = makeRows(1990);
    await writer.commitSlice(key, rows, ACTOR);
    const extra = makeRows(15, 'n');
    await writer.applyRowEdits(key, { upserts: extra }, ACTOR);
    expect((await db.blocks.get([key.workspaceId, key.tableCode, key.departmentCode, 1]))?.rows).toHaveLength(
      1000,
    );
    expect((await db.blocks.get([key.workspaceId, key.tableCode, key.departmentCode, 2]))?.rows).toHaveLength(
      5,
    );
    const firstBlockIds = rows.slice(0, 1000).map((r) => r.id);
    await writer.applyRowEdits(key, { deletes: firstBlockIds }, ACTOR);
    const loaded = await loadSlice(db, key);
    expect(loaded).toEqual([...rows.slice(1000), ...extra]);
    expect(await listSlices(db, key.workspaceId)).toMatchObject([
      { rowCount: 1005, blockCount: 2, nextBlockNo: 3 },
    ]);
  });

  it('a second writer (another window or the worker) edits correctly after the first changed the slice', async () => {
    const { db, writer, key } = await setup();
    const other = createDataWriter(db);
    const rows = makeRows(1500);
    await writer.commitSlice(key, rows, ACTOR);
    await other.applyRowEdits(key, { deletes: [rows[0]?.id as string] }, ACTOR);
    const replaced = makeRows(1200, 'x');
    await other.commitSlice(key, replaced, ACTOR);
    const target = replaced[1100] as StoredRow;
    const r = await writer.applyRowEdits(key, { upserts: [{ ...target, values: { xm: 'y' } }] }, ACTOR);
    expect(r.ok).toBe(true);
    expect((await loadSlice(db, key))[1100]?.values).toEqual({ xm: 'y' });
  });

  it('refuses to delete a row that is not there and changes nothing', async () => {
    const { db, writer, key } = await setup();
    await writer.commitSlice(key, makeRows(10), ACTOR);
    const before = await getAuditEvents(db, key.workspaceId);
    const r = await writer.applyRowEdits(key, { deletes: ['00000000-0000-4000-8000-000000000000'] }, ACTOR);
    expect(r).toMatchObject({ ok: false, error: { code: 'row-not-found' } });
    expect(await getAuditEvents(db, key.workspaceId)).toEqual(before);
  });

  it('refuses a batch with a repeated row id before touching the database', async () => {
    const { writer, key } = await setup();
    const rows = makeRows(3);
    const r = await writer.commitSlice(key, [...rows, rows[1] as StoredRow], ACTOR);
    expect(r).toMatchObject({ ok: false, error: { code: 'duplicate-row-id' } });
  });

  it('records cell-level old and new values for a small edit', async () => {
    const { db, writer, key } = await setup();
    const rows = makeRows(3);
    await writer.commitSlice(key, rows, ACTOR);
    const t = rows[1] as StoredRow;
    await writer.applyRowEdits(
      key,
      { upserts: [{ ...t, values: { ...t.values, nl: 99 } }] },
      { actor: '李四' },
    );
    const last = (await getAuditEvents(db, key.workspaceId)).at(-1);
    expect(last).toMatchObject({
      kind: 'rows.edit',
      actor: '李四',
      summary: { updated: 1, changedCells: 1 },
    });
    expect(last?.summary.cells).toEqual([{ row: t.id, field: 'nl', old: t.values.nl, new: 99 }]);
  });
});

describe('data writer: workspaces and audit', () => {
  it('keeps a verifiable audit chain across many operations', async () => {
    const { db, writer, ws, key } = await setup();
    for (let i = 0; i < 30; i++) {
      const rows = makeRows(20 + i);
      await writer.commitSlice(key, rows, ACTOR);
      await writer.applyRowEdits(
        key,
        { upserts: [{ ...(rows[0] as StoredRow), values: { i } }], deletes: [rows[1]?.id as string] },
        ACTOR,
      );
    }
    await writer.updateWorkspace({ ...ws, name: '改名' }, ACTOR);
    const events = await getAuditEvents(db, ws.id);
    expect(events).toHaveLength(62);
    expect(verifyAuditChain(events)).toMatchObject({ ok: true, count: 62, head: events.at(-1)?.hash });
    expect(events.at(-1)?.summary).toMatchObject({ changed: ['name'] });
  });

  it('refuses a write to an unknown workspace', async () => {
    const db = await openTestDb();
    const r = await createDataWriter(db).commitSlice(sliceKey('nope'), makeRows(1), ACTOR);
    expect(r).toMatchObject({ ok: false, error: { code: 'workspace-not-found' } });
    expect(await db.blocks.count()).toBe(0);
  });

  it('refuses to create a workspace twice', async () => {
    const { writer, ws } = await setup();
    expect(await writer.createWorkspace(ws, ACTOR)).toMatchObject({
      ok: false,
      error: { code: 'workspace-exists' },
    });
  });

  it('deleting a workspace removes all its data and log and records the deletion in the global log', async () => {
    const { db, writer, ws, key } = await setup();
    const keep = makeWorkspace();
    await writer.createWorkspace(keep, ACTOR);
    await writer.commitSlice(sliceKey(keep.id), makeRows(5), ACTOR);
    await writer.commitSlice(key, makeRows(1200), ACTOR);
    await writer.saveTasks(
      ws.id,
      [
        {
          tableCode: 'A1-1',
          responsibleDepartment: 'RSC',
          cooperatingDepartments: [],
          summaryDepartment: null,
          deadline: '20251010',
        },
      ],
      ACTOR,
      'supervisor',
    );
    const head = (await getAuditEvents(db, ws.id)).at(-1)?.hash;
    const r = await writer.deleteWorkspace(ws.id, ACTOR);
    expect(r).toMatchObject({ ok: true, value: { sentinel: null, global: { auditSeq: 1 } } });
    expect(await getWorkspace(db, ws.id)).toBeUndefined();
    for (const t of db.tables.filter((t) => t.name !== 'workspaces')) {
      const left = (await t.toCollection().primaryKeys()).filter((k) => Array.isArray(k) && k[0] === ws.id);
      expect(left, t.name).toEqual([]);
    }
    expect(await loadSlice(db, sliceKey(keep.id))).toHaveLength(5);
    const global = await getAuditEvents(db, GLOBAL_AUDIT_LOG);
    expect(global).toMatchObject([
      { kind: 'workspace.delete', summary: { workspaceId: ws.id, rows: 1200, auditSeq: 3, auditHead: head } },
    ]);
    expect(verifyAuditChain(global).ok).toBe(true);
  });

  it('every table but workspaces is keyed by workspace first, so deleting a workspace reaches it', async () => {
    const db = await openTestDb();
    for (const t of db.tables) {
      if (t.name === 'workspaces') continue;
      expect(t.schema.primKey.keyPath, t.name).toEqual(expect.arrayContaining(['workspaceId']));
      expect((t.schema.primKey.keyPath as string[])[0], t.name).toBe('workspaceId');
    }
  });
});
