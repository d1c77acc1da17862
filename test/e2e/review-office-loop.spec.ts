/**
 * The review loop within one office station (no bundles needed): the office's own table goes through fill with
 * a soft failure + 合理性说明, L1 approval, receive, a return with a comment pinned to one cell, the fix,
 * re-approval with the changes since the last approval shown, L3 approval, the 领导小组's lock, and an
 * audit log that verifies — and names the first broken link once an event is tampered with.
 */
import { test, expect } from './fixtures/app-test';
import { OFFICE_USERS, openOfficeAs, type StationUser } from './fixtures/workspace-steps';
import {
  A3_WITH_SOFT_FAILURE,
  act,
  assignToOffice,
  expectYearLockRefused,
  fillForm,
  justifySoftFailure,
  openA3Form,
  OFFICE_DEPARTMENT as OFFICE,
  openReview,
  returnWithComment,
  switchUser,
} from './review-steps';

const [FILLER, HEAD, SUPERVISOR, LEADER] = OFFICE_USERS as readonly [
  StationUser,
  StationUser,
  StationUser,
  StationUser,
];

test('office table: soft failure justified, returned with a cell comment, fixed, approved, locked, audit verified', async ({
  app: page,
}, testInfo) => {
  test.setTimeout(300_000);
  // REVIEW_SHOTS_DIR keeps the screenshots out of test-results/, which other specs' runs clear.
  const shot = async (name: string) => {
    const dir = process.env.REVIEW_SHOTS_DIR;
    if (testInfo.project.name === 'web')
      await page.screenshot({ path: dir ? `${dir}/${name}` : testInfo.outputPath(name), fullPage: true });
  };
  // The office takes A3 as its own table, so one station holds every step of the route.
  const yearName = await openOfficeAs(page, SUPERVISOR);
  await assignToOffice(page, 'A3');

  // 信息员 fills with a soft failure, justifies it and submits.
  await switchUser(page, yearName, FILLER);
  await openA3Form(page);
  await fillForm(page, A3_WITH_SOFT_FAILURE);
  await openReview(page, OFFICE);
  await justifySoftFailure(page, '部分校舍为租用，不计入学校产权面积');
  await act(page, '提交审核', '已提交，等待负责人审核');

  // 负责人 sees the justification accepted, ticks the manual item and approves (L1).
  await switchUser(page, yearName, HEAD);
  await openReview(page, OFFICE);
  await expect(page.getByTestId('justification-rule:A3.buildings')).toContainText('部分校舍为租用');
  await page.getByLabel('已对照原始台账或业务系统核对主要数据').check();
  await act(page, '审核通过', '已审核通过');
  await expect(page.getByTestId('review-state')).toHaveText('部门已审核');

  // 督导员 receives and returns one cell with a comment.
  await switchUser(page, yearName, SUPERVISOR);
  await openReview(page, OFFICE);
  await act(page, '接收', '已接收');
  await returnWithComment(
    page,
    '校舍面积与资产台账不一致',
    '学校产权校舍建筑面积—合计',
    '应为 300，请按资产台账核对',
  );

  // The return shows at the filling department as a task, with the pinned comment; the 信息员 fixes it.
  await switchUser(page, yearName, FILLER);
  await expect(page.getByTestId('return-tasks')).toContainText(
    '学校产权校舍建筑面积—合计：应为 300，请按资产台账核对',
  );
  await shot('return-task.png');
  await openA3Form(page);
  await fillForm(page, { '学校产权校舍建筑面积—合计': '300' });
  await openReview(page, OFFICE);
  await expect(page.getByTestId('open-return')).toContainText('校舍面积与资产台账不一致');
  await expect(page.getByTestId('check-rule:A3.buildings')).toBeVisible();
  await act(page, '提交审核', '已提交，等待负责人审核');

  await switchUser(page, yearName, HEAD);
  await openReview(page, OFFICE);
  await page.getByLabel('已对照原始台账或业务系统核对主要数据').check();
  await act(page, '审核通过', '已审核通过');
  await page.getByRole('menuitem', { name: '我的任务' }).click();
  await expect(page.getByTestId('return-tasks')).toHaveCount(0);

  // 督导员 sees what changed since the last approval, ticks both manual items and approves (L3).
  await switchUser(page, yearName, SUPERVISOR);
  await openReview(page, OFFICE);
  await act(page, '接收', '已接收');
  await page.getByRole('tab', { name: '与上次审核通过相比的变化' }).click();
  await expect(page.getByTestId('changes-since-approval')).toContainText('修改 1 行');
  await expect(page.getByTestId('changes-since-approval')).toContainText('300');
  await page.getByRole('tab', { name: '审核清单' }).click();
  await page.getByLabel('已对照原始台账或业务系统核对主要数据').check();
  await page.getByLabel('已与学校年度质量报告中的同口径数据核对').check();
  await shot('checklist.png');
  await act(page, '审核通过', '已审核通过');
  await expect(page.getByTestId('review-state')).toHaveText('学校已审核');

  // 领导小组: the year cannot be locked while other tables are missing; this table is signed off.
  await switchUser(page, yearName, LEADER);
  await page.getByRole('menuitem', { name: '完成情况' }).click();
  await expect(page.getByTestId('completeness-matrix')).toBeVisible();
  await page.getByTestId('year-lock-link').getByRole('button', { name: '前往领导小组签发' }).click();
  await expectYearLockRefused(page);
  await shot('matrix.png');
  await openReview(page, OFFICE);
  await act(page, '签发锁定', '已签发锁定');
  await expect(page.getByTestId('review-state')).toHaveText('已锁定');

  // 审计日志 verifies, shows the decisions, and names the first broken link after tampering.
  await switchUser(page, yearName, SUPERVISOR);
  await page.getByRole('menuitem', { name: '审计日志' }).click();
  await page.getByRole('button', { name: '检查记录是否被改动' }).click();
  await expect(page.getByTestId('audit-verify')).toContainText('记录完整');
  // Plain words on the row; the hashes wait behind 详情.
  const auditTable = page.getByTestId('audit-table');
  await expect(auditTable).not.toContainText('哈希');
  await auditTable.getByRole('button', { name: '详情' }).first().click();
  await expect(auditTable.getByTestId('tech-details')).toContainText('本条校验值');
  await expect(page.getByTestId('audit-table')).toContainText('退回整改');
  await expect(page.getByTestId('audit-table')).toContainText('签发锁定');
  await shot('audit.png');
  const tampered = await page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((ok, ko) => {
      const r = indexedDB.open('status-data-desk');
      r.onsuccess = () => ok(r.result);
      r.onerror = () => ko(r.error);
    });
    const store = db.transaction('audit', 'readwrite').objectStore('audit');
    const all = await new Promise<Array<{ seq: number; kind: string; summary: Record<string, unknown> }>>(
      (ok) => {
        const q = store.getAll();
        q.onsuccess = () =>
          ok(q.result as Array<{ seq: number; kind: string; summary: Record<string, unknown> }>);
      },
    );
    const victim = all.find((e) => e.kind === 'review.return');
    if (!victim) return -1;
    victim.summary = { ...victim.summary, reason: '（被篡改）' };
    await new Promise((ok) => {
      const w = store.put(victim);
      w.onsuccess = ok;
    });
    db.close();
    return victim.seq;
  });
  expect(tampered).toBeGreaterThan(0);
  await page.getByRole('button', { name: '检查记录是否被改动' }).click();
  await expect(page.getByTestId('audit-verify')).toContainText(`从第 ${tampered} 条记录起与原记录不符`);
});
