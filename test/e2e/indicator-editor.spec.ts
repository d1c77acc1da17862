/**
 * 编辑指标 at the office: with 10 专任教师 on record (5 男), the office opens 专任教师数 in the editor; a
 * broken 分子 is refused under its part with the position before anything is saved, a fixed one
 * previews its value over the station's data, and saving stores the indicators' next version (the
 * table shows the new name and value). The standards tab saves a 规划目标 as the standards' next version.
 */
import { test, expect } from './fixtures/app-test';
import { officeWithTeachers } from './fixtures/analysis-steps';
const TEACHERS = 'teachers.full-time';

test('office edits an indicator and its target, each saved as the next version', async ({
  app: page,
}, testInfo) => {
  test.setTimeout(180_000);
  await officeWithTeachers(page, 10);
  await page.getByRole('menuitem', { name: '对标分析' }).click();
  await expect(page.getByTestId(`value-${TEACHERS}`)).toHaveText('10 人');

  await page.getByTestId(`edit-${TEACHERS}`).click();
  const drawer = page.getByRole('dialog', { name: '编辑指标：专任教师数' });
  const numerator = drawer.getByLabel('分子（规则表达式）');
  await numerator.fill('count(A6-1-1 where 性别 = )');
  await expect(drawer.getByText(/专任教师数的分子：第 \d+ 个字符/)).toBeVisible();
  await expect(drawer.getByRole('button', { name: '保存指标' })).toBeDisabled();
  await numerator.fill('count(A6-1-1 where 性别 = "男")');
  await expect(drawer.getByTestId('indicator-preview')).toHaveText('按本站数据试算：5 人');
  await drawer.getByLabel('指标名称').fill('男专任教师数');
  await drawer.getByLabel('指标名称').fill('');
  await expect(drawer.getByTestId('indicator-check')).toHaveText('指标名称不能为空');
  await drawer.getByLabel('指标名称').fill('男专任教师数');
  if (testInfo.project.name === 'web')
    await page.screenshot({ path: testInfo.outputPath('indicator-editor.png'), fullPage: true });
  await drawer.getByRole('button', { name: '保存指标' }).click();
  await expect(page.getByText('指标已保存（版本 2）')).toBeVisible();
  const row = page.getByRole('row').filter({ has: page.getByTestId(`value-${TEACHERS}`) });
  await expect(row).toContainText('男专任教师数');
  await expect(page.getByTestId(`value-${TEACHERS}`)).toHaveText('5 人');

  await page.getByTestId(`edit-${TEACHERS}`).click();
  const again = page.getByRole('dialog', { name: '编辑指标：男专任教师数' });
  await again.getByRole('tab', { name: '对标值与规划目标' }).click();
  await again.getByLabel('规划目标', { exact: true }).fill('12');
  await again.getByLabel('目标来源').fill('学校“十五五”规划');
  await again.getByRole('button', { name: '保存对标值' }).click();
  await expect(page.getByText('对标值已保存（版本 2）')).toBeVisible();
  await expect(row).toContainText('12 人');
});
