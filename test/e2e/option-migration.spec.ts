/**
 * An option-list change with data already filled: the office fills a 选项待定 list, is asked what becomes
 * of each stored value that is not one of the new options, maps one and keeps the other flagged, and the
 * grid then shows the mapped value and still marks the kept one.
 */
import { test, expect } from './fixtures/app-test';
import { chooseOption, OFFICE_USERS, openOfficeAs, signIn } from './fixtures/workspace-steps';
import { cell, pasteText, waitSaved } from './grid-steps';

const [CLERK, , SUPERVISOR] = OFFICE_USERS as [
  (typeof OFFICE_USERS)[number],
  (typeof OFFICE_USERS)[number],
  (typeof OFFICE_USERS)[number],
];
/** A8-5 columns: 教工, 专业领域, 周工作时数, 教龄, 职称, 来源 (来源 is 选项待定 in the built-in catalog). */
const SOURCE = 5;

test('a filled 选项待定 list maps stored values to the new options or keeps them flagged', async ({
  app: page,
}) => {
  const year = await openOfficeAs(page, CLERK);
  await page.getByTestId('my-tasks').getByText('A8-5', { exact: true }).click();
  await expect(page.getByTestId('entry-grid')).toBeVisible();
  await pasteText(page, 'T001\t\t\t\t中级\t校内\r\nT002\t\t\t\t初级\t外聘\r\nT003\t\t\t\t中级\t校内\r\n');
  await expect(page.getByTestId('row-count')).toHaveText('共 3 行');
  await waitSaved(page);

  await page.reload();
  await signIn(page, year, SUPERVISOR);
  await page.getByRole('menuitem', { name: '采集目录' }).click();
  await page.getByTestId('catalog-tables').getByText('A8-5', { exact: true }).click();
  await page.getByRole('button', { name: '编辑字段 来源' }).click();
  const form = page.getByTestId('field-form');
  await form.getByRole('checkbox', { name: /选项待定/ }).uncheck();
  const options = form.getByRole('combobox', { name: '选项', exact: true });
  for (const o of ['校内专职', '校外聘请']) {
    await options.fill(o);
    await options.press('Enter');
  }
  await page.getByRole('dialog').getByRole('button', { name: '确定' }).click();
  await page.getByRole('button', { name: '保存目录' }).click();

  const ask = page.getByTestId('option-migration');
  await expect(ask.getByRole('row', { name: /校内\s*2/ })).toBeVisible();
  await expect(ask.getByRole('row', { name: /外聘\s*1/ })).toBeVisible();
  await chooseOption(page, page.getByLabel('来源「校内」处理方式'), '校内专职');
  await page.getByRole('button', { name: '按此处理并保存' }).click();
  await expect(page.getByTestId('catalog-version')).toHaveText('版本 2');

  await page.reload();
  await signIn(page, year, CLERK);
  await page.getByTestId('my-tasks').getByText('A8-5', { exact: true }).click();
  await expect(cell(page, SOURCE, 0)).toHaveText('校内专职');
  await expect(cell(page, SOURCE, 2)).toHaveText('校内专职');
  await expect(cell(page, SOURCE, 1)).toHaveText('外聘');
  await expect(page.getByTestId('error-count')).toHaveText('错误 1');
});
