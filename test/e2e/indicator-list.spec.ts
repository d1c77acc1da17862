/**
 * 指标管理 at the office: every indicator is listed, searchable and filtered; disabling one saves the
 * indicators' next version and takes it out of 对标分析 while it stays listed (and editable) here;
 * 新建指标 is refused by the live check until it is filled in, previews its value and is saved as the
 * next version. The page fits 1366×768 without a horizontal scroll bar.
 */
import { test, expect } from './fixtures/app-test';
import { officeWithTeachers } from './fixtures/analysis-steps';
import { chooseOption } from './fixtures/workspace-steps';

const TEACHERS = 'teachers.full-time';

test('office lists, filters, disables, edits and creates indicators', async ({ app: page }, testInfo) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 1366, height: 768 });
  await officeWithTeachers(page, 10);
  await page.getByRole('menuitem', { name: '指标管理' }).click();
  const count = page.getByTestId('indicator-count');
  await expect(count).toHaveText(/^共 (\d+) 个指标，显示 \1 个$/);
  const total = Number((await count.innerText()).match(/共 (\d+)/)?.[1]);

  await page.getByLabel('搜索指标名称、编号或内涵').fill('生师比');
  await expect(count).toHaveText(`共 ${total} 个指标，显示 1 个`);
  await page.getByLabel('搜索指标名称、编号或内涵').fill('');
  await chooseOption(page, page.getByRole('combobox', { name: '类别' }), '基本办学条件指标');
  await expect(page.getByRole('row').filter({ hasText: '生师比' })).toBeVisible();
  await expect(page.getByRole('row').filter({ hasText: '专任教师数' })).toHaveCount(0);
  await chooseOption(page, page.getByRole('combobox', { name: '类别' }), '类别：全部');
  await expect(count).toHaveText(`共 ${total} 个指标，显示 ${total} 个`);
  const hasNoSideScroll = () =>
    page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth);
  expect(await hasNoSideScroll()).toBe(true);
  if (testInfo.project.name === 'web')
    await page.screenshot({ path: testInfo.outputPath('indicator-list.png') });

  // Disable 专任教师数: the next version; it stays listed (as disabled) and leaves 对标分析.
  await page.getByRole('switch', { name: '启用 专任教师数' }).click();
  await expect(page.getByText('已停用“专任教师数”（指标版本 2）')).toBeVisible();
  await expect(page.getByRole('switch', { name: '启用 专任教师数' })).not.toBeChecked();
  await chooseOption(page, page.getByRole('combobox', { name: '状态' }), '已停用');
  await expect(count).toHaveText(`共 ${total} 个指标，显示 1 个`);
  await page.getByRole('menuitem', { name: '对标分析' }).click();
  await expect(page.getByTestId('value-teachers.total')).toBeVisible();
  await expect(page.getByTestId(`value-${TEACHERS}`)).toHaveCount(0);

  // A disabled indicator is still edited here.
  await page.getByRole('menuitem', { name: '指标管理' }).click();
  await page.getByTestId(`edit-${TEACHERS}`).click();
  const drawer = page.getByRole('dialog', { name: '编辑指标：专任教师数' });
  await drawer.getByLabel('指标名称').fill('专任教师人数');
  await drawer.getByRole('button', { name: '保存指标' }).click();
  await expect(page.getByText('指标已保存（版本 3）')).toBeVisible();
  await expect(drawer).toBeHidden();
  await expect(page.getByRole('row').filter({ hasText: '专任教师人数' })).toBeVisible();

  // 新建指标: refused until filled in, then previewed and saved as the next version.
  await page.getByRole('button', { name: '新建指标' }).click();
  const created = page.getByRole('dialog', { name: '新建指标' });
  await expect(created.getByTestId('indicator-check')).toHaveText('指标名称不能为空');
  await expect(created.getByRole('tab', { name: '对标值与规划目标' })).toHaveCount(0);
  await created.getByLabel('指标名称').fill('男专任教师数');
  await created.getByLabel('分子（规则表达式）').fill('count(A6-1-1 where 性别 = "男")');
  await created.getByLabel('分子名称').fill('男专任教师数');
  await created.getByLabel('单位').fill('人');
  await created.getByLabel('指标内涵').fill('A6-1-1 中性别为男的专任教师人数。');
  await created.getByLabel('来源（文件名、文号、条款）').fill('本校统计口径');
  await expect(created.getByTestId('indicator-preview')).toContainText('按本站数据试算：5');
  await created.getByRole('button', { name: '保存指标' }).click();
  await expect(page.getByText('指标已新建（版本 4）')).toBeVisible();
  await expect(created).toBeHidden();
  // Back from 对标分析 the filters start over: all are shown.
  await expect(count).toHaveText(`共 ${total + 1} 个指标，显示 ${total + 1} 个`);
  await expect(page.getByRole('row').filter({ hasText: '男专任教师数' })).toContainText(/custom\.\d+/);
});
