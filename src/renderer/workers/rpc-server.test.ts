import { afterEach, describe, expect, it, vi } from 'vitest';
import { err, ok } from '../../shared/result';
import { createRpcClient } from './rpc-client';
import type { RpcPort, RpcWorker } from './rpc-protocol';
import { serveRpc, serveRpcDispatch } from './rpc-server';
import { TEST_TEXTS as TEXTS, type TestProto as Proto } from './testing/rpc-test-protocol';

/** A served protocol on one end of a real MessageChannel. */
function served() {
  const channel = new MessageChannel();
  serveRpc<Proto>(channel.port1 as RpcPort, {
    double: (n, ctx) => {
      ctx.progress(`half of ${n * 2}`);
      return n * 2;
    },
    bytes: (b, ctx) => {
      ctx.transfer(b.buffer);
      return b;
    },
    boom: () => Promise.reject(new TypeError('boom')),
  });
  const client = createRpcClient<Proto>({
    name: 'test',
    makeWorker: () => channel.port2 as RpcWorker,
    texts: TEXTS,
  });
  return { client, done: () => (client.close(), channel.port1.close()) };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('a served protocol', () => {
  it('answers calls with their results and reports progress', async () => {
    const { client, done } = served();
    const seen: string[] = [];
    expect(await client.call('double', 21, { onProgress: (p) => seen.push(p) })).toEqual(ok(42));
    expect(seen).toEqual(['half of 42']);
    done();
  });

  it('moves buffers both ways when asked to', async () => {
    const { client, done } = served();
    const sent = new Uint8Array([1, 2, 3]);
    const r = await client.call('bytes', sent, { transfer: [sent.buffer] });
    expect(sent.byteLength).toBe(0);
    expect(r).toEqual(ok(new Uint8Array([1, 2, 3])));
    done();
  });

  it('a handler that throws is a `thrown` failure with its name, not a rejected promise', async () => {
    const { client, done } = served();
    expect(await client.call('boom', null)).toEqual(err('thrown', 'boom', { name: 'TypeError' }));
    done();
  });

  it('ignores calls of ops it does not serve and hands other messages to the Worker', async () => {
    const channel = new MessageChannel();
    const other = vi.fn();
    serveRpcDispatch(channel.port1 as RpcPort, ['double'], (_op, req) => req, other);
    const got = new Promise<unknown>((resolve) =>
      channel.port2.addEventListener('message', (ev) => resolve(ev.data)),
    );
    channel.port2.start();
    channel.port2.postMessage({ rpc: 'call', id: 1, op: 'toString', req: null });
    channel.port2.postMessage({ kind: 'peer' });
    channel.port2.postMessage({ rpc: 'call', id: 2, op: 'double', req: 7 });
    expect(await got).toEqual({ rpc: 'ok', id: 2, value: 7 });
    expect(other.mock.calls).toEqual([
      [{ rpc: 'call', id: 1, op: 'toString', req: null }],
      [{ kind: 'peer' }],
    ]);
    channel.port1.close();
    channel.port2.close();
  });
});
