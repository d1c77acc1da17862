// Grid benches: the entry grid in headless Chromium through src/renderer/bench/grid-bench.ts.
// The JS heap with the table open is read here, through CDP after a forced GC (goal ≤ 400 MB).

/** @param {{ browser: import('@playwright/test').Browser, baseUrl: string, rows: number }} ctx */
async function run({ browser, baseUrl, rows }) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${baseUrl}/bench.html`);
    await page
      .waitForFunction(() => typeof window.gridBench === 'object', null, { timeout: 30_000 })
      .catch(() => {
        throw new Error(`bench page did not load: ${errors.join('; ') || 'gridBench missing'}`);
      });
    page.setDefaultTimeout(600_000);
    await page.evaluate((n) => window.gridBench.setup(n), rows);
    const results = [...(await page.evaluate(() => window.gridBench.measureOpen()))];
    results.push(...(await page.evaluate(() => window.gridBench.measureScroll())));
    const cdp = await context.newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = await cdp.send('Runtime.getHeapUsage');
    const label = rows % 1000 === 0 ? `${rows / 1000}k` : String(rows);
    results.push({ name: `grid-heap-${label}`, mb: Math.round(heap.usedSize / 1e5) / 10, goalMb: 400, rows });
    results.push(...(await page.evaluate(() => window.gridBench.measureEdits())));
    await page.evaluate(() => window.gridBench.teardown());
    if (errors.length > 0) throw new Error(`grid bench page errors: ${errors.join('; ')}`);
    return results;
  } finally {
    await context.close();
  }
}

export const gridBench = { name: 'grid', run };
