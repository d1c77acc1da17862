import { test, expect } from './fixtures/app-test';
import { cell, COL, expectActive, gridInput, openStudentTable } from './grid-steps';

test('Chinese IME: composes from the first keystroke, and the Enter ending the composition neither commits nor moves', async ({
  app: page,
}) => {
  await openStudentTable(page);
  await page.keyboard.press('ArrowRight');
  await expectActive(page, COL.name, 0);
  const cdp = await page.context().newCDPSession(page);

  // What a Pinyin IME sends: a keydown with keyCode 229 ("Process"), then the composition.
  await cdp.send('Input.dispatchKeyEvent', {
    type: 'rawKeyDown',
    key: 'Process',
    code: 'KeyZ',
    windowsVirtualKeyCode: 229,
    nativeVirtualKeyCode: 229,
  });
  await cdp.send('Input.imeSetComposition', { text: 'z', selectionStart: 1, selectionEnd: 1 });
  await cdp.send('Input.imeSetComposition', { text: 'zhang', selectionStart: 5, selectionEnd: 5 });
  await expect(gridInput(page)).toHaveValue('zhang');
  await expect(gridInput(page)).toHaveCSS('background-color', 'rgb(255, 255, 255)');

  // The candidate is confirmed with Enter: the keydown arrives while composing.
  await cdp.send('Input.dispatchKeyEvent', {
    type: 'rawKeyDown',
    key: 'Enter',
    code: 'Enter',
    windowsVirtualKeyCode: 13,
    nativeVirtualKeyCode: 13,
  });
  await cdp.send('Input.insertText', { text: '张' });
  await cdp.send('Input.dispatchKeyEvent', {
    type: 'keyUp',
    key: 'Enter',
    code: 'Enter',
    windowsVirtualKeyCode: 13,
    nativeVirtualKeyCode: 13,
  });
  await expect(gridInput(page)).toHaveValue('张');
  await expectActive(page, COL.name, 0);
  await expect(cell(page, COL.name, 0)).toHaveText('');

  // A second composition continues the same edit.
  await cdp.send('Input.imeSetComposition', { text: 'san', selectionStart: 3, selectionEnd: 3 });
  await cdp.send('Input.insertText', { text: '三' });
  await expect(gridInput(page)).toHaveValue('张三');

  // Only a plain Enter commits and moves down.
  await page.keyboard.press('Enter');
  await expect(cell(page, COL.name, 0)).toHaveText('张三');
  await expectActive(page, COL.name, 1);
  await expect(gridInput(page)).toHaveValue('');
});

test('Chinese IME on an enum cell: the composed text filters the options and Enter picks', async ({
  app: page,
}) => {
  await openStudentTable(page);
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expectActive(page, COL.nation, 0);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Input.imeSetComposition', { text: 'hui', selectionStart: 3, selectionEnd: 3 });
  await cdp.send('Input.insertText', { text: '回' });
  await expect(page.getByRole('option', { name: '回族' })).toBeVisible();
  await page.screenshot({ path: '/tmp/grid-ime-enum.png' });
  await page.keyboard.press('Enter');
  await expect(cell(page, COL.nation, 0)).toHaveText('回族');
});
