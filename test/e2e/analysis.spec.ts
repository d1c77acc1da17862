/**
 * 对标分析 at the office: the page lists the core indicators with their standards (未核实 where not
 * verified), the yellow/red card rule stated, an indicator without data says 无法计算 with its reason,
 * and choosing the school category saves the standards' next version and picks that category's 合格值.
 */
import { test, expect } from './fixtures/app-test';
import { OFFICE_USERS, chooseOption, openOfficeAs, type StationUser } from './fixtures/workspace-steps';

const SUPERVISOR = OFFICE_USERS[2] as StationUser;

test('office sees indicators against standards and picks the school category', async ({
  app: page,
}, testInfo) => {
  test.setTimeout(180_000);
  await openOfficeAs(page, SUPERVISOR);
  await page.getByRole('menuitem', { name: '对标分析' }).click();
  await expect(page.getByRole('heading', { name: '对标分析' })).toBeVisible();
  await expect(page.getByTestId('value-basic.student-teacher-ratio')).toHaveText(
    '无法计算（折合在校生数缺少数据：A1-X1 未填报）',
  );
  await expect(page.getByText('连续三年被黄牌')).toBeVisible();
  await expect(page.getByRole('row').filter({ hasText: '生均图书' })).not.toContainText('合格');

  await chooseOption(page, page.getByRole('combobox').first(), '工科、农、林院校');
  await expect(page.getByText('学校类别已保存')).toBeVisible();
  const books = page.getByRole('row').filter({ hasText: /^生均图书/ });
  await expect(books).toContainText('合格 ≥ 60.0 册');
  const medical = page.getByRole('row').filter({ hasText: '生均教学行政用房' });
  await expect(medical).toContainText('合格 ≥ 16.00 平方米');
  if (testInfo.project.name === 'web')
    await page.screenshot({ path: testInfo.outputPath('analysis.png'), fullPage: true });

  // A threshold file with one bad line is refused whole, naming the line; a good one is merged.
  const importFile = async (lines: string[]) => {
    const header = '指标,学校类别,级别,数值,来源,已核实,备注';
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      page.getByRole('button', { name: '导入对标值文件' }).click(),
    ]);
    await chooser.setFiles({
      name: '对标值.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from([header, ...lines].join('\r\n'), 'utf8'),
    });
  };
  await importFile([
    '生均图书,工科、农、林院校,限制招生,30,教发〔2004〕2号,是,',
    '生均图书,,规划目标,七十,,,',
  ]);
  await expect(page.getByText('第 3 行：数值“七十”不是数字')).toBeVisible();
  // A click while the dialog zooms in can be lost: click until the dialog is gone.
  const refusal = page.getByRole('dialog', { name: '对标值文件未导入' });
  await expect(async () => {
    if (await refusal.isVisible())
      await refusal.getByRole('button', { name: '知道了' }).click({ timeout: 2_000 });
    await expect(refusal).toBeHidden({ timeout: 2_000 });
  }).toPass();
  await expect(books).not.toContainText('70.0');
  await importFile(['生均图书,,规划目标,70,,,学校规划']);
  await expect(page.getByText('已导入对标值文件 对标值.csv')).toBeVisible();
  await expect(books).toContainText('70.0');
});
