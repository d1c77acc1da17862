/**
 * The office writes the quality report: a section with a live 专任教师数, a chart and a data table over
 * 开设专业表 grouped by 系部, saves it, runs 合规审查, jumps to the typed number that contradicts the
 * status data, fixes it, and the finding is gone; the history shows the change as a diff.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { strFromU8, unzipSync } from 'fflate';
import { test, expect } from './fixtures/app-test';
import { chooseOption, OFFICE_USERS, openOfficeAs, type StationUser } from './fixtures/workspace-steps';
import { seedReportData } from './fixtures/report-seed';

const SUPERVISOR = OFFICE_USERS[2] as StationUser;

test('office writes a section with live values, runs 合规审查 and fixes a contradicting number', async ({
  app: page,
}, testInfo) => {
  test.setTimeout(180_000);
  const shot = async (name: string) => {
    if (testInfo.project.name === 'web' && process.env.REPORT_SHOTS_DIR)
      await page.screenshot({ path: `${process.env.REPORT_SHOTS_DIR}/${name}` });
  };
  await openOfficeAs(page, SUPERVISOR, (p) => seedReportData(p, 150));

  await page.getByRole('menuitem', { name: '质量年报' }).click();
  await page.getByTestId('create-report').click();
  await expect(page.getByTestId('report-title')).toContainText('汕头职业技术学院');
  await expect(page.getByTestId('snapshot-banner')).toContainText('草稿数据');
  await page.getByTestId('chapter-menu').getByText('学生发展').click();

  // A paragraph with a typed number that contradicts the data (150 teachers), then the live value.
  const editor = page.getByTestId('report-editor');
  await editor.locator('p').last().click();
  await page.keyboard.type('本年度学校在校生规模稳定，专任教师数为200人，专任教师数');
  await page.getByTestId('insert-indicator').click();
  const dialog = page.getByRole('dialog');
  await chooseOption(page, dialog.getByTestId('indicator-select'), '专任教师数');
  await dialog.getByRole('button', { name: '插入' }).click();
  const live = editor.getByTestId('live-value');
  await expect(live).toContainText('150人');
  await expect(live).toContainText('草稿数据');

  // A chart and a data table over A7-1-1, grouped by 所属系部, summing 在校生数.
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  for (const kind of ['chart', 'data-table'] as const) {
    await page.getByTestId(`insert-${kind}`).click();
    const panel = page.getByTestId('node-panel');
    await expect(panel).toBeVisible();
    await panel.getByText('数据表分组汇总').click();
    await chooseOption(page, panel.getByTestId('aggregate-table'), 'A7-1-1');
    await chooseOption(page, panel.getByTestId('aggregate-group'), '所属系部');
    await panel.getByText('求和').click();
    await chooseOption(page, panel.getByLabel('求和字段'), '在校生数—总人数');
    await panel.getByTestId('node-title').fill(kind === 'chart' ? '各系部在校生数' : '各系部在校生数统计');
    await panel.getByTestId('node-caption').fill(kind === 'chart' ? '各系部在校生数' : '在校生分布');
  }
  await expect(editor.getByTestId('chart-node').locator('canvas')).toBeVisible();
  const table = editor.getByTestId('data-table-node');
  await expect(table.getByRole('row').nth(1)).toContainText('信息工程系');
  await expect(table.getByRole('row').nth(1)).toContainText('1540');
  await page.getByTestId('save-chapter').click();
  await expect(page.getByText('已保存')).toBeVisible();
  await shot('report-editor.png');

  // 合规审查 finds the typed 200; jump to it, fix it, and it is gone.
  await page.getByRole('tab', { name: '合规审查' }).click();
  await page.getByTestId('run-check').click();
  const contradiction = page.getByTestId('finding').filter({ hasText: '专任教师数200' });
  await expect(contradiction).toBeVisible();
  await expect(page.getByTestId('finding').filter({ hasText: '尚未撰写内容' }).first()).toBeVisible();
  await shot('report-findings.png');
  await contradiction.getByRole('button', { name: '定位' }).click();
  await page.keyboard.press('Home');
  await editor.locator('p', { hasText: '200人' }).evaluate((p) => {
    const sel = window.getSelection();
    const text = [...p.childNodes].find(
      (n) => n.nodeType === Node.TEXT_NODE && n.textContent?.includes('200'),
    );
    if (!sel || !text) throw new Error('typed number not found');
    const start = text.textContent!.indexOf('200');
    const range = document.createRange();
    range.setStart(text, start);
    range.setEnd(text, start + 3);
    sel.removeAllRanges();
    sel.addRange(range);
  });
  await page.keyboard.type('150');
  await page.getByTestId('save-chapter').click();
  await expect(page.getByText('已保存').first()).toBeVisible();
  await page.getByTestId('run-check').click();
  await expect(page.getByTestId('finding').filter({ hasText: '专任教师数' })).toHaveCount(0);

  // The history shows the edit as a diff of the two versions.
  await page.getByRole('tab', { name: '版本历史' }).click();
  await page.getByTestId('history-panel').getByText('第 3 版').click();
  await expect(page.getByTestId('chapter-diff').locator('mark').first()).toBeVisible();
  await expect(page.getByTestId('chapter-diff')).toContainText('150');

  // Exports: the .docx (document.xml holds the live value and the chart drawing), HTML and its PDF.
  await page.getByRole('tab', { name: '导出' }).click();
  const [docx] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-docx').click()]);
  const zip = unzipSync(new Uint8Array(await readFile((await docx.path())!)));
  const body = strFromU8(zip['word/document.xml']!);
  expect(body).toContain('150人');
  expect(body).toContain('<w:drawing>');
  expect(Object.keys(zip).some((n) => n.startsWith('word/media/') && n.endsWith('.png'))).toBe(true);
  if (process.env.REPORT_SHOTS_DIR) await docx.saveAs(`${process.env.REPORT_SHOTS_DIR}/report.docx`);
  const [htmlFile] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('export-html').click(),
  ]);
  const html = await readFile((await htmlFile.path())!, 'utf8');
  expect(html).toContain('150人');
  expect(html).toContain('<svg role="img"');
  const printed = await page.context().newPage();
  const requests: string[] = [];
  printed.on('request', (r) => requests.push(r.url()));
  await printed.setContent(html);
  const pdf = await printed.pdf({ format: 'A4', preferCSSPageSize: true });
  expect(new TextDecoder().decode(pdf.subarray(0, 5))).toBe('%PDF-');
  expect(requests.filter((u) => !u.startsWith('data:'))).toEqual([]);
  if (process.env.REPORT_SHOTS_DIR) {
    await printed.screenshot({ path: `${process.env.REPORT_SHOTS_DIR}/report-html.png`, fullPage: false });
    await writeFile(`${process.env.REPORT_SHOTS_DIR}/report.pdf`, pdf);
  }
});
