/**
 * A big file through the import wizard: 60,000 rows — big enough that two parser Workers each
 * read half the sheet (sheet-limits.ts splitMinBytes) — with a bad cell in the second half and a 学号
 * repeating one of the first half, so each is found only if the halves are joined as one reading. The
 * corrected file then imports whole.
 */
import { test, expect } from './fixtures/sheet-test';
import { fillTemplate } from './fixtures/sheet-files';
import { departmentStation, sheetActions, wizard } from './fixtures/sheet-steps';

const ROWS = 60_000;

test('a 60,000-row file: problems in both halves are located, the corrected file imports whole', async ({
  app: page,
  openFile,
  savedFile,
}, testInfo) => {
  test.skip(
    testInfo.project.name !== 'web',
    'the reading is the same in both projects; the web project covers it once (it takes ~25 s)',
  );
  test.setTimeout(240_000);
  await departmentStation(page);
  const template = await savedFile(() =>
    sheetActions(page, 'A10-1').getByRole('button', { name: '下载填报模板' }).click(),
  );
  const good = Array.from({ length: ROWS }, (_, i) => ({
    学号: `2023${String(i).padStart(5, '0')}`,
    姓名: `学生${i}号`,
    性别: i % 2 ? '男' : '女',
    出生日期: '20050304',
    '入学日期（年月）': '202309',
    '学制（年）': 3,
  }));
  const bad = [...good];
  bad[50_000] = { ...good[50_000]!, 性别: '未知' };
  bad[55_000] = { ...good[55_000]!, 学号: good[100]!.学号 };

  await sheetActions(page, 'A10-1').getByRole('button', { name: '导入' }).click();
  await openFile(
    () => wizard(page).getByTestId('import-pick').click(),
    '学生名单.xlsx',
    await fillTemplate(template.bytes, 'A10-1', bad as never),
  );
  const issues = wizard(page).getByTestId('import-issues');
  await expect(issues).toBeVisible({ timeout: 120_000 });
  await expect(wizard(page)).toContainText('文件中有 60,000 行数据');
  await expect(issues.getByRole('row').filter({ hasText: '未知' })).toContainText('A10-150011C性别');
  await expect(issues.getByRole('row').filter({ hasText: '重复' })).toContainText(
    'A10-155011A学号202300100错误「学号」与第 111 行重复',
  );
  await expect(wizard(page).getByTestId('import-commit')).toBeDisabled();
  await page.screenshot({ path: testInfo.outputPath('import-60k-preview.png') });

  await wizard(page)
    .getByRole('button', { name: /^取\s*消$/ })
    .click();
  await openFile(
    () => wizard(page).getByTestId('import-pick').click(),
    '学生名单.xlsx',
    await fillTemplate(template.bytes, 'A10-1', good as never),
  );
  await expect(wizard(page).getByTestId('import-preview')).toBeVisible({ timeout: 120_000 });
  await wizard(page).getByRole('radio', { name: /替换/ }).check();
  await expect(wizard(page).getByTestId('import-commit')).toBeEnabled();
  await wizard(page).getByTestId('import-commit').click();
  await expect(wizard(page).getByTestId('import-done')).toContainText('新增 60,000 行', { timeout: 120_000 });
});
