/**
 * The office keeps the report's outline and the year's requirements: renames a template chapter (its
 * heading follows), adds its own chapter (placed before 附表) and removes it again, enters a 重点编制内容
 * and trims the required annexes; 合规审查 reports the uncovered key point until a chapter names it.
 */
import { test, expect } from './fixtures/app-test';
import { openNewReport } from './fixtures/report-steps';

test('office renames and adds chapters, enters key points and required annexes, and 合规审查 follows them', async ({
  app: page,
}) => {
  test.setTimeout(120_000);
  const editor = await openNewReport(page);
  const menu = page.getByTestId('chapter-menu');
  await page.getByTestId('open-outline').click();
  const drawer = page.getByTestId('outline-drawer');
  const outline = drawer.getByTestId('chapter-outline');

  // Rename 学生发展; template chapters cannot be removed.
  const students = outline.getByTestId('outline-chapter').filter({ hasText: '学生发展' });
  await expect(students.getByText('删除')).toHaveCount(0);
  await students.getByText('改名').click();
  await outline.getByLabel('章节名称', { exact: true }).fill('学生成长');
  await outline.getByRole('button', { name: /^确\s?定$/ }).click();
  await expect(menu.getByText('学生成长', { exact: true })).toBeVisible();
  await expect(editor.locator('h1').first()).toHaveText('学生成长');

  // Add a chapter of the office's own: it lands just before 附表.
  await outline.getByLabel('新章节名称（排在附表之前）').fill('专项工作');
  await outline.getByTestId('add-chapter').click();
  await expect(menu.getByRole('menuitem')).toHaveText([
    '内容真实性责任声明',
    '学生成长',
    '教学改革',
    '服务贡献',
    '文化传承',
    '国际合作',
    '产教融合',
    '发展保障',
    '面临挑战',
    '专项工作',
    '附表',
    '典型案例',
  ]);

  // A key point from the provincial notice, and only two required annexes this year.
  const keyPoints = drawer.getByTestId('key-points');
  await keyPoints.getByLabel('重点内容（如：职业本科试点）').fill('职业本科试点');
  await keyPoints.getByLabel('关键词（用、分隔）').fill('职业本科、本科层次');
  await keyPoints.getByTestId('add-key-point').click();
  await expect(keyPoints.getByTestId('key-point')).toContainText('职业本科、本科层次');
  const annexes = drawer.getByTestId('required-annexes');
  for (const name of ['资源表', '服务贡献表', '落实政策表'])
    await annexes
      .locator('.ant-select-selection-item', { hasText: name })
      .locator('.ant-select-selection-item-remove')
      .click();
  await annexes.getByTestId('save-annexes').click();
  await expect(annexes.getByTestId('save-annexes')).toBeDisabled();
  if (process.env.REPORT_SHOTS_DIR)
    await page.screenshot({ path: `${process.env.REPORT_SHOTS_DIR}/report-outline.png` });

  // Remove the added chapter again.
  await outline.getByTestId('outline-chapter').filter({ hasText: '专项工作' }).getByText('删除').click();
  await page
    .locator('.ant-popconfirm')
    .getByRole('button', { name: /^(确\s?定|OK)$/ })
    .click();
  await expect(menu.getByText('专项工作', { exact: true })).toHaveCount(0);
  await page.locator('.ant-drawer-close').click();
  await expect(drawer).toBeHidden();

  // 合规审查: the key point is uncovered, and only the two required annexes are asked for.
  await page.getByRole('tab', { name: '合规审查' }).click();
  await page.getByTestId('run-check').click();
  const keyFinding = page.getByTestId('finding').filter({ hasText: '职业本科试点' });
  await expect(keyFinding).toBeVisible();
  await expect(page.getByTestId('finding').filter({ hasText: '附表中缺少“计分卡”' })).toBeVisible();
  await expect(page.getByTestId('finding').filter({ hasText: '附表中缺少“资源表”' })).toHaveCount(0);

  // Writing about it covers it.
  await menu.getByText('学生成长', { exact: true }).click();
  await editor.locator('p').last().click();
  await page.keyboard.type('学校稳步推进本科层次职业教育试点。');
  await page.getByTestId('save-chapter').click();
  await expect(page.getByText('已保存').first()).toBeVisible();
  await page.getByTestId('run-check').click();
  await expect(page.getByTestId('finding').first()).toBeVisible();
  await expect(keyFinding).toHaveCount(0);
});
