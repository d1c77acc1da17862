import { afterEach, describe, expect, it, vi } from 'vitest';
import { err, ok } from '../../shared/result';
import { createRpcClient } from './rpc-client';
import { answering, fakeWorkers } from './testing/fake-worker';
import { TEST_TEXTS as TEXTS, type TestProto as Proto } from './testing/rpc-test-protocol';

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
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
});
