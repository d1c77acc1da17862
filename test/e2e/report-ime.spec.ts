/**
 * Chinese IME in the report editor: compositions typed right after a live 指标数值 and with the node
 * selected by the arrow keys (where the browser cannot compose), one confirmed with Enter and others
 * with a candidate click (insertText only), keep every character and leave the live node whole; what
 * was composed is saved and comes back.
 */
import type { CDPSession } from '@playwright/test';
import { test, expect } from './fixtures/app-test';
import { insertIndicator, openNewReport } from './fixtures/report-steps';

/** What a Pinyin IME sends for one word: keyCode 229, growing compositions, then the chosen text. */
async function compose(cdp: CDPSession, pinyin: string, word: string, confirmWithEnter: boolean) {
  await cdp.send('Input.dispatchKeyEvent', {
    type: 'rawKeyDown',
    key: 'Process',
    code: `Key${pinyin[0]!.toUpperCase()}`,
    windowsVirtualKeyCode: 229,
    nativeVirtualKeyCode: 229,
  });
  for (let i = 1; i <= pinyin.length; i++)
    await cdp.send('Input.imeSetComposition', {
      text: pinyin.slice(0, i),
      selectionStart: i,
      selectionEnd: i,
    });
  const enter = { key: 'Enter', code: 'Enter', windowsVirtualKeyCode: 13, nativeVirtualKeyCode: 13 };
  if (confirmWithEnter) await cdp.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', ...enter });
  await cdp.send('Input.insertText', { text: word });
  if (confirmWithEnter) await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', ...enter });
}

test('IME compositions around a live value keep every character and the live node', async ({ app: page }) => {
  test.setTimeout(120_000);
  const editor = await openNewReport(page);
  await editor.locator('p').last().click();
  await page.keyboard.type('专任教师数为');
  await insertIndicator(page, '专任教师数');
  const live = editor.getByTestId('live-value');
  await expect(live).toContainText('150人');
  const para = editor.locator('p', { has: page.getByTestId('live-value') });
  const cdp = await page.context().newCDPSession(page);

  // Right after the live node: a word confirmed with Enter (which must not split the paragraph).
  await compose(cdp, 'zuoyou', '左右', true);
  await expect(para).toHaveText(/^专任教师数为150人.*左右$/);
  await expect(editor.locator('p', { hasText: '左右' })).toHaveCount(1);

  // Right before the live node: a word chosen by clicking a candidate, then punctuation.
  await page.keyboard.press('End');
  await compose(cdp, 'ju', '据', false);
  for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowLeft');
  await compose(cdp, 'yue', '约', false);
  await page.keyboard.press('End');
  await compose(cdp, 'ju', '。', false);
  await expect(live).toHaveCount(1);
  await expect(live).toContainText('150人');
  await expect(para).toHaveText(/^专任教师数为约150人.*左右据。$/);

  // Saved as typed: reopen the chapter from storage.
  await page.getByTestId('save-chapter').click();
  await expect(page.getByText('已保存').first()).toBeVisible();
  const menu = page.getByTestId('chapter-menu');
  await menu.getByText('教学改革', { exact: true }).click();
  await menu.getByText('学生发展', { exact: true }).click();
  await expect(editor.getByTestId('live-value')).toHaveCount(1);
  await expect(editor.locator('p', { has: page.getByTestId('live-value') })).toHaveText(
    /^专任教师数为约150人.*左右据。$/,
  );
});
