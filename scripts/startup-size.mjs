// The start-up chunk: the JS and CSS dist/index.html loads before the first screen (entry script,
// modulepreloads, stylesheets), raw and gzip. Pages load lazily (app/page-registry.ts), so the heavy
// libraries (echarts, exceljs, docx, TipTap, mammoth, SheetJS) must not be in it; the budget fails the
// check if one comes back. Run after `npm run build:renderer`: `node scripts/startup-size.mjs`.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * kB (1,000 bytes) of raw start-up JS + CSS: 1,876 kB when pages went lazy, 2,092 kB once the catalog and
 * the sign-off, analysis and report features grew (none of the heavy libraries among it). The heaviest lazy
 * library is 1,117 kB, so any one of them imported statically again still fails the check.
 */
const BUDGET_KB = 2300;

const dist = join(import.meta.dirname, '..', 'dist');
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const files = [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]);
let raw = 0;
let gz = 0;
for (const f of files) {
  const bytes = readFileSync(join(dist, f));
  raw += bytes.length;
  gz += gzipSync(bytes, { level: 9 }).length;
}
const kb = (n) => (n / 1000).toFixed(1);
console.log(
  `start-up: ${files.length} files, ${kb(raw)} kB raw, ${kb(gz)} kB gzip (budget ${BUDGET_KB} kB raw)`,
);
if (raw / 1000 > BUDGET_KB) {
  console.error('start-up chunk over budget: a heavy library is probably imported statically again');
  process.exit(1);
}
