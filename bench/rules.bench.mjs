// Rules benches: the rule engine and inline row validation in headless Chromium, through
// src/renderer/bench/rules-bench.ts. `rows` is the bench size; the engine figure runs over 2× rows
// (the 200k rows at the default 100k), the inline figure over a table of `rows` rows.
import { pageBench } from './page-bench.mjs';

export const rulesBench = pageBench('rules', 'runRulesBench');
