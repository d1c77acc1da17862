/**
 * 留空说明 from the grid: the officer selects a required cell left empty (姓名), writes why it stays empty,
 * and the note is kept with the slice (shown again after the table is reopened); a filled cell offers none.
 * The toolbar's 必填未填 counter counts the explained cell apart from those still to fill, and so does a
 * spreadsheet import's preview for a file row with the same 学号 (必填为空 …（已说明 1）).
 */
import { test, expect } from './fixtures/sheet-test';
import { buildXls } from './fixtures/sheet-files';
import { wizard } from './fixtures/sheet-steps';
import { clickCell, COL, openStudentTable, pasteText, reopenStudentTable, waitSaved } from './grid-steps';

test('a required cell left empty gets a 留空说明 that stays with the slice', async ({
  app: page,
  openFile,
}) => {
  await openStudentTable(page);
  await pasteText(page, '2023001\t\t男\r\n');
  await waitSaved(page);
  const counter = page.getByTestId('required-count');
  await expect(counter).not.toHaveText('必填未填 0');
  const open = Number(/必填未填 (\d+)/.exec(await counter.innerText())?.[1]);
  expect(open).toBeGreaterThanOrEqual(1);

  await clickCell(page, COL.no, 0);
  await expect(page.getByTestId('blank-note-open')).toHaveCount(0);
  await clickCell(page, COL.name, 0);
  await page.getByTestId('blank-note-open').click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('留空说明：第 1 行「姓名」');
  await dialog.getByLabel('留空说明…').fill('该生转入手续办理中，姓名以学籍系统导出为准');
  await dialog.getByRole('button', { name: '保存说明' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByTestId('blank-note-current')).toHaveText(
    '已说明留空：该生转入手续办理中，姓名以学籍系统导出为准',
  );
  await expect(counter).toHaveText(`必填未填 ${open - 1}（已说明 1）`);
  await page.screenshot({ path: test.info().outputPath('blank-note.png') });

  await page.reload();
  await reopenStudentTable(page);
  await clickCell(page, COL.name, 0);
  await expect(page.getByTestId('blank-note-current')).toContainText('该生转入手续办理中');
  await expect(page.getByTestId('required-count')).toHaveText(`必填未填 ${open - 1}（已说明 1）`);

  // The same row again from a spreadsheet, 姓名 still empty: the preview counts it apart as explained.
  const file = buildXls([
    ['学号', '姓名', '性别'],
    ['2023001', '', '男'],
  ]);
  await page.getByRole('button', { name: '导入', exact: true }).click();
  await openFile(() => wizard(page).getByTestId('import-pick').click(), '学生名单.xls', file);
  await expect(wizard(page).getByTestId('import-required')).toContainText('（已说明 1）');
});
