import { afterEach, describe, expect, it, vi } from 'vitest';
import { err, ok } from '../../shared/result';
import { createRpcClient } from './rpc-client';
import { answering, fakeWorkers } from './testing/fake-worker';
import { TEST_TEXTS as TEXTS, type TestProto as Proto } from './testing/rpc-test-protocol';

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
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
