// 完成情况 freshness bench: every slice's freshness from its summary vs listing the summaries, through
// src/renderer/bench/freshness-bench.ts (and, printed beside it, reading every row as the page did before).
import { pageBench } from './page-bench.mjs';

export const freshnessBench = pageBench('freshness', 'runFreshnessBench');
