/**
 * The 整改 loop across two stations passing real files: the office raises a blocking item for 团委会 and
 * the 领导小组's lock is refused naming it; the item goes down in the office's feedback bundle; 团委会
 * answers it on 整改 and its data bundle carries the answer up; the office sees 已整改 with the answer,
 * accepts it, and the lock is no longer refused for 整改 (only because no table is approved yet).
 */
import { test, expect } from '@playwright/test';
import { LEADER, officeAndTw, SUPERVISOR, YEAR } from './fixtures/stations';
import { chooseOption } from './fixtures/workspace-steps';
import {
  confirmYearLock,
  exportData,
  exportFeedback,
  importData,
  importFeedback,
  switchUser,
} from './review-steps';

test.setTimeout(600_000);

const TITLE = '团员数据与学生名册不一致';

test('整改 loop: office item → feedback bundle → department answer → data bundle → office accepts → lock unblocked', async ({
  browser,
}, testInfo) => {
  const { office, tw, dir } = await officeAndTw(browser, testInfo);
  await switchUser(office.page, YEAR, SUPERVISOR);

  // The office raises the item (blocking) on 整改.
  await office.page.getByRole('menuitem', { name: '整改' }).click();
  await office.page.getByRole('button', { name: '新建整改事项' }).click();
  const dialog = office.page.getByRole('dialog');
  await chooseOption(office.page, dialog.getByLabel('责任部门'), '团委会');
  await expect(dialog).toContainText('团委会（TW）');
  await dialog.getByLabel('整改内容').fill(TITLE);
  await dialog.getByText('未验收前阻断全年锁定').click();
  await dialog.getByRole('button', { name: '新建整改事项' }).click();
  const officeRow = office.page.getByTestId('rectification-list').getByRole('row').filter({ hasText: TITLE });
  await expect(officeRow).toContainText('待整改');

  const refusal = office.page.getByTestId('year-lock').getByTestId('year-lock-refusal');
  await switchUser(office.page, YEAR, LEADER);
  await office.page.getByRole('menuitem', { name: '领导小组签发' }).click();
  await confirmYearLock(office.page, () =>
    expect(refusal).toContainText(`“${TITLE}”（团委会，待整改`, { timeout: 10_000 }),
  );
  await switchUser(office.page, YEAR, SUPERVISOR);

  // Down: the feedback bundle to 团委会 carries the item.
  const feedback = await exportFeedback(office, '团委会', dir, 'TW-反馈包.sdd');
  await importFeedback(tw, feedback);
  await tw.page.getByRole('menuitem', { name: '整改' }).click();
  const twRow = tw.page.getByTestId('rectification-list').getByRole('row').filter({ hasText: TITLE });
  await expect(twRow).toContainText('待整改');
  await twRow.getByText(TITLE).click();
  const drawer = tw.page.getByRole('dialog', { name: `整改事项：${TITLE}` });
  await drawer.getByLabel('说明').fill('已与学生处核对名册，补录 3 名团员');
  await drawer.getByRole('button', { name: '提交整改结果' }).click();
  await expect(drawer.getByTestId('rectification-response')).toHaveText('已与学生处核对名册，补录 3 名团员');
  await expect(twRow).toContainText('已整改');
  await tw.page.keyboard.press('Escape');
  await expect(drawer).toBeHidden();

  // Up: 团委会's data bundle to the office carries the answer.
  const data = await exportData(tw, 'OFFICE', dir, 'TW-数据包-1.sdd');
  await importData(office, data, dir);
  await office.page.getByRole('menuitem', { name: '整改' }).click();
  await expect(officeRow).toContainText('已整改');
  await officeRow.getByText(TITLE).click();
  const officeDrawer = office.page.getByRole('dialog', { name: `整改事项：${TITLE}` });
  await expect(officeDrawer.getByTestId('rectification-response')).toHaveText(
    '已与学生处核对名册，补录 3 名团员',
  );
  await officeDrawer.getByRole('button', { name: '验收通过' }).click();
  await expect(officeRow).toContainText('已验收');
  if (testInfo.project.name === 'web')
    await office.page.screenshot({ path: testInfo.outputPath('rectification-accepted.png'), fullPage: true });

  await office.page.keyboard.press('Escape');
  await expect(officeDrawer).toBeHidden();

  // The lock is no longer refused for 整改; what still stops it is that no table is approved yet.
  await switchUser(office.page, YEAR, LEADER);
  await office.page.getByRole('menuitem', { name: '领导小组签发' }).click();
  await confirmYearLock(office.page, () =>
    expect(refusal).toContainText(/没有可锁定的表|张表未通过校级审核/, { timeout: 10_000 }),
  );
  await expect(refusal).not.toContainText('整改');
});
