// Bundle benches: export + sign and verify + preview + merge in headless Chromium, through
// src/renderer/bench/bundle-bench.ts, each beside its floor measured in the same page.
import { pageBench } from './page-bench.mjs';

export const bundleBench = pageBench('bundle', 'runBundleBench');
