/**
 * What a newcomer reads at 1366×768 on the office's 完成情况: each row's table name is readable in full
 * (with eight fixed columns beside it, it was squeezed to one character).
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
