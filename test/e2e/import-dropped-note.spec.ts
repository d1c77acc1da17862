/**
 * A value the import cannot read, left empty by choice (将无法识别的单元格留空), is not lost: the cell keeps
 * a note saying what the file held, shown on the cell in the grid (also after a reload) and listed in
 * the review panel, for a replace (the row keeps its id) and for an append (a new row).
 */
import { test, expect } from './fixtures/sheet-test';
import { buildXls } from './fixtures/sheet-files';
import { wizard } from './fixtures/sheet-steps';
import { clickCell, COL, openStudentTable, pasteText, reopenStudentTable, waitSaved } from './grid-steps';
import { openReview } from './review-steps';
import type { Page } from '@playwright/test';

/** Imports `file` from the grid's toolbar, leaving the unreadable cells empty. */
async function importLeavingEmpty(
  page: Page,
  openFile: (trigger: () => Promise<void>, name: string, bytes: Uint8Array) => Promise<void>,
  file: Uint8Array,
  mode: RegExp,
  done: string,
): Promise<void> {
  await page.getByRole('button', { name: '导入', exact: true }).click();
  await openFile(() => wizard(page).getByTestId('import-pick').click(), '学生名单.xls', file);
  await expect(wizard(page).getByTestId('import-commit')).toBeDisabled();
  await wizard(page).getByTestId('leave-empty').check();
  await wizard(page).getByRole('radio', { name: mode }).check();
  await wizard(page).getByTestId('import-commit').click();
  await expect(wizard(page).getByTestId('import-done')).toContainText(done);
  await wizard(page).getByTestId('import-close').click();
  await expect(wizard(page)).toHaveCount(0);
}

async function expectNote(page: Page, row: number, text: string): Promise<void> {
  // The note box follows the active cell: select the cell and wait for the box to say what the file held.
  await expect(async () => {
    await clickCell(page, COL.birthday, row);
    await expect(page.getByTestId('cell-note-dropped')).toContainText(text, { timeout: 1000 });
  }).toPass();
}

test('a value left empty by the import is kept as a note on its cell', async ({ app: page, openFile }) => {
  await openStudentTable(page);
  await pasteText(page, '2023001\t张三\t男\r\n');
  await waitSaved(page);

  const replace = buildXls([
    ['学号', '姓名', '性别', '出生日期'],
    ['2023001', '张三', '男', '2005-13-01'],
  ]);
  await importLeavingEmpty(page, openFile, replace, /替换/, '更新 1 行');
  await expectNote(page, 0, '导入时无法识别，已留空：原值「2005-13-01」');
  await page.screenshot({ path: test.info().outputPath('import-dropped-note.png') });

  const append = buildXls([
    ['学号', '姓名', '性别', '出生日期'],
    ['2023002', '李四', '女', '2006-02-30'],
  ]);
  await importLeavingEmpty(page, openFile, append, /追加/, '新增 1 行');
  await expectNote(page, 1, '原值「2006-02-30」');

  await page.reload();
  await reopenStudentTable(page);
  await expectNote(page, 0, '原值「2005-13-01」');
  await expectNote(page, 1, '原值「2006-02-30」');
  // A cell the file filled has no such note.
  await clickCell(page, COL.name, 0);
  await expect(page.getByTestId('cell-note-dropped')).toHaveCount(0);

  // The review panel lists them under the checklist, for every reviewer.
  await openReview(page, '学生工作处', 'A10-1');
  const listed = page.getByTestId('dropped-notes');
  await expect(listed).toContainText('第 1 行「出生日期」：导入时无法识别，已留空：原值「2005-13-01」');
  await expect(listed).toContainText('第 2 行「出生日期」');
  await listed.scrollIntoViewIfNeeded();
  await page.screenshot({ path: test.info().outputPath('review-dropped-notes.png') });
});
