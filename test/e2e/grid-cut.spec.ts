import { test, expect } from './fixtures/app-test';
import { cell, COL, expectActive, openStudentTable, pasteText, waitSaved } from './grid-steps';

test('Ctrl+X puts the range on the clipboard as TSV and clears it in one undo step; Ctrl+V elsewhere moves the values', async ({
  app: page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openStudentTable(page);
  await pasteText(page, 'S1\t甲\t男\r\nS2\t乙\t女\r\nS3\t丙\t男\r\n');
  await expect(page.getByTestId('row-count')).toHaveText('共 3 行');

  // 姓名 and 性别 of the first two rows, cut with the real keyboard shortcut.
  await page.keyboard.press('Control+Home');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Shift+ArrowRight');
  await page.keyboard.press('Shift+ArrowDown');
  await page.keyboard.press('Control+x');
  await expect(cell(page, COL.name, 0)).toHaveText('');
  await expect(cell(page, COL.sex, 1)).toHaveText('');
  await expect(cell(page, COL.name, 2)).toHaveText('丙');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('甲\t男\r\n乙\t女\r\n');

  // One undo step brings both rows back, redo cuts them again.
  await page.keyboard.press('Control+z');
  await expect(cell(page, COL.name, 0)).toHaveText('甲');
  await expect(cell(page, COL.sex, 1)).toHaveText('女');
  await page.keyboard.press('Control+y');
  await expect(cell(page, COL.name, 0)).toHaveText('');
  await expect(cell(page, COL.sex, 1)).toHaveText('');

  // Paste on the blank row below the table: the cut values arrive there, converted per column.
  await page.keyboard.press('Control+ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Home');
  await page.keyboard.press('ArrowRight');
  await expectActive(page, COL.name, 3);
  await page.keyboard.press('Control+v');
  await expect(page.getByTestId('row-count')).toHaveText('共 5 行');
  await expect(cell(page, COL.name, 3)).toHaveText('甲');
  await expect(cell(page, COL.sex, 3)).toHaveText('男');
  await expect(cell(page, COL.name, 4)).toHaveText('乙');
  await expect(cell(page, COL.sex, 4)).toHaveText('女');
  await waitSaved(page);
});
