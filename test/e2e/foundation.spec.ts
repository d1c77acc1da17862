/**
 * End to end: a new user creates a collection year at the office, signs in with a PIN, edits the
 * catalog, assigns a table, reloads the page and finds everything as it was.
 */
import { test, expect } from './fixtures/app-test';
import { chooseOption, createYear, createYearInForm, OFFICE_USERS, signIn } from './fixtures/workspace-steps';

const SUPERVISOR = OFFICE_USERS[2] ?? { role: '督导员' as const, name: '吴督导', pin: '3333' };

test('office creates a year, edits the catalog, assigns tasks, and finds it all after a reload', async ({
  app: page,
}, testInfo) => {
  await createYearInForm(page, {
    schoolName: '汕头职业技术学院',
    schoolCode: '12954',
    station: '督导室（学校）',
    users: OFFICE_USERS,
  });
  const yearRow = page.getByRole('row').filter({ hasText: '汕头职业技术学院（4144012954）' });
  await expect(yearRow).toBeVisible();
  const yearName = (await yearRow.getByRole('cell').first().innerText()).trim();

  // A wrong PIN is refused with a clear message.
  await yearRow.getByRole('button', { name: '打开' }).click();
  const dialog = page.getByRole('dialog');
  await chooseOption(page, dialog.getByTestId('login-user'), SUPERVISOR.name);
  await dialog.getByTestId('login-pin').fill('0000');
  await dialog.getByRole('button', { name: '登录' }).click();
  await expect(dialog.getByText('PIN 不正确')).toBeVisible();
  await dialog.getByRole('button', { name: '取消' }).click();

  await signIn(page, yearName, SUPERVISOR);
  await expect(page.getByTestId('my-tasks')).toContainText('A10-1');
  if (testInfo.project.name === 'web')
    await page.screenshot({ path: testInfo.outputPath('my-tasks.png'), fullPage: true });

  // Catalog: rename a table, add a field with options, move it up; save as version 2.
  await page.getByRole('menuitem', { name: '采集目录' }).click();
  await expect(page.getByTestId('catalog-version')).toHaveText('版本 1');
  await page.getByTestId('catalog-tables').getByText('A10-1', { exact: true }).click();
  await expect(page.getByTestId('catalog-table-title')).toContainText('A10-1 在校生信息表');
  const tableName = page.getByTestId('table-properties').getByLabel('表名');
  await tableName.fill('在校生信息表（本校）');
  await tableName.blur();
  await page.getByRole('button', { name: '添加字段' }).click();
  const fieldForm = page.getByTestId('field-form');
  await fieldForm.getByLabel('字段名称', { exact: true }).fill('是否住校');
  await chooseOption(page, fieldForm.getByLabel('类型', { exact: true }), '选项');
  await fieldForm.getByRole('combobox', { name: '选项', exact: true }).fill('住校');
  await fieldForm.getByRole('combobox', { name: '选项', exact: true }).press('Enter');
  await fieldForm.getByRole('combobox', { name: '选项', exact: true }).fill('走读');
  await fieldForm.getByRole('combobox', { name: '选项', exact: true }).press('Enter');
  await page.getByRole('dialog').getByRole('button', { name: '确定' }).click();
  await expect(page.getByTestId('field-table')).toContainText('是否住校');
  await page.getByRole('button', { name: '上移 是否住校' }).click();
  await page.getByRole('button', { name: '保存目录' }).click();
  await expect(page.getByTestId('catalog-version')).toHaveText('版本 2');
  if (testInfo.project.name === 'web')
    await page.screenshot({ path: testInfo.outputPath('catalog.png'), fullPage: true });

  // An inconsistent definition is refused with a message and changes nothing.
  await page.getByRole('button', { name: '添加字段' }).click();
  await fieldForm.getByLabel('字段名称', { exact: true }).fill('是否住校');
  await page.getByRole('dialog').getByRole('button', { name: '确定' }).click();
  await page.getByRole('button', { name: '保存目录' }).click();
  await expect(page.getByTestId('catalog-error')).toContainText('是否住校');
  await expect(page.getByTestId('catalog-version')).toHaveText('版本 2');
  await page.getByRole('button', { name: '放弃修改' }).click();

  // Tasks: give A10-1 to 学生工作处 with 团委会 cooperating.
  await page.getByRole('menuitem', { name: '任务分配' }).click();
  await chooseOption(page, page.getByLabel('A10-1 责任部门'), '学生工作处');
  await chooseOption(page, page.getByLabel('A10-1 配合部门'), '团委会');
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: '保存', exact: true }).click();
  await expect(page.getByText('任务分配已保存')).toBeVisible();

  // Reload: sign in again and find every change.
  await page.reload();
  await signIn(page, yearName, SUPERVISOR);
  await page.getByRole('menuitem', { name: '采集目录' }).click();
  await expect(page.getByTestId('catalog-version')).toHaveText('版本 2');
  await page.getByTestId('catalog-tables').getByText('A10-1', { exact: true }).click();
  await expect(page.getByTestId('catalog-table-title')).toContainText('在校生信息表（本校）');
  const labels = await page.getByTestId('field-table').locator('tbody tr td:nth-child(2)').allInnerTexts();
  const at = labels.findIndex((l) => l.includes('是否住校'));
  expect(at).toBe(labels.length - 2);
  await page.getByRole('menuitem', { name: '任务分配' }).click();
  await expect(page.getByLabel('A10-1 责任部门').locator('..')).toContainText('学生工作处');
  await expect(page.getByLabel('A10-1 配合部门').locator('..').locator('..')).toContainText('团委会');
});

