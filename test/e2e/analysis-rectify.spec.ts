/**
 * From a 未达标 indicator to a 整改 item at the office: with 10 专任教师 on record and none of them
 * senior, 具有高级职务教师占专任教师的比例 is 0 % against the 设置标准's 20 %; its value drills down to
 * the rows behind it (none in the numerator, the 10 teachers in the denominator), a row opens in the
 * grid, and 发起整改 creates the item for 人事处, listed on 整改.
 */
import { test, expect } from './fixtures/app-test';
import { seedReportData } from './fixtures/report-seed';
import { chooseOption, OFFICE_USERS, openOfficeAs, type StationUser } from './fixtures/workspace-steps';

const SUPERVISOR = OFFICE_USERS[2] as StationUser;
const SENIOR = 'monitor.senior-teachers';

test('office drills into a 未达标 indicator and raises a 整改 item from it', async ({
  app: page,
}, testInfo) => {
  test.setTimeout(180_000);
  await openOfficeAs(page, SUPERVISOR, (p) => seedReportData(p, 10));
  await page.getByRole('menuitem', { name: '对标分析' }).click();
  await expect(page.getByTestId(`status-${SENIOR}`)).toHaveText('未达标');
  await expect(page.getByTestId(`value-${SENIOR}`)).toHaveText('0.0%');

  await page.getByTestId(`value-${SENIOR}`).click();
  const drawer = page.getByRole('dialog', { name: '具有高级职务教师占专任教师的比例：数据来源' });
  await expect(drawer.getByTestId('drill-term-0')).toContainText('计入 0 行');
  const denominator = drawer.getByTestId('drill-term-1');
  await expect(denominator).toContainText('count(A6-1-1)');
  await expect(denominator).toContainText('计入 10 行');
  await expect(denominator.getByRole('row').filter({ hasText: '人事处' })).toHaveCount(10);
  if (testInfo.project.name === 'web')
    await page.screenshot({ path: testInfo.outputPath('analysis-drill.png'), fullPage: true });
  await denominator.getByRole('button', { name: '在表格中打开' }).first().click();
  await expect(page.getByText('A6-1-1').first()).toBeVisible();

  await page.getByRole('menuitem', { name: '对标分析' }).click();
  await page.getByTestId(`rectify-${SENIOR}`).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByLabel('整改内容')).toHaveValue('具有高级职务教师占专任教师的比例未达标');
  await expect(dialog.getByLabel('问题说明')).toHaveValue(/本年为 0\.0%，对标值 设置标准 ≥ 20\.0%/);
  await chooseOption(page, dialog.getByLabel('责任部门'), '人事处');
  await expect(dialog).toContainText('人事处（RSC）');
  await dialog.getByRole('button', { name: '新建整改事项' }).click();
  await expect(page.getByText('已创建整改事项')).toBeVisible();

  await page.getByRole('menuitem', { name: '整改' }).click();
  const row = page.getByTestId('rectification-list').getByRole('row').filter({ hasText: '具有高级职务教师' });
  await expect(row).toContainText('人事处');
  await expect(row).toContainText('指标未达标');
  await expect(row).toContainText('阻断');
});
