/**
 * What a newcomer reads at 1366×768: on the office's 完成情况 each row's table name in full (with eight
 * fixed columns beside it, it was squeezed to one character), and every page opening at its top.
 */
import { test, expect } from './fixtures/app-test';
import { OFFICE_USERS, openOfficeAs } from './fixtures/workspace-steps';

const SUPERVISOR = OFFICE_USERS[2] ?? { role: '督导员' as const, name: '吴督导', pin: '3333' };

test('完成情况 shows whole table names at 1366×768', async ({ app: page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await openOfficeAs(page, SUPERVISOR);
  await page.getByRole('menuitem', { name: '完成情况' }).click();
  const matrix = page.getByTestId('completeness-matrix');
  const name = matrix.getByRole('cell', { name: '院校基本信息表', exact: true });
  await expect(name).toBeVisible();
  // Not cut: the cell's text fits its width (an ellipsis cell keeps the whole text in the DOM).
  const cut = await name.evaluate((el) => {
    const text = el.querySelector('.ant-table-cell-content') ?? el;
    return text.scrollWidth - text.clientWidth;
  });
  expect(cut).toBeLessThanOrEqual(0);
});

test('a page opened from far down another one starts at its top', async ({ app: page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await openOfficeAs(page, SUPERVISOR);
  await page.getByRole('menuitem', { name: '我的任务' }).click();
  await expect(page.getByTestId('my-tasks')).toContainText('A1-6');
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(500);
  await page.getByRole('menuitem', { name: '年度设置' }).click();
  await expect(page.getByRole('button', { name: '保存设置' })).toBeVisible();
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
});
