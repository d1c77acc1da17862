// Report benches: 500 live values resolved after a data change, and a 100-page report (25 for bench:ci)
// with 20 charts and 30 tables packed to .docx vs the plain docx API, in headless Chromium through
// src/renderer/bench/report-bench.ts.
import { pageBench } from './page-bench.mjs';

export const reportBench = pageBench('report', 'runReportBench');
