/**
 * The office edits the annex definitions on 附表: adds an entered row with its source (a row without a name
 * is refused in Chinese and nothing changes), types a figure into the new row, renames the row and marks it
 * verified, and removes it again; each edit is the definitions' next version.
 */
import { test, expect } from './fixtures/app-test';
import { OFFICE_USERS, openOfficeAs, type StationUser } from './fixtures/workspace-steps';

const SUPERVISOR = OFFICE_USERS[2] as StationUser;
const SHOTS = process.env.ANNEX_SHOTS_DIR;

test('office adds, edits and removes an annex row, and the new row takes figures', async ({ app: page }) => {
  test.setTimeout(120_000);
  await openOfficeAs(page, SUPERVISOR);
  await page.getByRole('menuitem', { name: '附表' }).click();
  await page.getByRole('tab', { name: '服务贡献表' }).click();
  const table = page.getByTestId('annex-table-service');
  await expect(table).toBeVisible();

  // A row without a name is refused with the writer's reason; nothing is added.
  await page.getByTestId('annex-row-add-service').click();
  const form = page.getByTestId('annex-row-form');
  await form.getByTestId('annex-row-document').fill('团委志愿服务台账');
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(page.getByText('附表行的名称填写不正确')).toBeVisible();
  await expect(table).not.toContainText('团委志愿服务台账');

  await form.getByTestId('annex-row-name').fill('志愿服务时长');
  await form.getByTestId('annex-row-unit').fill('小时');
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(page.getByText('附表定义已保存为新版本')).toBeVisible();
  const row = table.getByRole('row').filter({ hasText: '志愿服务时长' });
  await expect(row).toContainText('团委志愿服务台账');
  await expect(row).toContainText('未核实');

  // The new row takes a figure like a shipped one.
  const enter = row.getByRole('button', { name: '填报' }).last();
  await enter.click();
  const entry = page.getByTestId('annex-entry-form');
  await entry.getByTestId('annex-entry-value').fill('5200');
  await page.getByRole('dialog').getByRole('button', { name: '保存' }).click();
  await expect(row).toContainText('5200 小时');

  // Renamed and marked verified.
  await row.getByRole('button', { name: '修改' }).click();
  await form.getByTestId('annex-row-name').fill('志愿服务总时长');
  await form.getByTestId('annex-row-verified').click();
  await dialog.getByRole('button', { name: '保存' }).click();
  const renamed = table.getByRole('row').filter({ hasText: '志愿服务总时长' });
  await expect(renamed).toBeVisible();
  await expect(renamed).not.toContainText('未核实');
  await expect(form).toBeHidden();
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/annex-rows.png` });

  // Removed.
  await renamed.getByRole('button', { name: '删除' }).click();
  await page
    .getByRole('tooltip')
    .getByRole('button', { name: /确\s*定|OK/ })
    .click();
  await expect(table.getByRole('row').filter({ hasText: '志愿服务总时长' })).toHaveCount(0);
});
