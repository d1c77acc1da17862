/**
 * False on the first render, true once the frame that render produced is on screen: what a view needs
 * around its first paint (toolbars, background checks) waits for this, so opening a table shows its rows
 * before antd styles and checks are computed.
 */
import { useEffect, useState } from 'react';

/**
 * Calls `then` once the next frame has been presented: the frame after it has started (its
 * requestAnimationFrame ran), and a task queued from there runs once that frame is out too. Waiting for
 * only the first frame let long work (the antd toolbar: 100 ms or more) hold up the frame right after
 * the first rows, i.e. the user's first scroll.
 */
export function afterNextPaint(then: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let raf = requestAnimationFrame(() => {
    raf = requestAnimationFrame(() => {
      timer = setTimeout(then, 0);
    });
  });
  return () => {
    cancelAnimationFrame(raf);
    clearTimeout(timer);
  };
}

/** True once a frame has been presented since `ready` (the view's content is on screen) first held. */
export function useAfterPaint(ready = true): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => (ready && !painted ? afterNextPaint(() => setPainted(true)) : undefined), [ready, painted]);
  return ready && painted;
}
