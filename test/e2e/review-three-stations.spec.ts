/**
 * the whole loop across three stations in three browser contexts passing real
 * files: 团委会 fills A3 with a soft failure and a 合理性说明, its 负责人 approves and exports; 学生工作处
 * (summary) imports, approves at L2 and forwards; the office imports and returns one cell with a comment;
 * the feedback goes down the route through the summary to the department, where the return shows as a
 * task with the comment; the fix is re-approved and travels up the same route; the office approves, the
 * 领导小组 locks the year (the other tasked slices seeded as school-approved), and the audit log verifies.
 */
import { test, expect } from '@playwright/test';
import type { StationPage } from './fixtures/bundle-stations';
import { LEADER, SUPERVISOR, threeStations, TW as TW_STATION, XGC, YEAR } from './fixtures/stations';
import {
  A3_WITH_SOFT_FAILURE,
  act,
  approveWith,
  expectReopenNeedsReason,
  exportData,
  exportFeedback,
  fillForm,
  importData,
  importFeedback,
  justifySoftFailure,
  lockYear,
  openA3Form,
  openReview,
  returnWithComment,
  SCHOOL_REPORT,
  SOURCE_DOCS,
  switchUser,
} from './review-steps';
import { seedOtherSlicesSchoolApproved } from './fixtures/year-seed';

// About 4 minutes on a loaded 2-core machine; the margin is for the bridge project's signing.
test.setTimeout(600_000);

const { filler: TW_FILLER, head: TW_HEAD, department: TW } = TW_STATION;
const AREA = '学校产权校舍建筑面积—合计';

