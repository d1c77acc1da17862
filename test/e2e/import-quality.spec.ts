/**
 * The import preview's quality panel: 团委会 sends A9-6-1 with an award date the catalog rejects
 * ("202513"); before confirming, the office sees the table's errors, completeness and that value named by
 * row and field — then imports it knowingly. The department's declaration lists A9-6-1 as not approved.
 */
import { test, expect } from '@playwright/test';
import { enterPassphrase, exchangeTab, openFileVia, saveFileVia } from './fixtures/bundle-stations';
import { officeAndTw } from './fixtures/stations';

test.setTimeout(300_000);

test('the office sees a bundle’s errors, completeness and rejected values before merging it', async ({
  browser,
}, testInfo) => {
  const { office, tw, dir } = await officeAndTw(browser, testInfo);

  // 团委会: 项目名称 then, three columns on, 获奖日期（年月） typed as "202513" (kept as typed, in error).
  await tw.page.getByRole('menuitem', { name: '我的任务' }).click();
  await tw.page.getByTestId('my-tasks').getByText('A9-6-1', { exact: true }).click();
  await expect(tw.page.getByTestId('entry-grid')).toBeVisible();
  await tw.page.keyboard.type('挑战杯');
  for (let i = 0; i < 3; i++) await tw.page.keyboard.press('Tab');
  await tw.page.keyboard.type('202513');
  await tw.page.keyboard.press('Enter');
  await expect(tw.page.getByTestId('save-state')).toHaveText('已自动保存');
  await expect(tw.page.getByTestId('error-count')).toHaveText('错误 1');
  await exchangeTab(tw, '导出数据包');
  // The declaration covers only approved tables: A9-6-1 is still with the filler, the rest are empty.
  const scope = tw.page.getByTestId('declaration-scope-OFFICE');
  await expect(scope).toContainText('本声明涵盖（负责人已审核通过）：无');
  await expect(scope).toContainText('未经负责人审核通过，随包附带但不在声明范围内：A9-6-1（填报中）');
  await expect(scope).toContainText('空表（无数据）：A10-3');
  await tw.page.screenshot({ path: test.info().outputPath('declaration-scope.png'), fullPage: true });
  await enterPassphrase(tw);
  await tw.page.getByTestId('approve-export').check();
  const data = await saveFileVia(
    tw,
    tw.page.getByRole('button', { name: '签名并导出数据包 OFFICE' }),
    dir,
    'TW-数据包.sdd',
  );

  await exchangeTab(office, '导入数据包');
  await enterPassphrase(office);
  await openFileVia(office, office.page.getByRole('button', { name: '选择文件…' }), data);
  const quality = office.page.getByTestId('import-quality');
  await expect(quality).toContainText('1 张表有错误或目录不接受的值');
  // 表, 部门, 错误 1, 必填未填 0, 必填完整度 100.0%, 提示 0, 合理性说明 0, 导入时留空 0, 目录不接受的值 1
  await expect(
    quality.getByRole('row', { name: 'A9-6-1 学生获奖情况表 团委会 1 0 100.0% 0 0 0 1' }),
  ).toBeVisible();
  await expect(quality.getByTestId('rejected-A9-6-1-TW')).toContainText('第 1 行 获奖日期（年月）：“202513”');
  await office.page.screenshot({ path: test.info().outputPath('import-quality.png'), fullPage: true });

  await saveFileVia(
    office,
    office.page.getByTestId('import-preview').getByRole('button', { name: '确认导入' }),
    dir,
    'OFFICE-回执.sdd',
  );
  await expect(office.page.getByTestId('import-done')).toContainText('已导入');
  // The office is led on from the import to where the data is reviewed.
  await office.page.getByTestId('import-next').getByRole('button', { name: '去数据审核' }).click();
  await expect(office.page.getByTestId('review-slices')).toBeVisible();
});
