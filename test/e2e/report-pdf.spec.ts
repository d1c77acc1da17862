/**
 * The desktop app's PDF export: the report's HTML goes to the main process (report:printPdf), is
 * printed by Chromium's page printer and saved through the save dialog. Runs in the `bridge` project,
 * whose handlers are the real ones with the same Chromium printing the page.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test, expect } from './fixtures/app-test';
import { insertIndicator, openNewReport } from './fixtures/report-steps';

test('exports the report as a PDF through the main process and saves it where the user picks', async ({
  app: page,
  dataDir,
}, testInfo) => {
  test.skip(
    testInfo.project.name !== 'bridge',
    'printToPDF is the desktop path; the browser build prints from the print dialog',
  );
  test.setTimeout(120_000);
  const editor = await openNewReport(page);
  await editor.locator('p').last().click();
  await page.keyboard.type('专任教师数为');
  await insertIndicator(page, '专任教师数');
  await expect(editor.getByTestId('live-value')).toContainText('150人');

  await page.getByRole('tab', { name: '导出' }).click();
  await page.getByTestId('export-pdf').click();
  await expect(page.getByText(/已生成 .*\.pdf/)).toBeVisible();
  const title = (await page.getByTestId('report-title').innerText()).trim();
  const pdf = await readFile(join(dataDir!, 'saved', `${title}.pdf`));
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  // A4 pages: the print stylesheet's page size, not Chromium's Letter default.
  expect(pdf.toString('latin1')).toMatch(/\/MediaBox\s*\[\s*0 0 59[45](\.\d+)? 84[12](\.\d+)?\s*\]/);
});
