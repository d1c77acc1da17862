// Spreadsheet benches: import and export in headless Chromium (src/renderer/bench/sheet-bench.ts),
// and the export floor — ExcelJS's streaming writer, which exists only in Node — in a child process of
// this runner, with peak memory sampled the same way on both sides (heap every 50 ms; RSS for Node).
// Our export runs in the browser (the export Worker), so its heap is read through CDP while it yields.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const MB = 1024 * 1024;

/** Child-process mode: `node bench/sheet.bench.mjs --exceljs-floor N` writes N rows with ExcelJS's streaming writer. */
async function exceljsFloor(rows) {
  const { default: ExcelJS } = await import('exceljs');
  const { Writable } = await import('node:stream');
  const seed = (i) => [
    `T${100000 + i}`,
    `王${i % 97}明`,
    i % 2 ? '男' : '女',
    `19${60 + (i % 40)}0${1 + (i % 9)}`,
    `4405${String(i).padStart(14, '0')}`,
    '汉族',
    '群众',
    '大学本科',
    '学士',
    '讲师',
    '教务处',
    `20${10 + (i % 15)}0901`,
    i % 35,
    20 + (i % 40),
    i % 600,
    (i % 200000) / 100,
    (i % 10000) / 100,
    i % 3 === 0 ? '是' : '否',
    `13${String(i).padStart(9, '0')}`,
    i % 2 ? '' : `备注：第${i}行，兼任教务处工作，参与课程建设与教学改革项目。`,
  ];
  let peakRss = 0;
  let peakHeap = 0;
  const sample = () => {
    const m = process.memoryUsage();
    peakRss = Math.max(peakRss, m.rss);
    peakHeap = Math.max(peakHeap, m.heapUsed);
  };
  const timer = setInterval(sample, 50);
  const sink = new Writable({ write: (_c, _e, cb) => cb() });
  const t0 = performance.now();
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: sink,
    useSharedStrings: false,
    useStyles: true,
  });
  const ws = wb.addWorksheet('B1');
  for (let i = 0; i < 10; i++) ws.addRow([`表头第${i + 1}行`]).commit();
  for (let i = 0; i < rows; i++) {
    ws.addRow(seed(i)).commit();
    if (i % 5000 === 0) await new Promise((r) => setImmediate(r));
  }
  ws.commit();
  await wb.commit();
  const ms = performance.now() - t0;
  sample();
  clearInterval(timer);
  process.stdout.write(JSON.stringify({ ms, peakRssMB: peakRss / MB, peakHeapMB: peakHeap / MB }));
}

function runFloor(rows) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [fileURLToPath(import.meta.url), '--exceljs-floor', String(rows)], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.on('exit', (code) =>
      code === 0 ? resolve(JSON.parse(out)) : reject(new Error(`exceljs floor exited ${code}`)),
    );
  });
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const round = (x) => Math.round(x * 10) / 10;
const label = (n) => (n % 1000 === 0 ? `${n / 1000}k` : String(n));

/** @param {{ browser: import('@playwright/test').Browser, baseUrl: string, rows: number }} ctx */
async function run({ browser, baseUrl, rows }) {
  const context = await browser.newContext();
  const results = [];
  try {
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${baseUrl}/bench.html`);
    await page
      .waitForFunction(() => typeof window.runSheetImportBench === 'function', null, { timeout: 30_000 })
      .catch(() => {
        throw new Error(`bench page did not load: ${errors.join('; ') || 'runSheetImportBench missing'}`);
      });
    results.push(await page.evaluate((n) => window.runSheetImportBench(n), rows));

    const cdp = await context.newCDPSession(page);
    await cdp.send('HeapProfiler.enable');
    const runs = rows >= 50_000 ? 3 : 5;
    const ours = [];
    const floor = [];
    let peakHeap = 0;
    let floorPeak = { peakRssMB: 0, peakHeapMB: 0 };
    let bytes = 0;
    for (let i = 0; i < runs; i++) {
      await cdp.send('HeapProfiler.collectGarbage');
      const base = (await cdp.send('Runtime.getHeapUsage')).usedSize;
      let peak = base;
      let sampling = true;
      const sampler = (async () => {
        while (sampling) {
          peak = Math.max(peak, (await cdp.send('Runtime.getHeapUsage')).usedSize);
          await new Promise((r) => setTimeout(r, 50));
        }
      })();
      const r = await page.evaluate((n) => window.runSheetExportOnce(n), rows);
      sampling = false;
      await sampler;
      ours.push(r.ms);
      bytes = r.bytes;
      peakHeap = Math.max(peakHeap, peak / MB);
      const f = await runFloor(rows);
      floor.push(f.ms);
      floorPeak = {
        peakRssMB: Math.max(floorPeak.peakRssMB, f.peakRssMB),
        peakHeapMB: Math.max(floorPeak.peakHeapMB, f.peakHeapMB),
      };
    }
    const m = median(ours);
    const fl = median(floor);
    results.push({
      name: `export-${label(rows)}`,
      ms: round(m),
      floorMs: round(fl),
      ratio: Math.round((m / fl) * 100) / 100,
      goal: 1.2,
      rows,
      bytes,
      peakHeapMB: round(peakHeap),
      floorPeakRssMB: round(floorPeak.peakRssMB),
      floorPeakHeapMB: round(floorPeak.peakHeapMB),
      runsMs: { ours: ours.map(round), floor: floor.map(round) },
    });
  } finally {
    await context.close();
  }
  return results;
}

export const sheetBench = { name: 'sheet', run };

if (process.argv[2] === '--exceljs-floor') {
  exceljsFloor(Number(process.argv[3])).catch((e) => {
    console.error(e);
    process.exitCode = 1;
  });
}
