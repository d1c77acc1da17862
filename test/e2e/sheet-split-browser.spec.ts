/**
 * A big sheet is read in halves by two parser Workers joined by a MessageChannel (import
 * speed). The Node-thread test proves the protocol; this proves the wiring in Chromium's real Workers:
 * the page at /bench.html reads a file both ways and the two readings must agree row for row.
 */
import { expect, test } from '@playwright/test';

test('two parser Workers read a sheet in halves in Chromium exactly as one Worker reads it whole', async ({
  page,
}, testInfo) => {
  test.skip(
    testInfo.project.name !== 'web',
    'the check page has no platform adapter: the web project covers it once',
  );
  await page.goto('bench.html');
  await page.waitForFunction(() => typeof window.runSheetSplitCheck === 'function');
  const check = await page.evaluate(() => window.runSheetSplitCheck?.());
  expect(check).toEqual({
    readers: [2, 1],
    sameSummary: true,
    sameResult: true,
    sameRows: true,
    rows: 3000,
    duplicates: 1,
  });
});
