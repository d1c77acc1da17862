// A bench module that loads bench.html in a fresh context and calls one global function of the page
// with the row count. Each such module is { name, run({ browser, baseUrl, rows }) }; bench/run.mjs
// prints and gates the result objects { name, ms, floorMs?, ratio?, goal?, goalMs? }.

/** @param {string} name @param {string} globalFn */
export function pageBench(name, globalFn) {
  /** @param {{ browser: import('@playwright/test').Browser, baseUrl: string, rows: number }} ctx */
  async function run({ browser, baseUrl, rows }) {
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      const errors = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(`${baseUrl}/bench.html`);
      await page
        .waitForFunction((fn) => typeof window[fn] === 'function', globalFn, { timeout: 30_000 })
        .catch(() => {
          throw new Error(`bench page did not load: ${errors.join('; ') || `${globalFn} missing`}`);
        });
      return await page.evaluate(([fn, n]) => window[fn](n), [globalFn, rows]);
    } finally {
      await context.close();
    }
  }
  return { name, run };
}
