/**
 * 校级更正 across two stations: 团委会's approved A9-6-1 reaches the office, where it is read-only for
 * everyone; the office's 督导员 corrects one cell with a reason (the grid shows the new value and the
 * correction), sends it down in the feedback bundle, and 团委会's read-only copy shows the corrected value
 * and the correction too. 团委会's review record is seeded through the page's storage (the review UI has
 * its own specs); the bundles travel as files through the real export and import.
 */
import { test, expect, type Page } from '@playwright/test';
import type { StationPage } from './fixtures/bundle-stations';
import { officeAndTw } from './fixtures/stations';
import { seedSubmission, TW_A9_APPROVED } from './fixtures/review-seed';
import { chooseOption, OFFICE_USERS } from './fixtures/workspace-steps';
import { exportData, exportFeedback, importData, importFeedback, switchUser } from './review-steps';

test.setTimeout(300_000);

async function openA9(page: Page): Promise<void> {
  await page.getByRole('menuitem', { name: '我的任务' }).click();
  await page.getByTestId('my-tasks').getByText('A9-6-1', { exact: true }).click();
  await expect(page.getByTestId('entry-grid')).toBeVisible();
}

/** 数据审核 → 团委会's A9-6-1 → 打开数据表. */
async function openTwSliceAtOffice(office: StationPage): Promise<void> {
  await office.page.getByRole('menuitem', { name: '数据审核' }).click();
  await chooseOption(office.page, office.page.getByLabel('按状态筛选'), '已接收');
  const list = office.page.getByTestId('review-slices');
  await list.getByRole('row').filter({ hasText: 'A9-6-1 ' }).filter({ hasText: '团委会' }).first().click();
  await office.page.getByTestId('review-panel').getByRole('button', { name: '打开数据表' }).click();
  await expect(office.page.getByTestId('entry-grid')).toBeVisible();
}

test('the office corrects a cell of an approved slice and the department’s read-only copy receives it', async ({
  browser,
}, testInfo) => {
  const { office, tw, dir } = await officeAndTw(browser, testInfo);

  await openA9(tw.page);
  await tw.page.keyboard.type('挑战杯');
  await tw.page.keyboard.press('Enter');
  await expect(tw.page.getByTestId('save-state')).toHaveText('已自动保存');
  await seedSubmission(tw.page, TW_A9_APPROVED);
  await importData(office, await exportData(tw, 'OFFICE', dir, 'TW-数据包.sdd'), dir);

  // The office's 负责人 sees the slice read-only and has no 校级更正; its 督导员 has.
  await openTwSliceAtOffice(office);
  await expect(office.page.getByTestId('slice-frozen')).toContainText('本表只读');
  await expect(office.page.getByTestId('correct-open')).toHaveCount(0);
  await switchUser(office.page, '学年状态数据', OFFICE_USERS[2]!);
  await openTwSliceAtOffice(office);
  const banner = office.page.getByTestId('slice-frozen');
  await expect(banner).toContainText('已报送并由学校接收，等待审核');
  await expect(banner).toContainText('如需修改，须由学校督导员退回');
  await expect(office.page.getByTestId('glide-cell-1-0')).toHaveText('挑战杯');

  await office.page.getByTestId('correct-open').click();
  const dialog = office.page.getByRole('dialog');
  await expect(dialog.getByTestId('correct-current')).toHaveText('挑战杯');
  await dialog.getByLabel('更正为').fill('“挑战杯”全国大学生课外学术科技作品竞赛');
  await dialog.getByRole('button', { name: '确认更正' }).click();
  await expect(office.page.getByText('请填写更正原因。')).toBeVisible();
  await dialog.getByLabel('更正原因').fill('与获奖证书核对，项目名称应为全称');
  await dialog.getByRole('button', { name: '确认更正' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(office.page.getByTestId('glide-cell-1-0')).toHaveText(
    '“挑战杯”全国大学生课外学术科技作品竞赛',
  );
  const list = office.page.getByTestId('slice-corrections');
  await expect(list).toContainText('校级更正记录（1 项）');
  await expect(list).toContainText('与获奖证书核对，项目名称应为全称');
  await expect(office.page.getByTestId('slice-frozen')).toBeVisible();
  await office.page.screenshot({ path: test.info().outputPath('correction-office.png'), fullPage: true });

  const feedback = await exportFeedback(office, '团委会', dir, 'OFFICE-反馈包.sdd');
  await importFeedback(tw, feedback);
  await openA9(tw.page);
  await expect(tw.page.getByTestId('slice-frozen')).toBeVisible();
  await expect(tw.page.getByTestId('glide-cell-1-0')).toHaveText('“挑战杯”全国大学生课外学术科技作品竞赛');
  await expect(tw.page.getByTestId('slice-corrections')).toContainText(
    '「挑战杯」 → 「“挑战杯”全国大学生课外学术科技作品竞赛」（吴督导',
  );
  await tw.page.screenshot({ path: test.info().outputPath('correction-department.png'), fullPage: true });
});
