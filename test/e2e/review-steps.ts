/** Steps shared by the review specs: switch users, fill the A3 form, open a slice on 数据审核. */
import { expect, type Page } from '@playwright/test';
import { signIn, type StationUser } from './fixtures/workspace-steps';

/** Closes the open year and signs `user` in (the PIN switch a shared office PC uses). */
export async function switchUser(page: Page, yearName: string, user: StationUser): Promise<void> {
  await page.getByRole('button', { name: '关闭年度' }).click();
  await signIn(page, yearName, user);
}

/** Types values into the single-record form by field label; each input saves on blur. */
export async function fillForm(page: Page, values: Readonly<Record<string, string>>): Promise<void> {
  for (const [label, value] of Object.entries(values)) {
    const input = page.getByLabel(label, { exact: true });
    await input.fill(value);
    await input.blur();
  }
}

export async function openA3Form(page: Page): Promise<void> {
  await page.getByRole('menuitem', { name: '我的任务' }).click();
  await page.getByTestId('my-tasks').getByText('A3', { exact: true }).click();
  await expect(page.getByLabel('占地面积', { exact: true })).toBeVisible();
}

/** Opens 数据审核 and picks the A3 slice of the given department. */
export async function openReview(page: Page, departmentName: string): Promise<void> {
  await page.getByRole('menuitem', { name: '数据审核' }).click();
  await page.getByTestId('review-slices').getByRole('row').filter({ hasText: 'A3' }).filter({ hasText: departmentName }).first().click();
  await expect(page.getByTestId('review-panel')).toBeVisible();
  await expect(page.getByTestId('checklist')).toBeVisible();
}

export async function act(page: Page, action: string, done: string): Promise<void> {
  await page.getByTestId('review-actions').getByRole('button', { name: action }).click();
  await expect(page.getByText(done).first()).toBeVisible();
}

/** Required A3 cells, and a 校舍面积合计 below the sum of its parts (A3.buildings, a medium rule: soft). */
export const A3_WITH_SOFT_FAILURE: Readonly<Record<string, string>> = {
  占地面积: '1000',
  教学科研及辅助用房: '200',
  行政办公用房: '50',
  '教学、科研仪器设备—资产总值': '5000',
  '纸质图书—总册数': '100000',
  '学校产权校舍建筑面积—合计': '100',
};
