/**
 * Background work in the page's idle time (the issue index's first pass over a large table): steps run
 * while an idle period lasts. When the page is never idle — the user pages through the table — a short
 * slice still runs every 100 ms, so the work finishes without holding up any frame for long (10 ms
 * slices made every sixth scrolled frame late: scroll p95).
 */

/** The longest slice run when idle time never comes (the browser's timeout fired). */
export const BUSY_SLICE_MS = 3;
/** An idle period is left when it has less than this much time remaining. */
const IDLE_MARGIN_MS = 2;
const IDLE_TIMEOUT_MS = 100;

/** Runs `step` until it returns true, in idle periods or BUSY_SLICE_MS slices; stops when `alive` turns false. */
export function runWhenIdle(step: () => boolean, alive: () => boolean): void {
  const tick = (deadline?: IdleDeadline) => {
    if (!alive()) return;
    const until = performance.now() + BUSY_SLICE_MS;
    const more = () =>
      deadline && !deadline.didTimeout
        ? deadline.timeRemaining() > IDLE_MARGIN_MS
        : performance.now() < until;
    do {
      if (step()) return;
    } while (more());
    schedule();
  };
  const schedule = () => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(tick, { timeout: IDLE_TIMEOUT_MS });
    else setTimeout(tick, 0);
  };
  schedule();
}
