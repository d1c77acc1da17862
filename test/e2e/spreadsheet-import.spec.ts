/**
 * End to end: download a template, fill it as a user would in Excel (numbers in the 学号 column,
 * real date cells, spaces), import it with planted errors and see each one located, then import the
 * corrected file; a GBK CSV and a legacy .xls import too.
 */
import { test, expect } from './fixtures/sheet-test';
import { buildXls, encodeGbk, fillTemplate } from './fixtures/sheet-files';
import { departmentStation, sheetActions, wizard } from './fixtures/sheet-steps';

test('a filled template with planted errors shows each one located; the corrected file imports', async ({
  app: page,
  openFile,
  savedFile,
}, testInfo) => {
  await departmentStation(page);
  const template = await savedFile(() =>
    sheetActions(page, 'A10-1').getByRole('button', { name: '下载填报模板' }).click(),
  );
  expect(template.name).toContain('A10-1');

  const good = [
    {
      学号: 20230001,
      姓名: ' 张三 ',
      性别: '男',
      出生日期: new Date(Date.UTC(2005, 0, 2)),
      '入学日期（年月）': new Date(Date.UTC(2023, 8, 1)),
      '学制（年）': 3,
    },
    {
      学号: '20230002',
      姓名: '李四',
      性别: '女',
      出生日期: '20050304',
      '入学日期（年月）': '202309',
      '学制（年）': 3,
    },
    { 学号: '20230003', 姓名: '王五', 性别: '男', '学制（年）': 3 },
  ];
  const bad = [
    good[0],
    { ...good[1], 性别: '男性', 出生日期: '2005-13-01' },
    { ...good[2], '学制（年）': '三年' },
  ];
  const formats = { 出生日期: 'yyyy-mm-dd', '入学日期（年月）': 'yyyy-mm' };
  const badFile = await fillTemplate(template.bytes, 'A10-1', bad as never, formats);

  await sheetActions(page, 'A10-1').getByRole('button', { name: '导入' }).click();
  await openFile(() => wizard(page).getByTestId('import-pick').click(), '学生名单.xlsx', badFile);
  const issues = wizard(page).getByTestId('import-issues');
  await expect(issues).toBeVisible();
  for (const [column, row, value] of [
    ['C', '12', '男性'],
    ['F', '12', '2005-13-01'],
    ['N', '13', '三年'],
  ]) {
    await expect(issues.getByRole('row').filter({ hasText: value }).first()).toContainText(
      `A10-1${row}${column}`,
    );
  }
  await expect(wizard(page).getByTestId('import-commit')).toBeDisabled();
  if (testInfo.project.name === 'web')
    await page.screenshot({ path: testInfo.outputPath('import-preview-errors.png') });

  // Cancel writes nothing; the corrected file then imports in one commit.
  await wizard(page)
    .getByRole('button', { name: /^取\s*消$/ })
    .click();
  const goodFile = await fillTemplate(template.bytes, 'A10-1', good as never, formats);
  await openFile(() => wizard(page).getByTestId('import-pick').click(), '学生名单.xlsx', goodFile);
  await expect(wizard(page).getByTestId('import-counts')).toContainText('已去除首尾空格');
  // No mode is chosen for the user: 导入 waits for 替换 or 追加.
  await expect(wizard(page).getByTestId('import-commit')).toBeDisabled();
  await expect(wizard(page).getByTestId('import-mode')).toContainText('请先选择“替换”或“追加”');
  await wizard(page).getByRole('radio', { name: /替换/ }).check();
  await wizard(page).getByTestId('import-commit').click();
  await expect(wizard(page).getByTestId('import-done')).toContainText('新增 3 行');
  await wizard(page).getByTestId('import-close').click();
  await expect(page.getByTestId('my-tasks').getByRole('row').filter({ hasText: 'A10-1' })).toContainText('3');

  // The stored values: 学号 as text without '.0', the date cell as YYYYMMDD, the month-only date as YYYYMM.
  await page.getByTestId('my-tasks').getByText('A10-1', { exact: true }).click();
  await expect(page.getByTestId('entry-grid')).toBeVisible();
  const exported = await savedFile(async () => {
    await page.getByRole('menuitem', { name: '我的任务' }).click();
    await sheetActions(page, 'A10-1').getByRole('button', { name: '导出' }).click();
  });
  const { read, utils } = await import('xlsx');
  const rows = utils
    .sheet_to_json<string[]>(read(exported.bytes, { type: 'array' }).Sheets['A10-1']!, {
      header: 1,
      raw: false,
    })
    .slice(10);
  expect(rows[0]?.slice(0, 6)).toEqual(['20230001', '张三', '男', undefined, undefined, '20050102']);
  expect(rows[0]?.[15]).toBe('202309');
});

test('a GBK CSV saved by Chinese Excel and a legacy .xls import', async ({ app: page, openFile }) => {
  await departmentStation(page);
  const csv = encodeGbk('学号,姓名,性别,出生日期\r\n0012,张三,男,2005/1/2\r\n0013,李四,女,20050304\r\n');
  await sheetActions(page, 'A10-1').getByRole('button', { name: '导入' }).click();
  await openFile(() => wizard(page).getByTestId('import-pick').click(), '学生.csv', csv);
  await expect(wizard(page).getByTestId('import-preview')).toContainText('文件中有 2 行数据');
  await wizard(page).getByRole('radio', { name: /替换/ }).check();
  await wizard(page).getByTestId('import-commit').click();
  await expect(wizard(page).getByTestId('import-done')).toContainText('新增 2 行');
  await wizard(page).getByTestId('import-close').click();

  // Replace with a .xls: 0012 matches (keeps its row), 0014 is new, 0013 is dropped.
  const xls = buildXls([
    ['学号', '姓名', '性别'],
    ['0012', '张三丰', '男'],
    ['0014', '赵六', '女'],
  ]);
  await sheetActions(page, 'A10-1').getByRole('button', { name: '导入' }).click();
  await openFile(() => wizard(page).getByTestId('import-pick').click(), '学生.xls', xls);
  await wizard(page).getByRole('radio', { name: /替换/ }).check();
  await wizard(page).getByTestId('import-commit').click();
  await expect(wizard(page).getByTestId('import-done')).toContainText('新增 1 行，更新 1 行，删除 1 行');
  await wizard(page).getByTestId('import-close').click();

  // Append: 0012 is already stored, so choosing 追加 lists its row as a located error before any commit.
  const more = buildXls([
    ['学号', '姓名', '性别'],
    ['0015', '孙七', '男'],
    ['0012', '张三丰', '男'],
  ]);
  await sheetActions(page, 'A10-1').getByRole('button', { name: '导入' }).click();
  await openFile(() => wizard(page).getByTestId('import-pick').click(), '学生.xls', more);
  await expect(wizard(page).getByTestId('import-preview')).toBeVisible();
  await wizard(page).getByRole('radio', { name: /追加/ }).check();
  await expect(wizard(page).getByTestId('append-collisions')).toContainText('有 1 行与已有数据重复');
  const collision = wizard(page)
    .getByTestId('import-issues')
    .getByRole('row')
    .filter({ hasText: '已有数据重复' });
  await expect(collision).toHaveCount(1);
  await expect(collision).toContainText('学生3A学号0012');
  await expect(wizard(page).getByTestId('import-commit')).toBeDisabled();
  await wizard(page).getByRole('radio', { name: /替换/ }).check();
  await expect(wizard(page).getByTestId('import-commit')).toBeEnabled();
  await expect(wizard(page).getByTestId('append-collisions')).toHaveCount(0);
});
