import { afterEach, describe, expect, it, vi } from 'vitest';
import { BUSY_SLICE_MS, runWhenIdle } from './run-when-idle';

type Tick = (deadline: IdleDeadline) => void;

/** A fake clock advanced 1 ms per step, and requestIdleCallback queued by hand. */
function harness() {
  let now = 0;
  vi.spyOn(performance, 'now').mockImplementation(() => now);
  const queued: Tick[] = [];
  vi.stubGlobal('requestIdleCallback', (cb: Tick) => queued.push(cb));
  const deadline = (didTimeout: boolean, idleUntil = 0): IdleDeadline => ({
    didTimeout,
    timeRemaining: () => Math.max(0, idleUntil - now),
  });
  const step = (total: number) => {
    let done = 0;
    const fn = vi.fn(() => {
      now += 1;
      return ++done >= total;
    });
    return fn;
  };
  return { queued, deadline, step };
}

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('runWhenIdle', () => {
  it('runs one short slice when the idle timeout fires (the page is busy), then waits for the next callback', () => {
    const h = harness();
    const step = h.step(100);
    runWhenIdle(step, () => true);
    expect(h.queued).toHaveLength(1);
    h.queued.shift()?.(h.deadline(true));
    expect(step).toHaveBeenCalledTimes(BUSY_SLICE_MS);
    expect(h.queued).toHaveLength(1);
  });

  it('uses a real idle period up to its last 2 ms, and stops once the work is done', () => {
    const h = harness();
    const step = h.step(12);
    runWhenIdle(step, () => true);
    h.queued.shift()?.(h.deadline(false, 10));
    expect(step).toHaveBeenCalledTimes(8);
    h.queued.shift()?.(h.deadline(false, 100));
    expect(step).toHaveBeenCalledTimes(12);
    expect(h.queued).toHaveLength(0);
  });

  it('does nothing more once the work is no longer wanted (the table was closed)', () => {
    const h = harness();
    const step = h.step(100);
    let alive = true;
    runWhenIdle(step, () => alive);
    alive = false;
    h.queued.shift()?.(h.deadline(false, 50));
    expect(step).not.toHaveBeenCalled();
    expect(h.queued).toHaveLength(0);
  });
});
