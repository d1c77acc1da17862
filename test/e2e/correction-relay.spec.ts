/**
 * 校级更正 relayed through a summary department, three stations passing real files: 团委会's A9-6-1 goes
 * through 学生工作处 (L2, forwarded) to the office (L3); the office's 督导员 corrects one cell of the
 * approved slice (a reason is required); the office's feedback goes to 学生工作处, whose copy takes the
 * correction, and 学生工作处 relays it down to 团委会, whose read-only copy shows the corrected value (an
 * audited write, the chain still whole) — and 团委会's next data bundle carries it, so 学生工作处 takes that
 * bundle into its frozen copy unrefused.
 * 团委会's own submit and L1 approval are seeded (the review UI has its own specs).
 */
import { test, expect } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { text, unpack } from '../../src/shared/bundle/testing/rezip';
import {
  a9ApprovedAtOffice,
  A9_NAME_CELL as CELL,
  openOwnA9,
  openTwCopy,
  twThroughXgc,
} from './fixtures/relay-steps';
import { SUPERVISOR, TW, XGC } from './fixtures/stations';
import { exportData, exportFeedback, importData, importFeedback } from './review-steps';

test.setTimeout(300_000);

const BEFORE = '挑战杯';
const AFTER = '“挑战杯”全国大学生课外学术科技作品竞赛';
const REASON = '与获奖证书核对，项目名称应为全称';

test('a 校级更正 travels office → 学生工作处 → 团委会 and 团委会’s next bundle carries it', async ({
  browser,
}, testInfo) => {
  const stations = await twThroughXgc(browser, testInfo);
  const { office, summary: xgc, department: tw, dir } = stations;

  // Up the route: 团委会 → 学生工作处 (L2, forwarded) → the office (L3, its 督导员 signed in).
  await a9ApprovedAtOffice(stations, BEFORE);

  // The 督导员 corrects the cell of the approved slice; the reason is required.
  await openTwCopy(office.page, '学校已审核');
  await expect(office.page.getByTestId('slice-frozen')).toBeVisible();
  await office.page.getByTestId('correct-open').click();
  const dialog = office.page.getByRole('dialog');
  await expect(dialog.getByTestId('correct-current')).toHaveText(BEFORE);
  await dialog.getByLabel('更正为').fill(AFTER);
  await dialog.getByRole('button', { name: '确认更正' }).click();
  await expect(office.page.getByText('请填写更正原因。')).toBeVisible();
  await dialog.getByLabel('更正原因').fill(REASON);
  await dialog.getByRole('button', { name: '确认更正' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(office.page.getByTestId(CELL)).toHaveText(AFTER);
  await expect(office.page.getByTestId('slice-corrections')).toContainText(REASON);

  // The office's feedback goes to 学生工作处 (the route the slice came): its copy takes the correction.
  await importFeedback(xgc, await exportFeedback(office, XGC.department, dir, 'OFFICE-反馈包.sdd'));
  await openTwCopy(xgc.page, '学校已审核');
  await expect(xgc.page.getByTestId('slice-frozen')).toBeVisible();
  await expect(xgc.page.getByTestId(CELL)).toHaveText(AFTER);
  await expect(xgc.page.getByTestId('slice-corrections')).toContainText(REASON);
  await expect(xgc.page.getByTestId('slice-department')).toContainText(TW.department);
  if (testInfo.project.name === 'web')
    await xgc.page.screenshot({ path: testInfo.outputPath('correction-at-xgc.png'), fullPage: true });

  // 学生工作处 relays it to 团委会: the read-only copy shows the corrected value and the correction.
  await importFeedback(tw, await exportFeedback(xgc, TW.department, dir, 'XGC-反馈包.sdd'));
  await openOwnA9(tw.page);
  await expect(tw.page.getByTestId('slice-frozen')).toBeVisible();
  await expect(tw.page.getByTestId(CELL)).toHaveText(AFTER);
  await expect(tw.page.getByTestId('slice-corrections')).toContainText(
    `「${BEFORE}」 → 「${AFTER}」（${SUPERVISOR.name}`,
  );
  if (testInfo.project.name === 'web')
    await tw.page.screenshot({ path: testInfo.outputPath('correction-at-tw.png'), fullPage: true });

  // The write into the read-only copy is in 团委会's audit log, and the chain still verifies.
  await tw.page.getByRole('menuitem', { name: '审计日志' }).click();
  await expect(tw.page.getByTestId('audit-table')).toContainText(AFTER);
  await tw.page.getByRole('button', { name: '检查记录是否被改动' }).click();
  await expect(tw.page.getByTestId('audit-verify')).toContainText('记录完整');

  // 团委会's next bundle carries the corrected value, and 学生工作处 takes it into its frozen copy.
  const next = await exportData(tw, XGC.code, dir, 'TW-数据包-2.sdd');
  const table = unpack(new Uint8Array(await readFile(next))).find((e) => e.name === 'tables/A9-6-1.json');
  expect(table && text(table.bytes)).toContain(AFTER);
  expect(table && text(table.bytes)).not.toContain(`"${BEFORE}"`);
  await importData(xgc, next, dir);
  await openTwCopy(xgc.page, '学校已审核');
  await expect(xgc.page.getByTestId(CELL)).toHaveText(AFTER);
});
