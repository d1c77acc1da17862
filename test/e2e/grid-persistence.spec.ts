import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../playwright.config';
import { installBridge } from './fixtures/bridge';
import { test, expect } from './fixtures/app-test';
import { cell, COL, openStudentTable, pasteText, reopenStudentTable, waitSaved } from './grid-steps';

test('after closing and reopening, the table shows exactly what was there, kept error text included', async ({
  app: page,
}) => {
  await openStudentTable(page);
  await pasteText(page, '2023001\t张三\t男\r\n2023002\t李四\t未知\r\n');
  await page.keyboard.press('Control+Home');
  await page.keyboard.press('End');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await expect(page.getByTestId('error-count')).toHaveText('错误 1');
  await waitSaved(page);
  const lastUpdated = await page.getByTestId('last-updated').innerText();
  expect(lastUpdated).toContain('李信息');

  await page.reload();
  await reopenStudentTable(page);
  await expect(page.getByTestId('row-count')).toHaveText('共 2 行');
  await expect(cell(page, COL.name, 1)).toHaveText('李四');
  await expect(cell(page, COL.sex, 1)).toHaveText('未知');
  await expect(page.getByTestId('error-count')).toHaveText('错误 1');
  await expect(page.getByTestId('last-updated')).toHaveText(lastUpdated);
  await page.getByTestId('toggle-issues').click();
  await expect(page.getByTestId('issue-item').first()).toContainText('原文：未知');
});

/**
 * Page.crash takes the renderer process down, and with it every tab of the origin and (in headless
 * Chromium) the browser context. The crash test therefore runs its own browser on a user-data folder:
 * IndexedDB survives on disk, exactly as it would for an officer whose app crashed and was restarted.
 */
test('a renderer crash in the middle of a large paste leaves the table exactly as before or exactly as after', async ({
  dataDir,
  baseURL,
}) => {
  const userDir = await mkdtemp(join(tmpdir(), 'sdd-grid-crash-'));
  const launch = async (): Promise<{ ctx: BrowserContext; page: Page }> => {
    const ctx = await chromium.launchPersistentContext(userDir, {
      executablePath: CHROMIUM_PATH,
      args: [...CHROMIUM_ARGS],
      baseURL,
      locale: 'zh-CN',
      timezoneId: 'Asia/Shanghai',
      viewport: { width: 1400, height: 900 },
    });
    const page = ctx.pages()[0] ?? (await ctx.newPage());
    if (dataDir) await installBridge(page, dataDir);
    await page.goto('/');
    await expect(page.getByText('采集年度').first()).toBeVisible();
    return { ctx, page };
  };

  let { ctx, page } = await launch();
  try {
    await openStudentTable(page);
    await pasteText(page, 'K0001\t先有\r\n');
    await waitSaved(page);
    await page.keyboard.press('Control+Home');
    await page.keyboard.press('ArrowDown');
    const lines: string[] = [];
    for (let i = 0; i < 5000; i++)
      lines.push(
        `P${String(i).padStart(5, '0')}\t学生${i}\t${i % 2 ? '男' : '女'}\t汉族\t\t2005/9/${(i % 28) + 1}`,
      );
    const cdp = await ctx.newCDPSession(page);
    await pasteText(page, `${lines.join('\r\n')}\r\n`);
    // Page.crash never answers (the page is gone); do not wait for it.
    void cdp.send('Page.crash').catch(() => undefined);
    await expect
      .poll(() => page.isClosed() || page.evaluate(() => false).catch(() => true), { timeout: 10_000 })
      .toBe(true);
    await Promise.race([ctx.close().catch(() => undefined), new Promise((r) => setTimeout(r, 5000))]);

    ({ ctx, page } = await launch());
    await reopenStudentTable(page);
    const count = await page.getByTestId('row-count').innerText();
    expect(['共 1 行', '共 5001 行']).toContain(count);
    await expect(cell(page, COL.no, 0)).toHaveText('K0001');
    if (count === '共 5001 行') {
      await expect(cell(page, COL.no, 1)).toHaveText('P00000');
      await expect(page.getByTestId('error-count')).toHaveText('错误 0');
    }
    await page.screenshot({ path: '/tmp/grid-after-crash.png' });
  } finally {
    await ctx.close().catch(() => undefined);
    await rm(userDir, { recursive: true, force: true });
  }
});
