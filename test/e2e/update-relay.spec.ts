/**
 * 申请更新 relayed through a summary department, three stations passing real files: 团委会's A9-6-1,
 * handed over and approved up the route (学生工作处 L2, the office L3), is frozen at 团委会, which asks
 * 申请更新 with a reason; the request rides in its data bundle to 学生工作处 and in 学生工作处's forward to
 * the office, which lists it as 团委会（经学生工作处）; the 督导员 grants it, and the answer travels back
 * down the same route in the office's feedback (学生工作处's copy reopens) and 学生工作处's (团委会's
 * does): the table is 填报中 again and 团委会 edits it.
 */
import { test, expect } from '@playwright/test';
import {
  a9ApprovedAtOffice,
  A9_NAME_CELL,
  openOwnA9,
  openTwCopy,
  twThroughXgc,
} from './fixtures/relay-steps';
import { TW, XGC } from './fixtures/stations';
import { exportData, exportFeedback, importData, importFeedback, openReview } from './review-steps';

test.setTimeout(300_000);

const REASON = '新增一项省级获奖，需补录';

test('a 申请更新 goes 团委会 → 学生工作处 → office, is granted, and the answer reopens the table back down the route', async ({
  browser,
}, testInfo) => {
  const stations = await twThroughXgc(browser, testInfo);
  const { office, summary: xgc, department: tw, dir } = stations;
  await a9ApprovedAtOffice(stations, '挑战杯');

  // 团委会's handed-over table is read-only; it asks 申请更新 (a reason is required).
  await openOwnA9(tw.page);
  await expect(tw.page.getByTestId('slice-frozen')).toBeVisible();
  await tw.page.getByTestId('update-ask').click();
  const ask = tw.page.getByRole('dialog');
  await ask.getByRole('button', { name: '提交申请' }).click();
  await expect(ask).toContainText('请填写申请理由');
  await ask.getByTestId('update-reason').fill(REASON);
  await ask.getByRole('button', { name: '提交申请' }).click();
  await expect(ask).toBeHidden();
  const asked = tw.page.getByTestId('update-request');
  await expect(asked).toContainText(`申请更新（${REASON}），等待学校督导室答复`);
  await expect(asked).toContainText('学生工作处');

  // Its data bundle goes to 学生工作处, whose forward carries the request on to the office.
  await importData(xgc, await exportData(tw, XGC.code, dir, 'TW-数据包-2.sdd'), dir);
  await importData(office, await exportData(xgc, 'forward', dir, 'XGC-汇总转报包-2.sdd'), dir);

  // The office lists it as 团委会（经学生工作处）; the 督导员 grants it and the office copy reopens.
  await office.page.getByRole('menuitem', { name: '数据审核' }).click();
  const requests = office.page.getByTestId('update-requests');
  const row = requests.getByRole('row').filter({ hasText: 'A9-6-1' });
  await expect(row).toContainText('团委会（经学生工作处）');
  await expect(row).toContainText(REASON);
  await row.getByRole('button', { name: '同意', exact: true }).click();
  const grant = office.page.getByRole('dialog');
  await grant.getByRole('button', { name: '同意', exact: true }).click();
  await expect(grant).toBeHidden();
  await expect(requests).toBeHidden();
  await openReview(office.page, TW.department, 'A9-6-1');
  await expect(office.page.getByTestId('review-state')).toHaveText('填报中');

  // The answer goes down the route: 学生工作处's copy reopens, then 团委会's.
  await importFeedback(xgc, await exportFeedback(office, XGC.department, dir, 'OFFICE-反馈包.sdd'));
  await openReview(xgc.page, TW.department, 'A9-6-1');
  await expect(xgc.page.getByTestId('review-state')).toHaveText('填报中');
  await importFeedback(tw, await exportFeedback(xgc, TW.department, dir, 'XGC-反馈包.sdd'));
  await openReview(tw.page, TW.department, 'A9-6-1');
  await expect(tw.page.getByTestId('review-state')).toHaveText('填报中');

  // 团委会 edits the table again.
  await openOwnA9(tw.page);
  await expect(tw.page.getByTestId('slice-frozen')).toHaveCount(0);
  await tw.page.keyboard.type('挑战杯（省级）');
  await tw.page.keyboard.press('Enter');
  await expect(tw.page.getByTestId(A9_NAME_CELL)).toHaveText('挑战杯（省级）');
  await expect(tw.page.getByTestId('save-state')).toHaveText('已自动保存');
  if (testInfo.project.name === 'web')
    await tw.page.screenshot({ path: testInfo.outputPath('update-granted-at-tw.png'), fullPage: true });
  // 学生工作处 still shows its copy of 团委会's table as it came, until 团委会 sends the update.
  await openTwCopy(xgc.page, '填报中');
  await expect(xgc.page.getByTestId(A9_NAME_CELL)).toHaveText('挑战杯');
});
