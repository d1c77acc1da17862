// Typing bench: 200 keystrokes in the middle of a 100-page chapter (25 for bench:ci) with 1,500 live
// values in the real report editor vs a plain StarterKit editor holding the same text, p95 per keystroke,
// in headless Chromium through src/renderer/bench/report-typing-bench.ts.
import { pageBench } from './page-bench.mjs';

export const reportTypingBench = pageBench('report-typing', 'runReportTypingBench');
