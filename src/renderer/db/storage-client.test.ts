import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { createDataWriter } from './data-writer';
import { loadSlice } from './reads';
import { createStorageClient } from './storage-client';
import type { RpcPort, RpcWorker } from '../workers/rpc-protocol';
import { serveDataWriter } from './storage-rpc';
import { ACTOR, makeRows, makeWorkspace, openTestDb, sliceKey } from './test-fixtures';

/** The worker setup without a Worker: the writer is served on one end of a MessageChannel. */
async function connect(onCommitted?: () => void) {
  const db = await openTestDb();
  const channel = new MessageChannel();
  serveDataWriter(channel.port1 as RpcPort, createDataWriter(db));
  const client = createStorageClient(channel.port2 as RpcWorker, onCommitted ? { onCommitted } : {});
  return { db, client, close: () => (client.close(), channel.port1.close()) };
}

describe('storage client', () => {
  it('runs writer operations on the other end of the port and returns their results', async () => {
    const { db, client, close } = await connect();
    const ws = makeWorkspace();
    expect((await client.createWorkspace(ws, ACTOR)).ok).toBe(true);
    const rows = makeRows(1200);
    const r = await client.commitSlice(sliceKey(ws.id), rows, ACTOR, 'bundle');
    expect(r).toMatchObject({
      ok: true,
      value: { workspaceId: ws.id, events: [{ kind: 'rows.commit', summary: { via: 'bundle' } }] },
    });
    expect(await loadSlice(db, sliceKey(ws.id))).toEqual(rows);
    close();
  });

  it('passes expected refusals back as values and calls onCommitted only for successful writes', async () => {
    const onCommitted = vi.fn();
    const { client, close } = await connect(onCommitted);
    const r = await client.saveTasks('missing', [], ACTOR, 'system');
    expect(r).toMatchObject({ ok: false, error: { code: 'workspace-not-found' } });
    expect(onCommitted).not.toHaveBeenCalled();
    await client.createWorkspace(makeWorkspace(), ACTOR);
    expect(onCommitted).toHaveBeenCalledTimes(1);
    close();
  });

  it('rejects the call when the writer throws (a bug, not an expected refusal)', async () => {
    const db = await openTestDb();
    const writer = { ...createDataWriter(db), saveTasks: () => Promise.reject(new TypeError('boom')) };
    const channel = new MessageChannel();
    serveDataWriter(channel.port1 as RpcPort, writer);
    const client = createStorageClient(channel.port2 as RpcWorker);
    await expect(client.saveTasks('w', [], ACTOR, 'system')).rejects.toMatchObject({
      name: 'TypeError',
      message: 'boom',
    });
    client.close();
    channel.port1.close();
  });

  it('ignores messages that are not writer operations', async () => {
    const db = await openTestDb();
    const channel = new MessageChannel();
    serveDataWriter(channel.port1 as RpcPort, createDataWriter(db));
    const first = new Promise<unknown>((resolve) =>
      channel.port2.addEventListener('message', (e) => resolve(e.data)),
    );
    channel.port2.start();
    channel.port2.postMessage({ rpc: 'call', id: 1, op: 'constructor', req: [] });
    channel.port2.postMessage({ rpc: 'call', id: 2, op: '__proto__', req: [] });
    channel.port2.postMessage({ id: 3, op: 'saveTasks', args: ['missing', [], ACTOR] });
    channel.port2.postMessage({ rpc: 'call', id: 4, op: 'saveTasks', req: ['missing', [], ACTOR] });
    // Answered in order, so the first answer being the last request's means the others got none.
    expect(await first).toMatchObject({ rpc: 'ok', id: 4, value: { ok: false } });
    channel.port1.close();
    channel.port2.close();
  });
});
