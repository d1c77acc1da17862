import { afterEach, describe, expect, it, vi } from 'vitest';
import { armWatchdog, createWorkerSlot } from './disposable-worker';
import type { RpcReply } from './rpc-protocol';
import { fakeWorkers } from './testing/fake-worker';

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('the Worker slot', () => {
  it('starts one Worker lazily, hands on its replies only, and ignores a discarded Worker', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { made, makeWorker } = fakeWorkers(() => undefined);
    const replies: RpcReply[] = [];
    const broken: string[] = [];
    const slot = createWorkerSlot({
      name: 't',
      makeWorker,
      onReply: (m) => replies.push(m),
      onBroken: (why) => broken.push(why),
    });
    expect(slot.current).toBeNull();
    expect(slot.start()).toBe(made[0]);
    expect(slot.start()).toBe(made[0]);
    const w = made[0]!;
    w.reply({ rpc: 'ok', id: 1, value: 2 });
    w.emit('message', new MessageEvent('message', { data: { garbage: true } }));
    slot.discard();
    expect(made[0]!.terminated).toBe(1);
    expect(slot.current).toBeNull();
    w.reply({ rpc: 'ok', id: 2, value: 3 });
    w.crash();
    expect(replies).toEqual([{ rpc: 'ok', id: 1, value: 2 }]);
    expect(broken).toEqual([]);
    expect(slot.start()).not.toBe(w);
    expect(made).toHaveLength(2);
  });
});

describe('the watchdog', () => {
  it('fires once after its limit unless stopped, and does nothing without a limit', async () => {
    vi.useFakeTimers();
    const fired: number[] = [];
    armWatchdog(1000, (limit) => fired.push(limit));
    const stop = armWatchdog(1000, () => fired.push(-1));
    stop();
    armWatchdog(undefined, () => fired.push(-2))();
    await vi.advanceTimersByTimeAsync(5000);
    expect(fired).toEqual([1000]);
  });
});
