/**
 * 案例库 end to end (docs/report-workflow.md), two stations passing real files: 教务处's 负责人 enters a
 * typical case with a photo on 报送典型案例 and signs it up; the office imports it on 案例库, accepts it
 * with a tag, and in the report editor's 典型案例 dialog finds it by word, sees its department, tags and
 * photo, and places it — the block carries the library case's id and the photo, and survives a save.
 */
import { test, expect } from '@playwright/test';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { openFileVia, saveFileVia } from './fixtures/bundle-stations';
import { officeAndJwc, settled } from './fixtures/chapter-stations';

test.setTimeout(240_000);

/** A real 2×2 PNG: the photo must be what its type says. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAYAAABytg0kAAAAEUlEQVR4nGP4z8DwH4QZYAwAR8oH+WdZbrcAAAAASUVORK5CYII=',
  'base64',
);

test('a department sends a case with a photo, the office accepts it and places it from the editor', async ({
  browser,
}, testInfo) => {
  const { office, jwc, dir } = await officeAndJwc(browser, testInfo);

  // 教务处 enters the case with a photo and signs it to the office.
  await jwc.page.getByRole('menuitem', { name: '报送典型案例' }).click();
  const card = jwc.page.getByTestId('case-submit');
  await card.getByLabel('案例标题').fill('产教融合订单班');
  await card.getByLabel('案例正文').fill('与本地企业共建订单班，学生在岗实训一学期。');
  const photo = join(dir, 'photo.png');
  await writeFile(photo, PNG);
  await card.getByTestId('case-photos').locator('input[type=file]').setInputFiles(photo);
  await expect(card.getByTestId('case-photo-upload')).toContainText('已选 1 张');
  await expect(card.getByTestId('case-photos').getByRole('img')).toHaveCount(1);
  const sent = await saveFileVia(jwc, card.getByTestId('send-case'), dir, 'cases.sdd');
  await expect(card.getByTestId('case-photo-upload')).toContainText('已选 0 张');

  // The office imports it and accepts it with a tag.
  await office.page.getByRole('menuitem', { name: '案例库' }).click();
  await openFileVia(office, office.page.getByTestId('import-chapter'), sent);
  await expect(office.page.getByTestId('chapter-preview')).toContainText('产教融合订单班');
  await (await settled(office.page)).getByRole('button', { name: '确认导入' }).click();
  const table = office.page.getByTestId('case-table');
  await expect(table.getByTestId('case-status')).toHaveText('待采纳');
  await expect(table.getByRole('img')).toHaveCount(1);
  await table.getByRole('button', { name: '采纳入库' }).click();
  const acceptDialog = await settled(office.page);
  const tags = office.page.getByTestId('case-edit-tags');
  await tags.click();
  await office.page.keyboard.type('产教融合');
  await office.page.keyboard.press('Enter');
  // Close the tag list (it covers the dialog's buttons) by clicking the dialog's title.
  await acceptDialog.locator('.ant-modal-title').click();
  await expect(office.page.locator('.ant-select-dropdown').filter({ visible: true })).toHaveCount(0);
  await acceptDialog.getByRole('button', { name: '保存' }).click();
  await expect(table.getByTestId('case-status')).toHaveText('已入库');

  // In the report editor the 典型案例 dialog offers the library: search, preview, place.
  await office.page.getByRole('menuitem', { name: '质量年报' }).click();
  await office.page.getByTestId('create-report').click();
  await office.page.getByTestId('chapter-menu').getByText('典型案例', { exact: true }).click();
  const editor = office.page.getByTestId('report-editor');
  await editor.locator('p').last().click();
  await office.page.getByRole('toolbar').getByRole('button', { name: '典型案例' }).click();
  const dialog = await settled(office.page);
  await expect(dialog.getByRole('tab', { name: '从案例库选择' })).toHaveAttribute('aria-selected', 'true');
  await dialog.getByTestId('case-pick-search').getByRole('searchbox').fill('不存在的词');
  await dialog.getByTestId('case-pick-search').getByRole('searchbox').press('Enter');
  await expect(dialog.getByTestId('case-pick-table')).toContainText('没有符合条件的案例');
  await dialog.getByTestId('case-pick-search').getByRole('searchbox').fill('订单班');
  await dialog.getByTestId('case-pick-search').getByRole('searchbox').press('Enter');
  const row = dialog.getByTestId('case-pick-table').getByRole('row').filter({ hasText: '产教融合订单班' });
  await expect(row).toContainText('教务处（招生办）');
  await expect(row).toContainText('1 张照片');
  await row.click();
  const preview = dialog.getByTestId('case-pick-preview');
  await expect(preview).toContainText('学生在岗实训一学期');
  await expect(preview.getByRole('img')).toHaveCount(1);
  await dialog.getByRole('button', { name: '插入案例' }).click();
  await expect(dialog).toBeHidden();
  const node = editor.getByTestId('case-node');
  await expect(node).toContainText('产教融合订单班');
  await expect(node).toContainText('教务处（招生办）');
  await expect(node.getByRole('img')).toHaveCount(1);
  const caseId = await node.getAttribute('data-case-id');
  expect(caseId).toMatch(/^[0-9a-f-]{36}$/);
  await office.page.getByTestId('save-chapter').click();
  await expect(office.page.getByText('已保存').first()).toBeVisible();
  await office.page.getByRole('menuitem', { name: '案例库' }).click();
  await office.page.getByRole('menuitem', { name: '质量年报' }).click();
  await office.page.getByTestId('chapter-menu').getByText('典型案例', { exact: true }).click();
  await expect(office.page.getByTestId('case-node')).toHaveAttribute('data-case-id', caseId!);
});
