/**
 * A day's work without a mouse: sign in, open A10-1 from 我的任务, type a row, leave the grid (Escape,
 * Tab past the last column), open and close the import wizard and find the focus back on 导入 and the
 * grid still on the same row; a confirmation takes the focus when it opens, and a closed dialog gives the
 * focus back to the button that opened it.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures/app-test';
import { createYear, OFFICE_USERS, signIn, type StationUser } from './fixtures/workspace-steps';
import { cell, COL, expectActive, gridInput, waitSaved } from './grid-steps';

const OFFICER: StationUser = { role: '信息员', name: '李信息', pin: '1357' };

/** Presses Tab (or Shift+Tab) until `target` has the focus; a bounded walk, as a user would. */
async function tabTo(page: Page, isThere: () => Promise<boolean>, back = false): Promise<void> {
  for (let i = 0; i < 40; i++) {
    if (await isThere()) return;
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  throw new Error('the control was not reached by Tab');
}

const inGrid = (page: Page) =>
  page.evaluate(
    () => document.querySelector('[data-testid="entry-grid"]')?.contains(document.activeElement) ?? false,
  );

test('sign in, type a row, leave the grid, open and close the import wizard, all from the keyboard', async ({
  app: page,
}) => {
  await createYear(page, {
    schoolName: '示范职业技术学院',
    schoolCode: '13579',
    station: '填报部门',
    department: '学生工作处',
    users: [OFFICER, { role: '负责人', name: '王处长', pin: '2468' }],
  });
  await page
    .getByRole('row')
    .filter({ hasText: '学年状态数据' })
    .getByRole('button', { name: '打开' })
    .press('Enter');
  const login = page.getByRole('dialog');
  // The user and PIN fields are labelled: found by their label, as a screen reader announces them.
  await expect(login.getByLabel('选择用户')).toBeVisible();
  await expect(login.getByLabel('PIN')).toBeFocused();
  await page.keyboard.type(OFFICER.pin);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('current-user')).toContainText(OFFICER.name);

  await page.getByTestId('my-tasks').getByRole('button', { name: 'A10-1' }).press('Enter');
  await expect(gridInput(page)).toBeFocused();
  await expectActive(page, 0, 0);
  await page.keyboard.type('2023001');
  await page.keyboard.press('Tab');
  await page.keyboard.type('张三');
  await page.keyboard.press('Enter');
  await expect(cell(page, COL.name, 0)).toHaveText('张三');
  await page.keyboard.press('ArrowUp');
  await expectActive(page, 0, 0);
  await waitSaved(page);

  // Escape on a quiet grid hands the focus to the toolbar before it.
  await page.keyboard.press('Escape');
  await expect.poll(() => inGrid(page)).toBe(false);
  await expect(page.locator('body')).not.toBeFocused();

  // 导入 is reached by Tab, opens the wizard; Escape closes it and the focus is back on 导入.
  const importButton = page.getByTestId('sheet-actions-A10-1').getByRole('button', { name: '导入' });
  await tabTo(page, () => importButton.evaluate((b) => b === document.activeElement), true);
  await page.keyboard.press('Enter');
  const wizard = page.getByRole('dialog').filter({ hasText: 'A10-1' });
  await expect(wizard).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(wizard).toHaveCount(0);
  await expect(importButton).toBeFocused();

  // Back into the grid by Tab: the same row and cell as before.
  await tabTo(page, () => inGrid(page));
  await expect(gridInput(page)).toBeFocused();
  await expectActive(page, 0, 0);

  // Tab past the last column leaves the grid forward; Shift+Tab comes back to the same cell.
  await page.keyboard.press('End');
  await page.keyboard.press('Tab');
  await expect.poll(() => inGrid(page)).toBe(false);
  await expect(page.locator('body')).not.toBeFocused();
  await tabTo(page, () => inGrid(page), true);
  await expect(cell(page, COL.no, 0)).toHaveText('2023001');
});

test('a confirmation takes the focus when it opens, and a closed dialog gives it back', async ({
  app: page,
}) => {
  await createYear(page, {
    schoolName: '汕头职业技术学院',
    schoolCode: '12954',
    station: '督导室（学校）',
    users: OFFICE_USERS,
  });
  const supervisor = OFFICE_USERS[2] ?? OFFICER;
  await signIn(page, '汕头职业技术学院', supervisor);

  await page.getByRole('menuitem', { name: '校验规则' }).click();
  const edit = page.getByRole('button', { name: /^编辑 / }).first();
  await edit.press('Enter');
  const editor = page.getByRole('dialog');
  await expect(editor).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(editor).toHaveCount(0);
  await expect(edit).toBeFocused();

  const remove = page.getByRole('button', { name: '删除', exact: true }).first();
  for (let i = 0; i < 2; i++) {
    // Each opening, not only the first, puts the focus on 取消.
    await remove.press('Enter');
    const cancel = page.locator('.ant-popconfirm').getByRole('button', { name: '取消' });
    await expect(cancel).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.locator('.ant-popconfirm:visible')).toHaveCount(0);
  }
});