test('three stations: soft failure justified, L1 → L2 → office return → feedback down → fix → up again → L3 → year lock, audit verified', async ({
  browser,
}, testInfo) => {
  const shot = async (s: StationPage, name: string) => {
    const shots = process.env.REVIEW_SHOTS_DIR;
    if (testInfo.project.name === 'web')
      await s.page.screenshot({
        path: shots ? `${shots}/${name}` : testInfo.outputPath(name),
        fullPage: true,
      });
  };
  // The office routes A3 (学校基本办学条件) to 团委会 through 学生工作处; both stations are set up.
  const tasks = { A3: { responsibleDepartment: TW_STATION.code, summaryDepartment: XGC.code } };
  const stations = await threeStations(browser, testInfo, { summary: XGC, department: TW_STATION, tasks });
  const { office, summary: xgc, department: tw, dir } = stations;

  // 团委会: the 信息员 fills with a soft failure, justifies it and submits; the 负责人 approves and exports.
  await switchUser(tw.page, YEAR, TW_FILLER);
  await openA3Form(tw.page);
  await fillForm(tw.page, A3_WITH_SOFT_FAILURE);
  await openReview(tw.page, TW);
  await justifySoftFailure(tw.page, '部分校舍为租用，不计入学校产权面积');
  await act(tw.page, '提交审核', '已提交，等待负责人审核');
  await switchUser(tw.page, YEAR, TW_HEAD);
  await openReview(tw.page, TW);
  await approveWith(tw.page, [SOURCE_DOCS]);
  const data1 = await exportData(tw, 'XGC', dir, 'TW-数据包-1.sdd');

  // 学生工作处 receives the data with its review record, sees the justification, approves (L2), forwards.
  await importData(xgc, data1, dir);
  await openReview(xgc.page, TW);
  await expect(xgc.page.getByTestId('review-state')).toHaveText('已接收');
  await expect(xgc.page.getByTestId('justification-rule:A3.buildings')).toContainText('部分校舍为租用');
  await approveWith(xgc.page, [SOURCE_DOCS]);
  await expect(xgc.page.getByTestId('review-state')).toHaveText('汇总部门已审核');
  const forward1 = await exportData(xgc, 'forward', dir, 'XGC-汇总转报包-1.sdd');

  // The office (督导员) returns one cell with a comment and sends the feedback down to 学生工作处.
  await switchUser(office.page, YEAR, SUPERVISOR);
  await importData(office, forward1, dir);
  await openReview(office.page, TW);
  await expect(office.page.getByTestId('review-state')).toHaveText('汇总部门已审核');
  await returnWithComment(office.page, '校舍面积与资产台账不一致', AREA, '应为 300，请按资产台账核对');
  // The office is led on to the feedback bundle, which carries the return down; the lead stays on screen.
  const next = office.page.getByTestId('feedback-next');
  await expect(next).toContainText('反馈包');
  await next.getByRole('button', { name: '去导出反馈包' }).click();
  // …and the feedback panel, below the 完成情况 table, is scrolled into view.
  await expect(office.page.getByTestId('feedback-export')).toBeInViewport();
  const feedbackToXgc = await exportFeedback(office, '学生工作处', dir, 'OFFICE-反馈包.sdd');

  // 学生工作处 relays it to 团委会, down the route the data came.
  await importFeedback(xgc, feedbackToXgc);
  await openReview(xgc.page, TW);
  await expect(xgc.page.getByTestId('review-state')).toHaveText('填报中');
  const feedbackToTw = await exportFeedback(xgc, TW, dir, 'XGC-反馈包.sdd');

  // 团委会 sees the returned task with the pinned comment; the 信息员 fixes the cell and resubmits.
  await importFeedback(tw, feedbackToTw);
  await switchUser(tw.page, YEAR, TW_FILLER);
  await expect(tw.page.getByTestId('return-tasks')).toContainText(`${AREA}：应为 300，请按资产台账核对`);
  await shot(tw, 'three-stations-return-task.png');
  await openA3Form(tw.page);
  await fillForm(tw.page, { [AREA]: '300' });
  await openReview(tw.page, TW);
  await expect(tw.page.getByTestId('open-return')).toContainText('校舍面积与资产台账不一致');
  await act(tw.page, '提交审核', '已提交，等待负责人审核');
  await switchUser(tw.page, YEAR, TW_HEAD);
  await openReview(tw.page, TW);
  await approveWith(tw.page, [SOURCE_DOCS]);
  const data2 = await exportData(tw, 'XGC', dir, 'TW-数据包-2.sdd');

  // Up the same route again: 学生工作处 approves the fix and forwards it.
  await importData(xgc, data2, dir);
  await openReview(xgc.page, TW);
  await expect(xgc.page.getByTestId('review-state')).toHaveText('已接收');
  await approveWith(xgc.page, [SOURCE_DOCS]);
  const forward2 = await exportData(xgc, 'forward', dir, 'XGC-汇总转报包-2.sdd');

  // The office sees the change since the return, approves (L3); the 领导小组 locks; the audit log verifies.
  await importData(office, forward2, dir);
  await openReview(office.page, TW);
  await expect(office.page.getByTestId('review-state')).toHaveText('汇总部门已审核');
  await office.page.getByRole('tab', { name: '与上次审核通过相比的变化' }).click();
  await expect(office.page.getByTestId('changes-since-approval')).toContainText('300');
  await office.page.getByRole('tab', { name: '审核清单' }).click();
  await approveWith(office.page, [SOURCE_DOCS, SCHOOL_REPORT]);
  await expect(office.page.getByTestId('review-state')).toHaveText('学校已审核');

  // Every other slice the office's task matrix expects is seeded as school-approved, so the 领导小组
  // signs off the whole year; the office's reopen needs a reason.
  const others = await seedOtherSlicesSchoolApproved(office.page, SUPERVISOR.name, new Date().toISOString());
  await switchUser(office.page, YEAR, LEADER);
  await lockYear(office.page, others + 1);
  await openReview(office.page, TW);
  await expect(office.page.getByTestId('review-state')).toHaveText('已锁定');
  await switchUser(office.page, YEAR, SUPERVISOR);
  await expectReopenNeedsReason(office.page);
  await office.page.getByRole('menuitem', { name: '审计日志' }).click();
  await office.page.getByRole('button', { name: '检查记录是否被改动' }).click();
  await expect(office.page.getByTestId('audit-verify')).toContainText('记录完整');
  const audit = office.page.getByTestId('audit-table');
  await expect(audit).toContainText('退回整改');
  await expect(audit).toContainText('签发锁定全年数据');
  await shot(office, 'three-stations-audit.png');
});
