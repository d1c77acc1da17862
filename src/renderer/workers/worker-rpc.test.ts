import { afterEach, describe, expect, it, vi } from 'vitest';
import { err, ok } from '../../shared/result';
import { answering, fakeWorkers } from './testing/fake-worker';
import { createRpcClient, serveRpc, serveRpcDispatch, type RpcPort, type RpcWorker } from './worker-rpc';

type Proto = {
  readonly double: { readonly req: number; readonly res: number; readonly progress: string };
  readonly bytes: { readonly req: Uint8Array; readonly res: Uint8Array };
  readonly boom: { readonly req: null; readonly res: never };
};

const TEXTS = {
  timeout: (s: number) => `超过 ${s} 秒，已中止。`,
  crashed: '处理进程异常退出。',
  closed: '已取消。',
};

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
  vi.useRealTimers();
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

describe('the client', () => {
  it('runs calls one after another, in the order asked, on one Worker', async () => {
    const { made, makeWorker } = fakeWorkers(answering((c) => (c.req as number) * 2));
    const client = createRpcClient<Proto>({ name: 't', makeWorker, texts: TEXTS, timeoutMs: 1000 });
    const rs = await Promise.all([1, 2, 3].map((n) => client.call('double', n)));
    expect(rs).toEqual([ok(2), ok(4), ok(6)]);
    expect(made).toHaveLength(1);
    expect(made[0]!.calls.map((c) => c.req)).toEqual([1, 2, 3]);
    expect(made[0]!.terminated).toBe(0);
    client.close();
    expect(made[0]!.terminated).toBe(1);
  });

  it('terminates a Worker that does not answer in time and refuses that call; the next call gets a fresh Worker', async () => {
    vi.useFakeTimers();
    const { made, makeWorker } = fakeWorkers((w, m) => {
      if (made.length > 1) answering(() => 'fresh')(w, m);
    });
    const client = createRpcClient<Proto>({ name: 't', makeWorker, texts: TEXTS, timeoutMs: 5000 });
    const first = client.call('double', 1);
    await vi.advanceTimersByTimeAsync(5000);
    expect(await first).toEqual(err('timeout', '超过 5 秒，已中止。'));
    expect(made[0]!.terminated).toBe(1);
    const second = client.call('double', 2, { timeoutMs: 60_000 });
    await vi.advanceTimersByTimeAsync(0);
    expect(await second).toEqual(ok('fresh'));
    expect(made).toHaveLength(2);
  });

  it('a Worker that dies is a refusal of the call in flight; its late answer is ignored', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { made, makeWorker } = fakeWorkers((w, m) =>
      queueMicrotask(() => {
        w.crash();
        w.answer(m as never, 'late');
      }),
    );
    const client = createRpcClient<Proto>({ name: 'verify', makeWorker, texts: TEXTS });
    expect(await client.call('double', 1)).toEqual(err('crashed', '处理进程异常退出。'));
    expect(made[0]!.terminated).toBe(1);
    expect(warn).toHaveBeenCalledWith('verify worker failed:', 'Out of memory');
  });

  it('an answer that cannot be read (messageerror) is a refusal too', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { made, makeWorker } = fakeWorkers((w) =>
      queueMicrotask(() => w.emit('messageerror', new MessageEvent('messageerror'))),
    );
    const client = createRpcClient<Proto>({ name: 't', makeWorker, texts: TEXTS });
    expect(await client.call('double', 1)).toMatchObject({ ok: false, error: { code: 'crashed' } });
    expect(made[0]!.terminated).toBe(1);
  });

  it('warm() starts the Worker before the first call, which then uses it', async () => {
    const { made, makeWorker } = fakeWorkers(answering(() => 1));
    const client = createRpcClient<Proto>({ name: 't', makeWorker, texts: TEXTS });
    client.warm();
    expect(made.map((w) => w.posted.length)).toEqual([0]);
    expect(await client.call('double', 1)).toEqual(ok(1));
    expect(made.map((w) => w.calls.length)).toEqual([1]);
    client.close();
    client.warm();
    expect(made).toHaveLength(1);
  });

  it('per-call lifetime: every call has its own Worker, terminated after the answer', async () => {
    const { made, makeWorker } = fakeWorkers(answering(() => 1));
    const client = createRpcClient<Proto>({ name: 't', makeWorker, texts: TEXTS, lifetime: 'per-call' });
    await client.call('double', 1);
    await client.call('double', 2);
    expect(made.map((w) => [w.calls.length, w.terminated])).toEqual([
      [1, 1],
      [1, 1],
    ]);
  });

  it('close() lets the calls already asked finish, then ends the Worker; later calls are refused', async () => {
    const { made, makeWorker } = fakeWorkers(() => undefined);
    const client = createRpcClient<Proto>({ name: 't', makeWorker, texts: TEXTS });
    const first = client.call('double', 1);
    const queued = client.call('double', 2);
    await vi.waitFor(() => expect(made[0]?.calls).toHaveLength(1));
    client.close();
    expect(await client.call('double', 3)).toEqual(err('closed', '已取消。'));
    made[0]!.answer(made[0]!.calls[0]!, 2);
    expect(await first).toEqual(ok(2));
    expect(made[0]!.terminated).toBe(0);
    await vi.waitFor(() => expect(made[0]!.calls).toHaveLength(2));
    made[0]!.answer(made[0]!.calls[1]!, 4);
    expect(await queued).toEqual(ok(4));
    expect(made[0]!.terminated).toBe(1);
  });

  it('terminate() ends the Worker at once and refuses the call in flight and those queued', async () => {
    const { made, makeWorker } = fakeWorkers(() => undefined);
    const client = createRpcClient<Proto>({ name: 't', makeWorker, texts: TEXTS });
    const pending = client.call('double', 3);
    const queued = client.call('double', 4);
    await vi.waitFor(() => expect(made).toHaveLength(1));
    client.terminate();
    expect(await pending).toEqual(err('closed', '已取消。'));
    expect(await queued).toEqual(err('closed', '已取消。'));
    expect(made).toHaveLength(1);
    expect(made[0]!.terminated).toBe(1);
  });

  describe('with calls posted ahead', () => {
    const ahead = (_op: string, req: unknown) => req !== 99;

    it('posts the next call while one runs; the answers keep their order and the Worker runs one at a time', async () => {
      const { made, makeWorker } = fakeWorkers(() => undefined);
      const client = createRpcClient<Proto>({ name: 't', makeWorker, texts: TEXTS, ahead });
      const rs = [1, 2, 3].map((n) => client.call('double', n));
      await vi.waitFor(() => expect(made[0]?.calls.map((c) => c.req)).toEqual([1, 2]));
      const w = made[0]!;
      w.answer(w.calls[0]!, 2);
      await vi.waitFor(() => expect(w.calls.map((c) => c.req)).toEqual([1, 2, 3]));
      // An answer that comes before the page started the call (a fast Worker) is kept for it.
      w.answer(w.calls[2]!, 6);
      w.answer(w.calls[1]!, 4);
      expect(await Promise.all(rs)).toEqual([ok(2), ok(4), ok(6)]);
      expect(made).toHaveLength(1);
    });

    it('a call posted ahead to a Worker that dies is posted again to the fresh one, and only it runs there', async () => {
      vi.spyOn(console, 'warn').mockImplementation(() => undefined);
      const { made, makeWorker } = fakeWorkers((w, m) => {
        const call = m as { req: number };
        if (made.length === 1 && call.req === 1) queueMicrotask(() => w.crash());
        else if (made.length > 1) answering((c) => (c.req as number) * 2)(w, m);
      });
      const client = createRpcClient<Proto>({ name: 't', makeWorker, texts: TEXTS, ahead });
      const [first, second] = [client.call('double', 1), client.call('double', 2)];
      expect(await first).toEqual(err('crashed', '处理进程异常退出。'));
      expect(await second).toEqual(ok(4));
      expect(made.map((w) => [w.calls.map((c) => c.req), w.terminated])).toEqual([
        [[1, 2], 1],
        [[2], 0],
      ]);
    });

    it('the watchdog of a call posted ahead starts when the call before it settled', async () => {
      vi.useFakeTimers();
      const { made, makeWorker } = fakeWorkers(() => undefined);
      const client = createRpcClient<Proto>({ name: 't', makeWorker, texts: TEXTS, timeoutMs: 5000, ahead });
      const first = client.call('double', 1);
      const second = client.call('double', 2);
      await vi.advanceTimersByTimeAsync(4000);
      made[0]!.answer(made[0]!.calls[0]!, 2);
      expect(await first).toEqual(ok(2));
      await vi.advanceTimersByTimeAsync(4000);
      made[0]!.answer(made[0]!.calls[1]!, 4);
      expect(await second).toEqual(ok(4));
    });

    it('never posts ahead a call that moves buffers or that `ahead` refuses', async () => {
      const { made, makeWorker } = fakeWorkers(() => undefined);
      const client = createRpcClient<Proto>({ name: 't', makeWorker, texts: TEXTS, ahead });
      const sent = new Uint8Array([1]);
      const calls = [
        client.call('double', 1),
        client.call('bytes', sent, { transfer: [sent.buffer] }),
        client.call('double', 99),
      ];
      await vi.waitFor(() => expect(made[0]?.calls).toHaveLength(1));
      made[0]!.answer(made[0]!.calls[0]!, 2);
      await vi.waitFor(() => expect(made[0]!.calls).toHaveLength(2));
      made[0]!.answer(made[0]!.calls[1]!, sent);
      await vi.waitFor(() => expect(made[0]!.calls).toHaveLength(3));
      made[0]!.answer(made[0]!.calls[2]!, 198);
      expect(await Promise.all(calls)).toEqual([ok(2), ok(sent), ok(198)]);
    });
  });
});
