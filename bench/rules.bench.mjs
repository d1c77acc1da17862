// Rules benches: the rule engine and inline row validation in headless Chromium, through
// src/renderer/bench/rules-bench.ts. `rows` is the bench size; the engine figure runs over 2× rows
// (the 200k rows at the default 100k), the inline figure over a table of `rows` rows.

/** @param {{ browser: import('@playwright/test').Browser, baseUrl: string, rows: number }} ctx */
async function run({ browser, baseUrl, rows }) {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${baseUrl}/bench.html`);
    await page
      .waitForFunction(() => typeof window.runRulesBench === 'function', null, { timeout: 30_000 })
      .catch(() => {
        throw new Error(`bench page did not load: ${errors.join('; ') || 'runRulesBench missing'}`);
      });
    return await page.evaluate((n) => window.runRulesBench(n), rows);
  } finally {
    await context.close();
  }
}

export const rulesBench = { name: 'rules', run };
