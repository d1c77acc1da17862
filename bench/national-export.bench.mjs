// 上报数据包 bench: the whole built-in catalog with N rows in A10-1 and realistic rows elsewhere,
// written as the one workbook in a dedicated Worker (src/renderer/bench/national-export-bench.worker.ts)
// against the floor of fflate zipping the same sheet XML pre-built, in the same Worker and run.
// The Worker's heap is sampled every 50 ms over CDP (a browser session attached to the Worker target).

const MB = 1024 * 1024;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
/** Median of the ratios of each run of ours to the floor run beside it (as bench-stats.ts pairedRatio). */
const pairedRatio = (ours, floor) => Math.round(median(ours.map((o, i) => o / floor[i])) * 100) / 100;
const round = (x) => Math.round(x * 10) / 10;
const label = (n) => (n % 1000 === 0 ? `${n / 1000}k` : String(n));

/** Samples the used JS heap of the page's dedicated Worker named `name` until stop() is called. */
async function sampleWorkerHeap(browser, name) {
  const cdp = await browser.newBrowserCDPSession();
  const { targetInfos } = await cdp.send('Target.getTargets');
  const target =
    targetInfos.find((t) => t.type === 'worker' && t.title === name) ??
    targetInfos.find((t) => t.type === 'worker');
  if (!target) throw new Error('bench worker target not found');
  const { sessionId } = await cdp.send('Target.attachToTarget', {
    targetId: target.targetId,
    flatten: false,
  });
  let id = 0;
  const waiting = new Map();
  cdp.on('Target.receivedMessageFromTarget', (e) => {
    const m = JSON.parse(e.message);
    if (m.id !== undefined && waiting.has(m.id)) {
      waiting.get(m.id)(m.result);
      waiting.delete(m.id);
    }
  });
  const call = (method) =>
    new Promise((resolve) => {
      const n = ++id;
      waiting.set(n, resolve);
      // The Worker may be gone by the last sample (the page terminates it after the run).
      cdp
        .send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id: n, method }) })
        .catch(() => {
          waiting.delete(n);
          resolve(null);
        });
    });
  let peak = (await call('Runtime.getHeapUsage'))?.usedSize ?? 0;
  const base = peak;
  let sampling = true;
  const loop = (async () => {
    while (sampling) {
      const r = await Promise.race([
        call('Runtime.getHeapUsage'),
        new Promise((res) => setTimeout(() => res(null), 1000)),
      ]);
      if (r) peak = Math.max(peak, r.usedSize);
      await new Promise((res) => setTimeout(res, 50));
    }
  })();
  return {
    base,
    async stop() {
      sampling = false;
      await loop;
      await cdp.detach().catch(() => {});
      return peak;
    },
  };
}

/** @param {{ browser: import('@playwright/test').Browser, baseUrl: string, rows: number }} ctx */
async function run({ browser, baseUrl, rows }) {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${baseUrl}/bench.html`);
    await page
      .waitForFunction(() => typeof window.startNationalExportBench === 'function', null, { timeout: 30_000 })
      .catch(() => {
        throw new Error(
          `bench page did not load: ${errors.join('; ') || 'startNationalExportBench missing'}`,
        );
      });
    const prepared = await page.evaluate((n) => window.startNationalExportBench(n), rows);
    const heap = await sampleWorkerHeap(browser, 'national-export-bench');
    const runs = rows >= 50_000 ? 3 : 5;
    const r = await page.evaluate((n) => window.runNationalExportBench(n), runs);
    const peak = await heap.stop();
    const m = median(r.ours);
    const fl = median(r.floor);
    return [
      {
        name: `national-export-${label(rows)}`,
        ms: round(m),
        floorMs: round(fl),
        ratio: pairedRatio(r.ours, r.floor),
        goal: 1.3,
        rows: prepared.totalRows,
        a10_1Rows: rows,
        cells: prepared.cells,
        bytes: r.bytes,
        floorBytes: r.floorBytes,
        workerPeakHeapMB: round(peak / MB),
        workerHeapAtStartMB: round(heap.base / MB),
        goalMb: 400,
        mb: round(peak / MB),
        runsMs: { ours: r.ours.map(round), floor: r.floor.map(round) },
      },
    ];
  } finally {
    await context.close();
  }
}

export const nationalExportBench = { name: 'national-export', run };
