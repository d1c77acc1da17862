/**
 * 整改 at the office: the 督导员 creates a blocking item for 团委会 on 整改 (listed with its department,
 * state and 阻断); the 领导小组's lock is refused with a message naming the open item.
 */
import { test, expect } from './fixtures/app-test';
import { chooseOption, OFFICE_USERS, openOfficeAs, type StationUser } from './fixtures/workspace-steps';
import { confirmYearLock, switchUser } from './review-steps';

const [, , SUPERVISOR, LEADER] = OFFICE_USERS as readonly [
  StationUser,
  StationUser,
  StationUser,
  StationUser,
];

test('office creates a blocking 整改 item and the year lock is refused naming it', async ({
  app: page,
}, testInfo) => {
  test.setTimeout(180_000);
  const yearName = await openOfficeAs(page, SUPERVISOR);
  await page.getByRole('menuitem', { name: '整改' }).click();
  await expect(page.getByRole('heading', { name: '整改' })).toBeVisible();
  await page.getByRole('button', { name: '新建整改事项' }).click();
  const dialog = page.getByRole('dialog');
  await chooseOption(page, dialog.getByLabel('责任部门'), '团委会');
  await dialog.getByLabel('整改内容').fill('学生社团活动数据缺失');
  await dialog.getByLabel('问题说明').fill('A9-6-1 未填报获奖项目');
  await dialog.getByText('未验收前阻断全年锁定').click();
  await dialog.getByRole('button', { name: '新建整改事项' }).click();
  await expect(page.getByText('整改事项已创建')).toBeVisible();
  const row = page
    .getByTestId('rectification-list')
    .getByRole('row')
    .filter({ hasText: '学生社团活动数据缺失' });
  await expect(row).toContainText('团委会');
  await expect(row).toContainText('待整改');
  await expect(row).toContainText('阻断');
  await row.getByText('学生社团活动数据缺失').click();
  await expect(page.getByRole('dialog')).toContainText('A9-6-1 未填报获奖项目');
  if (testInfo.project.name === 'web')
    await page.screenshot({ path: testInfo.outputPath('rectification-detail.png'), fullPage: true });
  await page.keyboard.press('Escape');

  await switchUser(page, yearName, LEADER);
  await page.getByRole('menuitem', { name: '领导小组签发' }).click();
  const refusal = page.getByTestId('year-lock').getByTestId('year-lock-refusal');
  await confirmYearLock(page, () =>
    expect(refusal).toContainText('阻断锁定的整改事项未验收', { timeout: 10_000 }),
  );
  await expect(refusal).toContainText('“学生社团活动数据缺失”（团委会，待整改');
});
