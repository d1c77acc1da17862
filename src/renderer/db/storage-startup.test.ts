import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { newUuid } from '../../shared/ids';
import { listWorkspaces } from './reads';
import type { SentinelStore } from './sentinel';
import { startStorage } from './storage-startup';
import { ACTOR, makeRows, makeWorkspace, sliceKey } from './test-fixtures';

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

describe('startStorage', () => {
  it('writes a first sentinel on a fresh install and keeps it current through writes', async () => {
    const store = memoryStore();
    const dbName = `startup-${newUuid()}`;
    const s = await startStorage({ sentinelStore: store, dbName, useWorker: false });
    expect(s.sentinel.status).toBe('no-sentinel');
    expect(store.text).not.toBeNull();
    const ws = makeWorkspace();
    await s.writer.createWorkspace(ws, ACTOR);
    await s.writer.commitSlice(sliceKey(ws.id), makeRows(30), ACTOR);
    s.close();
    const again = await startStorage({ sentinelStore: store, dbName, useWorker: false });
    expect(again.sentinel).toEqual({ status: 'ok', problems: [], stale: false });
    expect(await listWorkspaces(again.db)).toHaveLength(1);
    again.close();
  });

  it('leaves the sentinel alone when the database came back empty, until the user accepts', async () => {
    const store = memoryStore();
    const first = await startStorage({
      sentinelStore: store,
      dbName: `startup-${newUuid()}`,
      useWorker: false,
    });
    await first.writer.createWorkspace(makeWorkspace(), ACTOR);
    first.close();
    const before = store.text;
    const reset = await startStorage({
      sentinelStore: store,
      dbName: `startup-${newUuid()}`,
      useWorker: false,
    });
    expect(reset.sentinel.status).toBe('empty-but-expected-data');
    expect(store.text).toBe(before);
    await reset.acceptCurrentData();
    expect(store.text).not.toBe(before);
    reset.close();
  });
});
