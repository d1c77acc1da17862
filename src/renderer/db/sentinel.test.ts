import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { StoredRow } from '../../shared/records/record-types';
import { createDataWriter } from './data-writer';
import {
  checkSentinel,
  createSentinelRecorder,
  LocalStorageSentinelStore,
  refreshSentinel,
  type SentinelStore,
} from './sentinel';
import { ACTOR, makeRows, makeWorkspace, openTestDb, sliceKey } from './test-fixtures';

function memoryStore(): SentinelStore & { text: string | null } {
  const s = {
    text: null as string | null,
    load: () => Promise.resolve(s.text),
    save: (t: string) => {
      s.text = t;
      return Promise.resolve();
    },
  };
  return s;
}

async function setup() {
  const db = await openTestDb();
  const store = memoryStore();
  const recorder = createSentinelRecorder(db, store);
  const writer = createDataWriter(db, { onCommitted: (r) => recorder.record(r) });
  const ws = makeWorkspace();
  await writer.createWorkspace(ws, ACTOR);
  const rows = makeRows(1500);
  await writer.commitSlice(sliceKey(ws.id), rows, ACTOR);
  return { db, store, writer, ws, rows };
}

describe('sentinel', () => {
  it('reports ok after commits recorded through the writer', async () => {
    const { db, store, ws } = await setup();
    expect(await checkSentinel(db, store)).toEqual({ status: 'ok', problems: [], stale: false });
    expect(JSON.parse(store.text ?? '{}').workspaces[ws.id]).toMatchObject({ rowCount: 1500, auditSeq: 2 });
  });

  it('reports no-sentinel when none was ever written', async () => {
    const db = await openTestDb();
    expect((await checkSentinel(db, memoryStore())).status).toBe('no-sentinel');
  });

  it('reports empty-but-expected-data when the database was reset to empty', async () => {
    const { store } = await setup();
    const fresh = await openTestDb();
    const r = await checkSentinel(fresh, store);
    expect(r.status).toBe('empty-but-expected-data');
    expect(r.problems[0]).toContain('1500');
  });

  it('reports a mismatch when rows changed without an audit event', async () => {
    const { db, store, ws } = await setup();
    await db.slices.where(':id').between([ws.id], [ws.id, []]).modify({ rowCount: 3 });
    expect((await checkSentinel(db, store)).status).toBe('mismatch');
  });

  it('reports a mismatch when the audit log lost its latest events', async () => {
    const { db, store, ws } = await setup();
    await db.audit.delete([ws.id, 2]);
    const r = await checkSentinel(db, store);
    expect(r.status).toBe('mismatch');
  });

  it('treats a database ahead of its sentinel (crash before the sentinel write) as ok but stale', async () => {
    const { db, store, ws, rows } = await setup();
    const unrecorded = createDataWriter(db);
    await unrecorded.applyRowEdits(sliceKey(ws.id), { deletes: [(rows[0] as StoredRow).id] }, ACTOR);
    expect(await checkSentinel(db, store)).toEqual({ status: 'ok', problems: [], stale: true });
    await refreshSentinel(db, store);
    expect((await checkSentinel(db, store)).stale).toBe(false);
  });

  it('a deleted workspace leaves the sentinel and the global log consistent', async () => {
    const { db, store, writer, ws } = await setup();
    await writer.deleteWorkspace(ws.id, ACTOR);
    expect(await checkSentinel(db, store)).toEqual({ status: 'ok', problems: [], stale: false });
  });

  it('reports a workspace that vanished without a deletion record', async () => {
    const { db, store, ws } = await setup();
    const other = makeWorkspace();
    await createDataWriter(db, {
      onCommitted: (r) => createSentinelRecorder(db, store).record(r),
    }).createWorkspace(other, ACTOR);
    await db.workspaces.delete(ws.id);
    expect((await checkSentinel(db, store)).status).toBe('mismatch');
  });

  it('treats an unreadable sentinel as missing', async () => {
    const { db, store } = await setup();
    store.text = '{"format":1,"__proto__":{"x":1}}';
    expect((await checkSentinel(db, store)).status).toBe('no-sentinel');
  });

  it('stores its text in localStorage under one key', async () => {
    const mem = new Map<string, string>();
    const storage = {
      getItem: (k: string) => mem.get(k) ?? null,
      setItem: (k: string, v: string) => void mem.set(k, v),
    };
    const store = new LocalStorageSentinelStore(storage, 'k');
    await store.save('abc');
    expect(await store.load()).toBe('abc');
    expect([...mem.keys()]).toEqual(['k']);
  });
});
