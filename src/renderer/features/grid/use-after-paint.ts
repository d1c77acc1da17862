/**
 * False on the first render, true once the browser has painted the frame that render produced: what a
 * view needs around its first paint (toolbars, background checks) waits for this, so opening a table
 * shows its rows before antd styles and checks are computed.
 */
import { useEffect, useState } from 'react';

/** Calls `then` after the next frame is painted (a task queued from requestAnimationFrame runs after it). */
export function afterNextPaint(then: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const raf = requestAnimationFrame(() => {
    timer = setTimeout(then, 0);
  });
  return () => {
    cancelAnimationFrame(raf);
    clearTimeout(timer);
  };
}

/** True once a frame has been painted since `ready` (the view's content is on screen) first held. */
export function useAfterPaint(ready = true): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => (ready && !painted ? afterNextPaint(() => setPainted(true)) : undefined), [ready, painted]);
  return ready && painted;
}
