/**
 * At the office, a department's slice that came from the department's own station is a copy: after the
 * office's 督导员 returns 团委会's A9-6-1 it stays read-only at the office, the notice saying the copy is
 * the department's to change (the department has a registered key). A department without a station of its
 * own (学生工作处 here registered none) is filled at the office on its behalf: its A10-1 takes typing.
 * 团委会's review record is seeded through the page's storage; its bundle travels through export and import.
 */
import { test, expect, type Page } from '@playwright/test';
import { officeAndTw } from './fixtures/stations';
import { seedSubmission, TW_A9_APPROVED } from './fixtures/review-seed';
import { OFFICE_USERS } from './fixtures/workspace-steps';
import { exportData, importData, openReview, switchUser } from './review-steps';

test.setTimeout(300_000);

async function openTable(page: Page, tableCode: string): Promise<void> {
  await page.getByRole('menuitem', { name: '我的任务' }).click();
  await page.getByTestId('my-tasks').getByText(tableCode, { exact: true }).click();
  await expect(page.getByTestId('entry-grid')).toBeVisible();
}

test('a returned copy stays read-only at the office; a department filled on its behalf takes typing', async ({
  browser,
}, testInfo) => {
  const { office, tw, dir } = await officeAndTw(browser, testInfo);

  await openTable(tw.page, 'A9-6-1');
  await tw.page.keyboard.type('挑战杯');
  await tw.page.keyboard.press('Enter');
  await expect(tw.page.getByTestId('save-state')).toHaveText('已自动保存');
  await seedSubmission(tw.page, TW_A9_APPROVED);
  await importData(office, await exportData(tw, 'OFFICE', dir, 'TW-数据包.sdd'), dir);

  // The 督导员 returns the slice: back to 填报中, and still the department's to change.
  await switchUser(office.page, '学年状态数据', OFFICE_USERS[2]!);
  await openReview(office.page, '团委会', 'A9-6-1');
  await office.page.getByTestId('review-actions').getByRole('button', { name: '退回整改' }).click();
  await office.page.getByLabel('退回原因（必填）').fill('请核对项目名称');
  await office.page.getByRole('button', { name: '确认退回' }).click();
  await expect(office.page.getByTestId('review-state')).toHaveText('填报中');

  await office.page.getByTestId('review-panel').getByRole('button', { name: '打开数据表' }).click();
  await expect(office.page.getByTestId('entry-grid')).toBeVisible();
  const banner = office.page.getByTestId('slice-frozen');
  await expect(banner).toContainText('本表只读：是该部门报送到本站的副本');
  await expect(banner).toContainText('本站不能修改此副本；如需修改，须由团委会修改后重新报送');
  await expect(office.page.getByTestId('glide-cell-1-0')).toHaveText('挑战杯');
  // Returned, it is the department's again: no 校级更正 offered.
  await expect(office.page.getByTestId('correct-open')).toHaveCount(0);
  await office.page.screenshot({ path: test.info().outputPath('office-copy.png'), fullPage: true });

  await openTable(office.page, 'A10-1');
  await office.page.keyboard.type('20250001');
  await office.page.keyboard.press('Enter');
  await expect(office.page.getByTestId('save-state')).toHaveText('已自动保存');
  await expect(office.page.getByTestId('glide-cell-1-0')).toHaveText('20250001');
  await expect(office.page.getByTestId('slice-frozen')).toHaveCount(0);
});
