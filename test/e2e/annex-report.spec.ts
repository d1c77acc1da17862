/**
 * The office fills the annexes: an entered figure without a source is refused, with one it is stored and
 * approved; computed rows read the status data. The annexes go out as the .xlsx for the 年报管理系统, and
 * a 附表 node in the quality report carries the same values into the .docx; the submission set is recorded
 * on the workflow board's 报送 step.
 */
import { readFile } from 'node:fs/promises';
import { strFromU8, unzipSync } from 'fflate';
import { test, expect } from './fixtures/app-test';
import { OFFICE_USERS, openOfficeAs, type StationUser } from './fixtures/workspace-steps';
import { seedReportData } from './fixtures/report-seed';

const SUPERVISOR = OFFICE_USERS[2] as StationUser;
const SHOTS = process.env.ANNEX_SHOTS_DIR;

test('office enters and approves an annex figure, exports the annex .xlsx and the report .docx with it', async ({
  app: page,
}) => {
  test.setTimeout(180_000);
  await openOfficeAs(page, SUPERVISOR, (p) => seedReportData(p, 150));

  await page.getByRole('menuitem', { name: '附表' }).click();
  await expect(page.getByTestId('annex-snapshot')).toContainText('草稿数据');
  const income = page.getByTestId('annex-cell-scorecard.monthly-income-1');
  await expect(income).toContainText('未填报');
  await income.getByTestId('annex-cell-scorecard.monthly-income-1-enter').click();
  const form = page.getByTestId('annex-entry-form');
  await form.getByTestId('annex-entry-value').fill('4820');
  await form.getByTestId('annex-entry-source').fill('');
  await page.getByRole('dialog').getByRole('button', { name: '保存' }).click();
  await expect(page.getByText('请填写数据来源')).toBeVisible();
  await form.getByTestId('annex-entry-source').fill('2025届毕业生跟踪调查报告');
  await form.getByTestId('annex-entry-evidence').fill('跟踪调查报告.pdf');
  await page.getByRole('dialog').getByRole('button', { name: '保存' }).click();
  await expect(income.getByTestId('annex-cell-scorecard.monthly-income-1-value')).toHaveText('4820 元');
  await expect(income.getByTestId('annex-cell-scorecard.monthly-income-1-state')).toHaveText('已填报');
  await income.getByTestId('annex-cell-scorecard.monthly-income-1-approve').click();
  await expect(income.getByTestId('annex-cell-scorecard.monthly-income-1-state')).toHaveText('已审核');

  // A computed row reads the status data: 150 teachers seeded.
  const policyTab = page.getByRole('tab', { name: '落实政策表' });
  await policyTab.click();
  await expect(policyTab).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByTestId('annex-cell-policy.full-time-teachers-1-value')).toHaveText('150人');
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/annex-page.png` });

  // The .xlsx for the 年报管理系统: the tidy sheet holds the figure as a number, with its source.
  const [xlsx] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('annex-export-xlsx').click(),
  ]);
  const book = unzipSync(new Uint8Array(await readFile((await xlsx.path())!)));
  const strings = strFromU8(book['xl/sharedStrings.xml']!);
  expect(strings).toContain('月收入');
  expect(strings).toContain('2025届毕业生跟踪调查报告');
  expect(strFromU8(book['xl/worksheets/sheet1.xml']!)).toContain('<v>4820</v>');
  if (SHOTS) await xlsx.saveAs(`${SHOTS}/annexes.xlsx`);

  // The quality report's 附表 chapter gets a live 计分卡 and 落实政策表; the .docx carries their values.
  await page.getByRole('menuitem', { name: '质量年报' }).click();
  await page.getByTestId('create-report').click();
  await page.getByTestId('chapter-menu').getByText('附表').click();
  const editor = page.getByTestId('report-editor');
  await editor.locator('h1, h2, p').last().click();
  for (const id of ['scorecard', 'policy']) {
    await page.getByTestId('insert-annex').click();
    await page.getByTestId(`insert-annex-${id}`).click();
  }
  const nodes = editor.getByTestId('annex-node');
  await expect(nodes).toHaveCount(2);
  // In the report a figure stands bare: the table's 单位 column says 元 and 人.
  await expect(nodes.first().getByRole('cell', { name: '4820', exact: true })).toBeVisible();
  await expect(nodes.nth(1).getByRole('cell', { name: '150', exact: true })).toBeVisible();
  await page.getByTestId('save-chapter').click();
  await expect(page.getByText('已保存').first()).toBeVisible();
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/annex-in-editor.png` });

  await page.getByRole('tab', { name: '导出' }).click();
  const [docx] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-docx').click()]);
  const body = strFromU8(
    unzipSync(new Uint8Array(await readFile((await docx.path())!)))['word/document.xml']!,
  );
  expect(body).toContain('附表\u3000计分卡');
  expect(body).toContain('月收入');
  expect(body).toContain('>4820<');
  expect(body).toContain('2025届毕业生跟踪调查报告');
  expect(body).toContain('>150<');
  if (SHOTS) await docx.saveAs(`${SHOTS}/report.docx`);
  const [html] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-html').click()]);
  expect(await readFile((await html.path())!, 'utf8')).toContain('<td class="num">4820</td>');

  // The submission set: one .zip with the report, the annexes and the cover list, checked for completeness.
  // The side menu's 附表 (the report's chapter menu has one too).
  await page.getByRole('menuitem', { name: '附表' }).first().click();
  const [set] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('submission-assemble').click(),
  ]);
  const files = unzipSync(new Uint8Array(await readFile((await set.path())!)));
  const names = Object.keys(files);
  expect(names.some((n) => n.startsWith('01-') && n.endsWith('.docx'))).toBe(true);
  expect(names.some((n) => n.endsWith('附表.xlsx'))).toBe(true);
  const cover = strFromU8(files['00-报送清单.html']!);
  expect(cover).toContain('尚未定稿');
  const annexInSet = names.find((n) => n.startsWith('01-') && n.endsWith('.docx'))!;
  expect(strFromU8(unzipSync(files[annexInSet]!)['word/document.xml']!)).toContain('>4820<');
  await expect(page.getByTestId('submission-check')).toContainText('尚未定稿');

  // The 报告编制流程 board's 报送 step records the set: started, with what it held and lacked.
  await page.getByRole('menuitem', { name: '报告编制流程' }).click();
  const submitStep = page.getByRole('row').filter({ hasText: '报送材料' });
  await expect(submitStep).toContainText('项未完成');
  await expect(submitStep).toContainText('进行中');
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/workflow-package.png` });
});
