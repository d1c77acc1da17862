import { test, expect } from './fixtures/app-test';
import { cell, COL, copyOut, expectActive, openStudentTable, pasteText, waitSaved } from './grid-steps';

const FROM_EXCEL = [
  ['2023001', '张三', '男', '汉族', '', '2005/9/1'],
  ['2023002', '李四', '未知', '汉族', '', '2005年13月1日'],
  ['２０２３００３', '王五', '女', '', '', '20050230'],
]
  .map((r) => r.join('\t'))
  .join('\r\n');

test('pastes an Excel range: converts each column, keeps bad text visible as errors, lists them, adds rows past the end', async ({
  app: page,
}) => {
  await openStudentTable(page);
  await pasteText(page, `${FROM_EXCEL}\r\n`);
  await expect(page.getByTestId('row-count')).toHaveText('共 3 行');
  await expect(cell(page, COL.birthday, 0)).toHaveText('20050901');
  await expect(cell(page, COL.no, 2)).toHaveText('2023003');
  await expect(cell(page, COL.sex, 1)).toHaveText('未知');
  await expect(cell(page, COL.birthday, 1)).toHaveText('2005年13月1日');
  await expect(cell(page, COL.birthday, 2)).toHaveText('20050230');
  await expect(page.getByTestId('error-count')).toHaveText('错误 3');
  await expect(page.getByTestId('grid-notice')).toContainText('其中 3 个无法识别');
  await page.getByTestId('toggle-issues').click();
  await expect(page.getByTestId('issue-item')).toHaveCount(3);
  await page.screenshot({ path: '/tmp/grid-paste-errors.png' });
  await page.getByTestId('issue-item').nth(1).click();
  await expectActive(page, COL.birthday, 1);
  await waitSaved(page);

  // Pasting on the last row adds the rows that do not fit.
  await page.keyboard.press('Control+Home');
  await page.keyboard.press('Control+ArrowDown');
  await expectActive(page, COL.no, 2);
  await pasteText(page, '2023010\t赵六\r\n2023011\t钱七\r\n');
  await expect(page.getByTestId('row-count')).toHaveText('共 4 行');
  await expect(cell(page, COL.name, 3)).toHaveText('钱七');
});

test('pastes the HTML flavour when there is no text flavour (WPS), and copies out TSV that pastes back identically', async ({
  app: page,
}) => {
  await openStudentTable(page);
  const html =
    '<html><body><table><tr><td>2023101</td><td>孙八</td><td>女</td></tr><tr><td>2023102</td><td>周九</td><td>男</td></tr></table></body></html>';
  await pasteText(page, '', html);
  await expect(page.getByTestId('row-count')).toHaveText('共 2 行');
  await expect(cell(page, COL.sex, 1)).toHaveText('男');

  await page.keyboard.press('Control+Home');
  await page.keyboard.press('Shift+ArrowDown');
  await page.keyboard.press('Shift+ArrowRight');
  await page.keyboard.press('Shift+ArrowRight');
  const out = await copyOut(page);
  expect(out.text).toBe('2023101\t孙八\t女\r\n2023102\t周九\t男\r\n');
  expect(out.html).toContain('<td style="mso-number-format');

  await page.keyboard.press('Control+ArrowDown');
  await page.keyboard.press('ArrowDown');
  await pasteText(page, out.text);
  await expect(page.getByTestId('row-count')).toHaveText('共 4 行');
  // The pasted range stays selected, so copying again gives the same clipboard text.
  expect((await copyOut(page)).text).toBe(out.text);
});
