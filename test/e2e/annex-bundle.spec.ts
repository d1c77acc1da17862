/**
 * An entered annex figure travels (docs/annexes.md "From the departments"), two stations passing a real
 * file: 团委会 types 月收入 with its source on 附表, signs its data bundle to the office; the office's import
 * preview counts the figure, 附表 shows it as 团委会's, 已填报, the office approves it and the quality
 * report's live 计分卡 shows it.
 */
import { test, expect } from '@playwright/test';
import {
  enterPassphrase,
  exchangeTab,
  fillAndExportA9,
  openFileVia,
  saveFileVia,
} from './fixtures/bundle-stations';
import { officeAndTw } from './fixtures/stations';

test.setTimeout(360_000);

const CELL = 'annex-cell-scorecard.monthly-income-1';
const SHOTS = process.env.ANNEX_SHOTS_DIR;
const SOURCE = '2025届毕业生跟踪调查报告';

test('a department’s annex figure reaches the office in its data bundle, is approved there and shows in the report', async ({
  browser,
}, testInfo) => {
  const { office, tw, dir } = await officeAndTw(browser, testInfo);

  // 团委会 types the figure with its source and evidence on its own 附表.
  const tp = tw.page;
  await tp.getByRole('menuitem', { name: '附表' }).click();
  const mine = tp.getByTestId(CELL);
  await expect(mine).toContainText('未填报');
  await mine.getByTestId(`${CELL}-enter`).click();
  const form = tp.getByTestId('annex-entry-form');
  await form.getByTestId('annex-entry-value').fill('4820');
  await form.getByTestId('annex-entry-source').fill(SOURCE);
  await form.getByTestId('annex-entry-evidence').fill('跟踪调查报告.pdf');
  await tp.getByRole('dialog').getByRole('button', { name: '保存' }).click();
  await expect(tp.getByRole('dialog')).toHaveCount(0);
  await expect(mine.getByTestId(`${CELL}-value`)).toHaveText('4820 元');
  await expect(mine.getByTestId(`${CELL}-state`)).toHaveText('已填报');

  // Its next data bundle to the office carries the figure beside its rows.
  const data = await fillAndExportA9(tw, 'OFFICE', dir);

  const op = office.page;
  await exchangeTab(office, '导入数据包');
  await enterPassphrase(office);
  await openFileVia(office, op.getByRole('button', { name: '选择文件…' }), data);
  const preview = op.getByTestId('import-preview');
  await expect(preview.getByTestId('import-annex-figures')).toHaveText('1 项（导入后在“附表”页审核）');
  await saveFileVia(office, preview.getByRole('button', { name: '确认导入' }), dir, 'OFFICE-回执.sdd');
  await expect(op.getByTestId('import-done')).toContainText('已导入');

  // 附表 at the office: 团委会's figure, 已填报, with its value; the office approves it.
  await op.getByRole('menuitem', { name: '附表' }).click();
  const cell = op.getByTestId(CELL);
  await expect(cell.getByTestId(`${CELL}-value`)).toHaveText('4820 元');
  await expect(cell.getByTestId(`${CELL}-owner`)).toHaveText('团委会填报');
  await expect(cell.getByTestId(`${CELL}-state`)).toHaveText('已填报');
  await cell.getByTestId(`${CELL}-approve`).click();
  await expect(cell.getByTestId(`${CELL}-state`)).toHaveText('已审核');
  if (SHOTS) await op.screenshot({ path: `${SHOTS}/annex-from-department.png` });

  // The quality report's 附表 chapter: a live 计分卡 carries the department's figure.
  await op.getByRole('menuitem', { name: '质量年报' }).click();
  await op.getByTestId('create-report').click();
  await op.getByTestId('chapter-menu').getByText('附表').click();
  const editor = op.getByTestId('report-editor');
  await editor.locator('h1, h2, p').last().click();
  await op.getByTestId('insert-annex').click();
  await op.getByTestId('insert-annex-scorecard').click();
  const node = editor.getByTestId('annex-node');
  await expect(node).toHaveCount(1);
  // The report prints the figure bare under its 单位 column (本届 is the fourth cell of the row).
  const income = node.getByRole('row').filter({ hasText: '月收入' });
  await expect(income.getByRole('cell').nth(1)).toHaveText('元');
  await expect(income.getByRole('cell').nth(3)).toHaveText('4820');
});
