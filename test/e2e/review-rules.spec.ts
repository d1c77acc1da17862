/**
 * 校验规则 at the office: the shipped starter set is version 1; the 督导员 edits a rule (a parse error is
 * shown under its side with the position, then fixed), disables another, adds a manual checklist item
 * and a threshold, saves version 2, and finds it all after a reload.
 */
import { test, expect } from './fixtures/app-test';
import { OFFICE_USERS, openOfficeAs, signIn, type StationUser } from './fixtures/workspace-steps';

const SUPERVISOR = OFFICE_USERS[2] as StationUser;

test('office edits rules with live parse errors and saves a new ruleset version', async ({
  app: page,
}, testInfo) => {
  test.setTimeout(180_000);
  const yearName = await openOfficeAs(page, SUPERVISOR);
  await page.getByRole('menuitem', { name: '校验规则' }).click();
  await expect(page.getByTestId('ruleset-version')).toHaveText('版本 1');
  await expect(page.getByRole('tab', { name: /规则（\d+）/ })).toHaveText(/规则（(2\d|[3-9]\d)）/);

  // Edit a rule: a broken right side is reported under that side, with the position.
  await page.getByLabel('按表代码、名称或编号筛选').fill('A7-6-1.reg-le-enrol');
  await page.getByRole('button', { name: '编辑 A7-6-1.reg-le-enrol' }).click();
  const form = page.getByTestId('rule-form');
  await form.getByLabel('右侧表达式').fill('实际录取数 * (1 +');
  await expect(form).toContainText(/右侧表达式：.*第 \d+ 个字符/);
  await expect(page.getByRole('dialog').getByRole('button', { name: '确定' })).toBeDisabled();
  await form.getByLabel('右侧表达式').fill('实际录取数 + 5');
  await expect(page.getByTestId('rule-check')).toHaveText('规则可以运行');
  if (testInfo.project.name === 'web')
    await page.screenshot({ path: testInfo.outputPath('rule-editor.png') });
  await page.getByRole('dialog').getByRole('button', { name: '确定' }).click();
  await expect(page.getByTestId('rule-table')).toContainText('实际录取数 + 5');

  // Disable another rule.
  await page.getByLabel('按表代码、名称或编号筛选').fill('A7-6-1.enrol-vs-plan');
  await page.getByRole('switch', { name: '启用 A7-6-1.enrol-vs-plan' }).click();

  // A manual checklist item for the school level.
  await page.getByRole('tab', { name: '人工检查项' }).click();
  await page.getByRole('button', { name: '新增人工检查项' }).click();
  await page.getByLabel('检查内容 m1').fill('已与上年年报数据核对口径');

  // A threshold: outliers on A3 占地面积 judged at 5.
  await page.getByRole('tab', { name: '异常值与同比阈值' }).click();
  await page.getByTestId('thresholds').getByRole('combobox').first().click();
  await page.keyboard.type('A3 基本办学条件表');
  await page.keyboard.press('Enter');
  await page.getByLabel('占地面积 异常值阈值（修正 Z 分数）').fill('5');

  await page.getByRole('button', { name: '保存为新版本' }).click();
  await expect(page.getByText('规则已保存为版本 2')).toBeVisible();
  await expect(page.getByTestId('ruleset-version')).toHaveText('版本 2');

  await page.reload();
  await signIn(page, yearName, SUPERVISOR);
  await page.getByRole('menuitem', { name: '校验规则' }).click();
  await expect(page.getByTestId('ruleset-version')).toHaveText('版本 2');
  await page.getByLabel('按表代码、名称或编号筛选').fill('A7-6-1');
  await expect(page.getByTestId('rule-table')).toContainText('实际录取数 + 5');
  await expect(page.getByRole('switch', { name: '启用 A7-6-1.enrol-vs-plan' })).not.toBeChecked();
  await page.getByRole('tab', { name: '人工检查项' }).click();
  await expect(page.getByLabel('检查内容 m1')).toHaveValue('已与上年年报数据核对口径');
  await page.getByRole('menuitem', { name: '审计日志' }).click();
  await expect(page.getByTestId('audit-table')).toContainText('保存校验规则');
});
