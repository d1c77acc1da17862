// Annex bench: all six annex tables from a generated school vs computing their indicators alone, in
// headless Chromium through src/renderer/bench/annex-bench.ts.
import { pageBench } from './page-bench.mjs';

export const annexBench = pageBench('annex', 'runAnnexBench');
