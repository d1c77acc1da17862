import { test, expect } from './fixtures/app-test';
import { activeCell, cell, expectActive, COL, gridInput, openStudentTable, waitSaved } from './grid-steps';

test('types into cells with Excel keys: typing starts an edit, Enter/Tab move, F2 edits, Esc cancels', async ({
  app: page,
}) => {
  await openStudentTable(page);
  await expect(gridInput(page)).toBeFocused();
  await expectActive(page, 0, 0);

  await page.keyboard.type('2023001');
  await page.keyboard.press('Tab');
  await page.keyboard.type('张三');
  await page.keyboard.press('Tab');
  await page.keyboard.type('男');
  await page.keyboard.press('Enter');
  // Enter after a run of Tabs returns to the column where the run began, one row down.
  await expectActive(page, 0, 1);
  await expect(cell(page, COL.no, 0)).toHaveText('2023001');
  await expect(cell(page, COL.name, 0)).toHaveText('张三');
  await expect(cell(page, COL.sex, 0)).toHaveText('男');
  await page.screenshot({ path: '/tmp/grid-typed.png' });

  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('F2');
  await page.keyboard.type('丰');
  await page.keyboard.press('Escape');
  await expect(cell(page, COL.name, 0)).toHaveText('张三');
  await page.keyboard.press('F2');
  await page.keyboard.type('丰');
  await page.keyboard.press('Enter');
  await expect(cell(page, COL.name, 0)).toHaveText('张三丰');
  await expectActive(page, 1, 1);

  await page.keyboard.press('Shift+Enter');
  await expectActive(page, 1, 0);
  await page.keyboard.press('Shift+Tab');
  await expectActive(page, 0, 0);
  await page.keyboard.press('End');
  expect((await activeCell(page))[1]).toBe(0);
  await page.keyboard.press('Home');
  await expectActive(page, 0, 0);
  await page.keyboard.press('Control+ArrowRight');
  await expectActive(page, 2, 0);
  await page.keyboard.press('Delete');
  await expect(cell(page, COL.sex, 0)).toHaveText('');
  await expect(page.getByTestId('required-count')).toHaveText('必填未填 1');
  await waitSaved(page);
});
