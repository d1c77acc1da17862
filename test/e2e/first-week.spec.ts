/**
 * A clerk's first week: the 开始使用 steps at both stations follow the station's data, the confirmations
 * that keep work from being lost (removing a user, leaving 任务分配 with unsaved edits), and the warning
 * on a deadline that is already past. Menus by role are covered in foundation.spec.ts; the explicit
 * 替换/追加 choice in spreadsheet-import.spec.ts.
 */
import { test, expect } from './fixtures/app-test';
import { createYear, OFFICE_USERS, signIn, type StationUser } from './fixtures/workspace-steps';
import type { Page } from '@playwright/test';

const SUPERVISOR = OFFICE_USERS[2] ?? { role: '督导员' as const, name: '吴督导', pin: '3333' };
const OFFICE_HEAD = OFFICE_USERS[1] ?? { role: '负责人' as const, name: '周主任', pin: '2222' };
const HEAD: StationUser = { role: '负责人', name: '黄处长', pin: '5678' };

async function yearName(page: Page, school: string): Promise<string> {
  const row = page.getByRole('row').filter({ hasText: school });
  return (await row.getByRole('cell').first().innerText()).trim();
}

async function openStart(page: Page) {
  await page.getByRole('menuitem', { name: '开始使用' }).click();
  await expect(page.getByTestId('getting-started')).toBeVisible();
}

test('the office is led step by step, and each step turns done from its own data', async ({ app: page }) => {
  await createYear(page, {
    schoolName: '汕头职业技术学院',
    schoolCode: '12954',
    station: '督导室（学校）',
    users: OFFICE_USERS,
  });
  await signIn(page, await yearName(page, '汕头职业技术学院'), OFFICE_HEAD);
  await openStart(page);
  // The shell starts at the window's corner: no browser margin framing it (and scrolling a short page).
  expect(await page.locator('header').first().boundingBox()).toMatchObject({ x: 0, y: 0 });
  await expect(page.getByTestId('step-key')).toHaveAttribute('data-state', 'current');
  await expect(page.getByTestId('step-registrations')).toHaveAttribute('data-state', 'todo');
  await expect(page.getByTestId('getting-started')).toContainText('已导入 0/');

  await page.getByRole('button', { name: '去生成密钥' }).click();
  await expect(page.getByRole('tab', { name: '密钥与注册', selected: true })).toBeVisible();
  await page.getByRole('button', { name: '生成签名密钥' }).click();
  await expect(page.getByTestId('own-fingerprint')).toBeVisible();

  await openStart(page);
  await expect(page.getByTestId('step-key')).toHaveAttribute('data-state', 'done');
  await expect(page.getByTestId('step-registrations')).toHaveAttribute('data-state', 'current');
  await page.getByRole('button', { name: '去导入注册申请' }).click();
  await expect(page.getByRole('tab', { name: '信任列表', selected: true })).toBeVisible();
});

test('a department is led from its key to its registration request', async ({ app: page }) => {
  await createYear(page, {
    schoolName: '测试职业学院',
    schoolCode: '10001',
    station: '填报部门',
    department: '人事处',
    users: [{ role: '信息员', name: '林信息', pin: '1234' }, HEAD],
  });
  await signIn(page, await yearName(page, '测试职业学院'), HEAD);
  // Before the 初始化包, 我的任务 says its tables are the defaults and leads to 开始使用.
  await page.getByRole('menuitem', { name: '我的任务' }).click();
  await page.getByTestId('setup-pending').getByRole('button', { name: '查看开始使用步骤' }).click();
  await expect(page.getByTestId('getting-started')).toBeVisible();
  const ids = ['key', 'registration', 'setup', 'fill', 'submit', 'export'];
  for (const [i, id] of ids.entries())
    await expect(page.getByTestId(`step-${id}`)).toHaveAttribute('data-state', i === 0 ? 'current' : 'todo');
  await page.getByRole('button', { name: '去生成密钥' }).click();
  await page.getByRole('button', { name: '生成签名密钥' }).click();
  await expect(page.getByTestId('own-fingerprint')).toBeVisible();
  await openStart(page);
  await expect(page.getByTestId('step-key')).toHaveAttribute('data-state', 'done');
  await expect(page.getByTestId('step-registration')).toHaveAttribute('data-state', 'current');
});

test('removing a user and leaving unsaved 任务分配 both ask first', async ({ app: page }) => {
  await createYear(page, {
    schoolName: '汕头职业技术学院',
    schoolCode: '12954',
    station: '督导室（学校）',
    users: OFFICE_USERS,
  });
  await signIn(page, await yearName(page, '汕头职业技术学院'), SUPERVISOR);

  await page.getByRole('menuitem', { name: '年度设置' }).click();
  const clerk = page.getByRole('row').filter({ hasText: '陈信息' });
  await clerk.getByRole('button', { name: '删除' }).click();
  await expect(page.getByText('删除用户「陈信息」？')).toBeVisible();
  await page.getByRole('button', { name: '取消' }).click();
  await expect(clerk).toBeVisible();

  await page.getByRole('menuitem', { name: '任务分配' }).click();
  await page.getByLabel('A3 责任部门').click();
  await page.keyboard.type('督导室');
  await page.keyboard.press('Enter');
  await expect(page.getByText('有未保存的修改', { exact: true })).toBeVisible();
  await page.getByRole('menuitem', { name: '我的任务' }).click();
  const confirm = page.getByRole('dialog').filter({ hasText: '任务分配有未保存的修改' });
  await expect(confirm).toBeVisible();
  await confirm.getByRole('button', { name: '留在本页' }).click();
  await expect(page.getByText('有未保存的修改', { exact: true })).toBeVisible();
  await page.getByRole('menuitem', { name: '我的任务' }).click();
  await page.getByRole('button', { name: '放弃修改并离开' }).click();
  await expect(page.getByTestId('my-tasks')).toBeVisible();
});

test('the new-year form never offers a past deadline and warns when one is typed', async ({ app: page }) => {
  await page.getByRole('button', { name: '新建采集年度' }).click();
  const form = page.getByTestId('new-workspace-form');
  await expect(form.getByTestId('past-deadline-warning')).toHaveCount(0);
  const fill = form.getByLabel('填报截止');
  await fill.click();
  await fill.fill('2020-01-01');
  await fill.press('Enter');
  await expect(form.getByTestId('past-deadline-warning')).toContainText('填报截止已早于今天');
});

test('the first Tab offers a skip link to the content, and each page has one h1', async ({ app: page }) => {
  await createYear(page, {
    schoolName: '汕头职业技术学院',
    schoolCode: '12954',
    station: '督导室（学校）',
    users: OFFICE_USERS,
  });
  await signIn(page, await yearName(page, '汕头职业技术学院'), SUPERVISOR);
  await page.locator('body').focus();
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: '跳到正文' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('#main-content')).toBeFocused();
  await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('状态数据工作台');
  await expect(page.getByRole('main')).toHaveCount(1);
  // Table codes in 我的任务 are buttons, reachable and pressed from the keyboard.
  await page.getByTestId('my-tasks').getByRole('button', { name: 'A10-1' }).press('Enter');
  await expect(page.getByTestId('table-page')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
});