test('a department station sees only its tasks, and its 信息员 no set-up pages', async ({ app: page }) => {
  await createYear(page, {
    schoolName: '测试职业学院',
    schoolCode: '10001',
    station: '填报部门',
    department: '人事处',
    users: [
      { role: '信息员', name: '林信息', pin: '1234' },
      { role: '负责人', name: '黄处长', pin: '5678' },
    ],
  });
  await signIn(page, '学年状态数据', { role: '信息员', name: '林信息', pin: '1234' });
  await expect(page.getByTestId('my-tasks')).toContainText('A6-1-1');
  await expect(page.getByTestId('my-tasks')).not.toContainText('A10-1');
  // The office's set-up pages are not in a department 信息员's menu at all.
  for (const name of ['采集目录', '任务分配', '校验规则', '部门管理', '年度设置'])
    await expect(page.getByRole('menuitem', { name })).toHaveCount(0);
  await expect(page.getByRole('menuitem', { name: '我的任务' })).toBeVisible();
});

test('deleting a year needs its name typed and removes it', async ({ app: page }) => {
  await createYear(page, {
    schoolName: '删除测试学院',
    schoolCode: '10002',
    station: '填报部门',
    department: '图书馆',
    users: [
      { role: '信息员', name: '甲', pin: '1111' },
      { role: '负责人', name: '乙', pin: '2222' },
    ],
  });
  const row = page.getByRole('row').filter({ hasText: '删除测试学院' });
  const name = (await row.getByRole('cell').first().innerText()).trim();
  await row.getByRole('button', { name: '删除' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('button', { name: '删除' })).toBeDisabled();
  await dialog.getByPlaceholder('输入年度名称').fill(name);
  await dialog.getByRole('button', { name: '删除' }).click();
  await expect(page.getByText('还没有采集年度')).toBeVisible();
  await page.reload();
  await expect(page.getByText('还没有采集年度')).toBeVisible();
});

test('a store reset to empty behind the app is reported, not silently used as a fresh start', async ({
  app: page,
}, testInfo) => {
  await createYear(page, {
    schoolName: '哨兵测试学院',
    schoolCode: '10003',
    station: '填报部门',
    department: '人事处',
    users: [
      { role: '信息员', name: '甲', pin: '1111' },
      { role: '负责人', name: '乙', pin: '2222' },
    ],
  });
  if (testInfo.project.name === 'bridge') {
    // In Electron the sentinel lives in the data folder, outside the Chromium profile.
    const info = await page.evaluate(() => window.api?.invoke('sentinel:read', {}));
    expect(info?.ok && info.value.text).toContain('"workspaces"');
  }
  // Simulate Chromium dropping the IndexedDB store while the sentinel survives.
  await page.evaluate(async () => {
    const names = (await indexedDB.databases()).map((d) => d.name).filter((n): n is string => !!n);
    await Promise.all(
      names.map(
        (n) =>
          new Promise<void>((resolve) => {
            const r = indexedDB.deleteDatabase(n);
            r.onsuccess = r.onerror = () => resolve();
          }),
      ),
    );
  });
  await page.reload();
  await expect(page.getByTestId('damaged-store')).toBeVisible();
  await expect(page.getByTestId('damaged-store')).toContainText('数据库为空，但上次关闭时有 1 个采集年度');
  await page.getByRole('button', { name: '忽略并按当前数据继续' }).click();
  await expect(page.getByText('还没有采集年度')).toBeVisible();
  await page.reload();
  await expect(page.getByText('还没有采集年度')).toBeVisible();
});
