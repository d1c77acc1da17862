// Indicator benches: every built-in indicator over a generated school vs a hand-written loop, and one
// edited row brought current again, in headless Chromium through src/renderer/bench/indicators-bench.ts.
// `rows` is the bench size; both figures run over 2× rows (the 200k-row school at the default 100k).
import { pageBench } from './page-bench.mjs';

export const indicatorsBench = pageBench('indicators', 'runIndicatorsBench');
