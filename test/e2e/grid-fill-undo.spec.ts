import { test, expect } from './fixtures/app-test';
import {
  canvasPixel,
  cell,
  cellPoint,
  COL,
  expectActive,
  openStudentTable,
  pasteText,
  waitSaved,
} from './grid-steps';

test('fills down with Ctrl+D and the fill handle, each one undo step; undo and redo a paste', async ({
  app: page,
}) => {
  await openStudentTable(page);
  await pasteText(page, 'S1\t甲\r\nS2\t乙\r\nS3\t丙\r\nS4\t丁\r\n');
  await expect(page.getByTestId('row-count')).toHaveText('共 4 行');

  // Ctrl+D: 性别 of row 1 typed, then copied down over rows 2–4.
  await page.keyboard.press('Control+Home');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.type('女');
  await page.keyboard.press('Enter');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Shift+ArrowDown');
  await page.keyboard.press('Shift+ArrowDown');
  await page.keyboard.press('Shift+ArrowDown');
  await page.keyboard.press('Control+d');
  for (const r of [1, 2, 3]) await expect(cell(page, COL.sex, r)).toHaveText('女');
  await page.keyboard.press('Control+z');
  for (const r of [1, 2, 3]) await expect(cell(page, COL.sex, r)).toHaveText('');
  await expect(cell(page, COL.sex, 0)).toHaveText('女');
  await page.keyboard.press('Control+y');
  for (const r of [1, 2, 3]) await expect(cell(page, COL.sex, r)).toHaveText('女');

  // The fill handle: drag the corner of 民族 on row 1 down to row 3.
  await page.keyboard.press('Control+Home');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.type('汉族');
  await page.keyboard.press('Enter');
  await page.keyboard.press('ArrowUp');
  await expectActive(page, COL.nation, 0);
  const from = await cellPoint(page, COL.nation, 0);
  const corner = { x: from.x - 20 + 130 - 3, y: from.y + 15 - 3 };
  // The handle is drawn: a blue square straddling the cell's bottom-right corner, outside its frame too.
  await expect.poll(() => canvasPixel(page, corner.x + 5, corner.y + 5)).toEqual([22, 119, 255]);
  await page.mouse.move(corner.x, corner.y);
  await page.mouse.down();
  await page.mouse.move(corner.x, corner.y + 35, { steps: 4 });
  await page.mouse.move(corner.x, corner.y + 50, { steps: 4 });
  await page.mouse.up();
  await expect(cell(page, COL.nation, 1)).toHaveText('汉族');
  await expect(cell(page, COL.nation, 2)).toHaveText('汉族');
  await expect(cell(page, COL.nation, 3)).toHaveText('');
  await page.screenshot({ path: '/tmp/grid-fill.png' });
  await page.keyboard.press('Control+z');
  await expect(cell(page, COL.nation, 1)).toHaveText('');
  await expect(cell(page, COL.nation, 0)).toHaveText('汉族');

  // Undo back through the typed cells and the paste: the whole paste is one step.
  await page.keyboard.press('Control+z');
  await page.keyboard.press('Control+z');
  await page.keyboard.press('Control+z');
  await expect(page.getByTestId('row-count')).toHaveText('共 4 行');
  await page.keyboard.press('Control+z');
  await expect(page.getByTestId('row-count')).toHaveText('共 0 行');
  await page.keyboard.press('Control+Shift+z');
  await expect(page.getByTestId('row-count')).toHaveText('共 4 行');
  await expect(cell(page, COL.name, 3)).toHaveText('丁');
  await waitSaved(page);
});

test('inserts and deletes rows, undoing a delete puts the rows back in place', async ({ app: page }) => {
  await openStudentTable(page);
  await pasteText(page, 'S1\t甲\r\nS2\t乙\r\nS3\t丙\r\n');
  await page.keyboard.press('Control+Home');
  await page.keyboard.press('ArrowDown');
  await page.getByRole('button', { name: '插入行' }).click();
  await expect(page.getByTestId('row-count')).toHaveText('共 4 行');
  await expect(cell(page, COL.no, 1)).toHaveText('');
  await expect(cell(page, COL.no, 2)).toHaveText('S2');
  await page.getByRole('button', { name: '删除行' }).click();
  await expect(page.getByTestId('row-count')).toHaveText('共 3 行');
  await expectActive(page, COL.no, 1);
  await page.keyboard.press('Shift+ArrowDown');
  await page.getByRole('button', { name: '删除行' }).click();
  await expect(page.getByTestId('row-count')).toHaveText('共 1 行');
  await page.keyboard.press('Control+z');
  await expect(page.getByTestId('row-count')).toHaveText('共 3 行');
  await expect(cell(page, COL.no, 1)).toHaveText('S2');
  await expect(cell(page, COL.no, 2)).toHaveText('S3');
  await waitSaved(page);
});

test('sorts from the header menu, filters and searches without changing the stored order', async ({
  app: page,
}) => {
  await openStudentTable(page);
  await pasteText(page, 'S2\t乙\r\nS3\t丙\r\nS1\t甲\r\n');
  await page.getByTestId('grid-filter').fill('丙');
  await expect(page.getByTestId('row-count')).toHaveText('显示 1 / 3 行');
  await expect(cell(page, COL.no, 0)).toHaveText('S3');
  await page.getByTestId('grid-filter').fill('');
  await expect(page.getByTestId('row-count')).toHaveText('共 3 行');
  const search = page.getByTestId('grid-search').locator('input');
  await search.fill('甲');
  await search.press('Enter');
  await expectActive(page, COL.name, 2);
});
