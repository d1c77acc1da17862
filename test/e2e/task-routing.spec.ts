/**
 * 任务分配 by the regulation: the matrix is grouped by table kind (数据源表 / 基础数据表 / 专项数据表), and
 * the leading group's 组长 assigns the tables several departments fill while the rest stay the 督导员's.
 */
import { test, expect } from './fixtures/app-test';
import { createYear, OFFICE_USERS, openOfficeAs, signIn } from './fixtures/workspace-steps';

const LEADER = OFFICE_USERS[3] ?? { role: '领导小组' as const, name: '郑校长', pin: '4444' };

test('the 组长 assigns cross-department tables only, in a matrix grouped by kind', async ({ app: page }) => {
  await openOfficeAs(page, LEADER);
  await page.getByRole('menuitem', { name: '任务分配' }).click();
  await expect(page.getByTestId('tasks-leader')).toBeVisible();
  await expect(page.getByRole('button', { name: '按采集目录重置' })).toHaveCount(0);

  // A9-6-1 is filled by 学生工作处 with 团委会 and 教务处: the 组长 may change it.
  const cross = page
    .getByRole('row')
    .filter({ has: page.getByRole('cell', { name: 'A9-6-1', exact: true }) });
  await expect(cross).toContainText('专项数据表');
  await expect(cross.getByLabel('A9-6-1 汇总部门')).toBeEnabled();
  // A5-1 is 计划财务处's alone: it stays the 督导员's.
  const single = page.getByRole('row').filter({ has: page.getByRole('cell', { name: 'A5-1', exact: true }) });
  await expect(single).toContainText('基础数据表');
  await expect(single.getByLabel('A5-1 责任部门')).toHaveCount(0);
  await expect(single).toContainText('计划财务处');

  // Grouped in the regulation's order: every 数据源表 row comes before the first 基础数据表 row.
  const kinds = await page.locator('.ant-table-tbody tr td:first-child').allInnerTexts();
  const firstBasic = kinds.indexOf('基础数据表');
  expect(firstBasic).toBeGreaterThan(0);
  expect(kinds.slice(firstBasic).includes('数据源表')).toBe(false);
});

test('a department’s 完成情况 lists its own tables only', async ({ app: page }) => {
  const head = { role: '负责人' as const, name: '黄处长', pin: '5678' };
  await createYear(page, {
    schoolName: '测试职业学院',
    schoolCode: '10001',
    station: '填报部门',
    department: '人事处',
    users: [{ role: '信息员', name: '林信息', pin: '1234' }, head],
  });
  const name = (
    await page.getByRole('row').filter({ hasText: '测试职业学院' }).getByRole('cell').first().innerText()
  ).trim();
  await signIn(page, name, head);
  await page.getByRole('menuitem', { name: '完成情况' }).click();
  const matrix = page.getByTestId('completeness-matrix');
  await expect(matrix.getByRole('cell', { name: 'A6-1-1', exact: true })).toBeVisible();
  const departments = await matrix.locator('.ant-table-tbody tr td:first-child').allInnerTexts();
  expect(new Set(departments)).toEqual(new Set(['人事处']));
  await expect(matrix.getByRole('cell', { name: 'A5-1', exact: true })).toHaveCount(0);
});
