/**
 * Errors count: A10-1 with cells in error ("man", "female", 2005-13-01) is not 通过 on the checklist —
 * the type errors are a hard item with their count — and 提交审核 is refused with the list of cells;
 * the item opens the grid at the first cell in error; fixed, the same table submits.
 */
import { test, expect } from './fixtures/app-test';
import { clickCell, COL, expectActive, openStudentTable, pasteText, waitSaved } from './grid-steps';

test('a table with type errors cannot be submitted: the checklist counts them, the submit lists them', async ({
  app: page,
}) => {
  await openStudentTable(page);
  await pasteText(page, '2023001\t张三\tman\r\n2023002\t李四\tfemale\r\n');
  await clickCell(page, COL.birthday, 0);
  await pasteText(page, '2005-13-01');
  await waitSaved(page);
  await expect(page.getByTestId('error-count')).toHaveText('错误 3');

  await page.getByRole('menuitem', { name: '数据审核' }).click();
  await page.getByTestId('review-slices').getByRole('row').filter({ hasText: 'A10-1' }).first().click();
  await expect(page.getByTestId('checklist')).toBeVisible();
  await expect(page.getByTestId('check-errors:cells')).toHaveText('有 3 个单元格类型或格式错误');
  await page.getByTestId('review-actions').getByRole('button', { name: '提交审核' }).click();
  const refusal = page.getByText(/^表 A10-1 有 3 个单元格类型或格式错误，不能提交；请先修正：第 1 行：/);
  await expect(refusal).toBeVisible();
  await expect(refusal).toContainText('第 2 行');
  await page.screenshot({ path: test.info().outputPath('blocked-submit.png') });
  await expect(page.getByTestId('review-state')).toHaveText('填报中');

  // The checklist item opens the grid at its first cell in error (row 1, 性别 "man").
  await page.getByTestId('jump-errors:cells').click();
  await expect(page.getByTestId('entry-grid')).toBeVisible();
  await expectActive(page, COL.sex, 0);

  // Fixed in the grid, the table goes up.
  await clickCell(page, COL.sex, 0);
  await pasteText(page, '男\r\n女\r\n');
  await clickCell(page, COL.birthday, 0);
  await pasteText(page, '20050101');
  await waitSaved(page);
  await expect(page.getByTestId('error-count')).toHaveText('错误 0');
  await page.getByRole('menuitem', { name: '数据审核' }).click();
  await page.getByTestId('review-slices').getByRole('row').filter({ hasText: 'A10-1' }).first().click();
  await expect(page.getByTestId('check-errors:cells')).toHaveText('没有类型或格式错误');
  await page.getByTestId('review-actions').getByRole('button', { name: '提交审核' }).click();
  await expect(page.getByTestId('review-state')).toHaveText('已提交');
});
