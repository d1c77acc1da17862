// @vitest-environment happy-dom
import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterNextPaint, useAfterPaint } from './use-after-paint';

beforeEach(() =>
  vi.useFakeTimers({
    toFake: ['requestAnimationFrame', 'cancelAnimationFrame', 'setTimeout', 'clearTimeout'],
  }),
);
afterEach(() => vi.useRealTimers());

describe('afterNextPaint', () => {
  it('runs once the next frame is out: after the frame following it has started, in a task of its own', () => {
    const order: string[] = [];
    afterNextPaint(() => order.push('after'));
    requestAnimationFrame(() => {
      order.push('frame 1');
      requestAnimationFrame(() => order.push('frame 2'));
    });
    expect(order).toEqual([]);
    vi.advanceTimersToNextFrame();
    vi.advanceTimersByTime(1);
    expect(order).toEqual(['frame 1']);
    vi.advanceTimersToNextFrame();
    expect(order).toEqual(['frame 1', 'frame 2']);
    vi.advanceTimersByTime(1);
    expect(order).toEqual(['frame 1', 'frame 2', 'after']);
  });

  it('does nothing once cancelled, before the frames or between them and the task', () => {
    const before = vi.fn();
    const after = vi.fn();
    afterNextPaint(before)();
    const cancelAfterFrame = afterNextPaint(after);
    vi.advanceTimersToNextFrame();
    vi.advanceTimersToNextFrame();
    cancelAfterFrame();
    vi.advanceTimersByTime(100);
    expect(before).not.toHaveBeenCalled();
    expect(after).not.toHaveBeenCalled();
  });
});

describe('useAfterPaint', () => {
  it('turns true once the first frame after the view is ready has been presented, never before', () => {
    const { result, rerender } = renderHook(({ ready }) => useAfterPaint(ready), {
      initialProps: { ready: false },
    });
    act(() => vi.advanceTimersByTime(100));
    expect(result.current).toBe(false);
    rerender({ ready: true });
    expect(result.current).toBe(false);
    act(() => {
      vi.advanceTimersToNextFrame();
      vi.advanceTimersByTime(1);
    });
    expect(result.current).toBe(false);
    act(() => {
      vi.advanceTimersToNextFrame();
      vi.advanceTimersByTime(1);
    });
    expect(result.current).toBe(true);
  });
});
