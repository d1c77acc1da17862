// Storage benches: IndexedDB in headless Chromium (not Node), through src/renderer/bench/storage-bench.ts.
// Each bench module exports { name, run({ browser, baseUrl, rows }) } and returns result objects
// { name, ms, floorMs?, ratio?, goal?, goalMs? }; bench/run.mjs prints and gates them.

/** @param {{ browser: import('@playwright/test').Browser, baseUrl: string, rows: number }} ctx */
async function run({ browser, baseUrl, rows }) {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${baseUrl}/bench.html`);
    await page
      .waitForFunction(() => typeof window.runStorageBench === 'function', null, { timeout: 30_000 })
      .catch(() => {
        throw new Error(`bench page did not load: ${errors.join('; ') || 'runStorageBench missing'}`);
      });
    return await page.evaluate((n) => window.runStorageBench(n), rows);
  } finally {
    await context.close();
  }
}

export const storageBench = { name: 'storage', run };
