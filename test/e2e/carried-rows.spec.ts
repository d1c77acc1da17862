/**
 * 待核实 rows in the grid: a table whose rows came from last year (新建下一学年, seeded here as carried
 * rows through the data writer) says how many are left, shows only them on request and tints them;
 * editing a row confirms it, 确认所选行无变化 confirms the selected ones, submitting is refused while any
 * is left, and 全部确认无变化 confirms the rest.
 */
import { test, expect } from './fixtures/app-test';
import { clickCell, COL, createDepartmentYear, reopenStudentTable, typeText, waitSaved } from './grid-steps';
import { act } from './review-steps';

const ROWS = ['0024001', '0024002', '0024003', '0024004'].map((no, i) => ({
  values: { no, name: `学生${i + 1}`, sex: i % 2 === 0 ? '男' : '女' },
  src: 'carried' as const,
  by: '李信息',
}));

test('carried rows are counted, filtered, confirmed by an edit, one by one and all at once; submit waits for them', async ({
  app: page,
}, testInfo) => {
  test.setTimeout(180_000);
  await createDepartmentYear(page);
  await page.evaluate((rows) => window.sddE2E!.seedRows({ tableCode: 'A10-1', rows }), ROWS);
  await reopenStudentTable(page);
  const count = page.getByTestId('carried-count');
  await expect(count).toHaveText('本表有 4 行从上一学年结转，待核实');
  await expect(page.getByTestId('row-count')).toHaveText('共 4 行');
  if (testInfo.project.name === 'web')
    await page.screenshot({ path: testInfo.outputPath('carried-rows.png'), fullPage: true });

  // Editing a row confirms it.
  await clickCell(page, COL.name, 0);
  await typeText(page, '张三');
  await page.keyboard.press('Enter');
  await waitSaved(page);
  await expect(count).toHaveText('本表有 3 行从上一学年结转，待核实');

  // Only the 待核实 rows: the edited one is gone from the view.
  const banner = page.getByTestId('carried-banner');
  await banner.getByRole('checkbox', { name: '只看待核实' }).check();
  await expect(page.getByTestId('row-count')).toHaveText('显示 3 / 4 行');

  // The first shown row (学生2) confirmed as unchanged.
  await clickCell(page, COL.no, 0);
  await banner.getByRole('button', { name: '确认所选行无变化' }).click();
  await expect(count).toHaveText('本表有 2 行从上一学年结转，待核实');
  await expect(page.getByTestId('row-count')).toHaveText('显示 2 / 4 行');

  // Submitting is refused while rows are left to check.
  await page.getByRole('menuitem', { name: '数据审核' }).click();
  await page.getByTestId('review-slices').getByRole('row').filter({ hasText: 'A10-1' }).first().click();
  await act(page, '提交审核', 'A10-1 还有 2 行从上一学年结转的数据待核实');

  // 全部确认无变化 takes the rest: the banner goes.
  await page.getByRole('menuitem', { name: '我的任务' }).click();
  await page.getByTestId('my-tasks').getByText('A10-1', { exact: true }).click();
  await expect(count).toHaveText('本表有 2 行从上一学年结转，待核实');
  const all = page.getByTestId('carried-banner').getByRole('button', { name: '全部确认无变化' });
  const ok = page.locator('.ant-popconfirm').getByRole('button', { name: '确定' });
  await expect(async () => {
    if (!(await ok.isVisible())) await all.click();
    await ok.click({ timeout: 2000 });
    await expect(page.getByTestId('carried-banner')).toHaveCount(0, { timeout: 5000 });
  }).toPass({ timeout: 30_000 });
  await expect(page.getByTestId('row-count')).toHaveText('共 4 行');
});
