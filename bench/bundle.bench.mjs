// Bundle benches (issue 5): export + sign and verify + preview + merge in headless Chromium, through
// src/renderer/bench/bundle-bench.ts, each beside its floor measured in the same page.

/** @param {{ browser: import('@playwright/test').Browser, baseUrl: string, rows: number }} ctx */
async function run({ browser, baseUrl, rows }) {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${baseUrl}/bench.html`);
    await page
      .waitForFunction(() => typeof window.runBundleBench === 'function', null, { timeout: 30_000 })
      .catch(() => {
        throw new Error(`bench page did not load: ${errors.join('; ') || 'runBundleBench missing'}`);
      });
    return await page.evaluate((n) => window.runBundleBench(n), rows);
  } finally {
    await context.close();
  }
}

export const bundleBench = { name: 'bundle', run };
