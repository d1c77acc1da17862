/**
 * 实时采集 on change: 人事处's 校内专任教师基本情况表 (A6-1-1) is kept current when a teacher is hired or
 * leaves (发生变化时, the default for the teachers' basic tables). Handed over to the school, it is never
 * 已过期; 我的任务 shows when it was last updated, and the department reopens it through 更新 on any day
 * with the change as its reason, then edits it; 数据审核's history names the day of the change. Rows, the review record and the slice's last write are
 * seeded through the page's storage.
 */
import type { Submission } from '../../src/shared/review/review-types';
import { test, expect } from './fixtures/app-test';
import { ageSlice, seedSubmission } from './fixtures/review-seed';
import { createYear, openOfficeAs, OFFICE_USERS, signIn, type StationUser } from './fixtures/workspace-steps';
import { pasteText, waitSaved } from './grid-steps';

const DAY = 86_400_000;
const FILLER: StationUser = { role: '信息员', name: '陈信息', pin: '1357' };
const HEAD: StationUser = { role: '负责人', name: '周处长', pin: '2468' };
const station = { role: 'department', departmentCode: 'RSC' } as const;
const AT = new Date(Date.now() - 40 * DAY).toISOString();
const localDay = (iso: string) => {
  const d = new Date(iso);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

const handedOver: Submission = {
  departmentCode: 'RSC',
  tableCode: 'A6-1-1',
  summaryDepartment: null,
  state: 'dept-approved',
  justifications: {},
  history: [
    {
      at: AT,
      actor: { ...FILLER, role: 'filler', station },
      action: 'submit',
      from: 'draft',
      to: 'submitted',
    },
    {
      at: AT,
      actor: { name: HEAD.name, role: 'head', station },
      action: 'approve',
      level: 1,
      from: 'submitted',
      to: 'dept-approved',
    },
  ],
};

test('人事处 records a new teacher through 更新 on its handed-over 发生变化时 table', async ({
  app: page,
}, testInfo) => {
  await createYear(page, {
    schoolName: '示范职业技术学院',
    schoolCode: '13579',
    station: '填报部门',
    department: '人事处',
    users: [FILLER, HEAD],
  });
  await page.evaluate(() =>
    window.sddE2E!.seedRows({ tableCode: 'A6-1-1', rows: [{ values: { employeecode: 'T0001' } }] }),
  );
  await ageSlice(page, 'A6-1-1', AT);
  await seedSubmission(page, handedOver);
  await signIn(page, '学年状态数据', FILLER);

  // 我的任务: no date to miss, so the table shows its last update instead of 已过期.
  const tag = page.getByTestId('update-point-A6-1-1');
  await expect(tag).toContainText('发生变化时更新');
  await expect(tag).toContainText(`最后更新 ${localDay(AT)}`);
  await expect(tag).not.toContainText('已过期');
  if (testInfo.project.name === 'web')
    await page.screenshot({ path: testInfo.outputPath('my-tasks-on-change.png'), fullPage: true });

  await page.getByTestId('my-tasks').getByText('A6-1-1', { exact: true }).click();
  const notice = page.getByTestId('slice-frozen');
  await expect(notice).toContainText('本表在情况变化时更新：如有新进、离职等变化，本部门可点击下方「更新」');
  await expect(notice).not.toContainText('申请更新');
  const due = page.getByTestId('update-due');
  await expect(due).toContainText('本表在发生变化时更新（如教师入职、离职），可随时重新打开本表');
  await expect(page.getByRole('button', { name: '添加行' })).toBeDisabled();
  if (testInfo.project.name === 'web')
    await page.screenshot({ path: testInfo.outputPath('update-on-change.png'), fullPage: true });

  await due.getByTestId('update-open').click();
  const dialog = page.getByRole('dialog');
  await dialog.getByTestId('update-reason').fill('新进教师 张三');
  await dialog.getByRole('button', { name: '确认更新' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('已重新打开，本表可编辑')).toBeVisible();
  await expect(notice).toBeHidden();
  await expect(page.getByRole('button', { name: '添加行' })).toBeEnabled();

  await page.getByRole('button', { name: '添加行' }).click();
  await pasteText(page, '\tT0002\t张三\r\n');
  await waitSaved(page);
  await expect(page.getByTestId('row-count')).toContainText('共 2 行');
  // Back on 我的任务, the table shows today's update.
  await page.getByRole('menuitem', { name: '我的任务' }).click();
  await expect(tag).toContainText(`最后更新 ${localDay(new Date().toISOString())}`);
  // 数据审核's history says the 更新 answered a change on that day, beside its reason.
  await page.getByRole('menuitem', { name: '数据审核' }).click();
  await page
    .getByTestId('review-slices')
    .getByRole('button', { name: /A6-1-1/ })
    .click();
  await page.getByTestId('review-panel').getByRole('tab', { name: '审核记录' }).click();
  const point = page.getByTestId('history-update-point');
  await expect(point).toHaveText(`发生变化时更新 · 变化日期 ${localDay(new Date().toISOString())}`);
  await expect(page.getByTestId('review-history')).toContainText('原因：新进教师 张三');
  if (testInfo.project.name === 'web')
    await page.screenshot({ path: testInfo.outputPath('history-update-point.png'), fullPage: true });
});

test('the office sets 发生变化时 per table in 任务分配, beside the dated points', async ({
  app: page,
}, testInfo) => {
  await openOfficeAs(page, OFFICE_USERS[2]!);
  await page.getByRole('menuitem', { name: '任务分配' }).click();
  // The teachers' basic table is kept current on change by default: ticked, no dates to pick.
  const dates = (table: string) => page.getByLabel(`${table} 更新点（实时采集）`, { exact: true });
  await expect(page.getByLabel('A6-1-1 发生变化时')).toBeChecked();
  await expect(dates('A6-1-1')).toHaveCount(0);
  const students = page.getByLabel('A10-1 发生变化时');
  await expect(students).not.toBeChecked();
  // Dated points are picked from the keyboard, one at a time, each removable by its own named button.
  await dates('A10-1').fill('2026-11-01');
  await dates('A10-1').press('Enter');
  const remove = page.getByRole('button', { name: '删除 A10-1 的更新点 2026-11-01' });
  await expect(remove).toBeVisible();
  await remove.click();
  await expect(remove).toHaveCount(0);
  await students.check();
  await expect(dates('A10-1')).toHaveCount(0);
  if (testInfo.project.name === 'web')
    await page.screenshot({ path: testInfo.outputPath('task-matrix-on-change.png') });
  await page.getByRole('button', { name: '保存', exact: true }).click();
  await expect(page.getByText('任务分配已保存')).toBeVisible();
  // 完成情况 shows the kind and when each slice was last written, never 已过期.
  await page.getByRole('menuitem', { name: '完成情况' }).click();
  const tag = page.getByTestId('completeness-matrix').getByTestId('update-point-A10-1').first();
  await expect(tag).toContainText('发生变化时更新');
  await expect(tag).toContainText('尚未填报');
  if (testInfo.project.name === 'web')
    await page.screenshot({ path: testInfo.outputPath('completeness-on-change.png'), fullPage: true });
});
