/**
 * 实时采集 on a frozen slice at its department: when an update point passed since the slice was last
 * written, 更新 reopens the table to 填报中 with a reason; without a due point the department asks the
 * office instead (申请更新), and the grid says the request waits for the office's answer. Review records
 * and the slice's last write are seeded through the page's storage.
 */
import type { Page } from '@playwright/test';
import type { Submission } from '../../src/shared/review/review-types';
import { test, expect } from './fixtures/app-test';
import { ageSlice, seedSubmission } from './fixtures/review-seed';
import { OFFICER, openStudentTable, pasteText, waitSaved } from './grid-steps';

const DAY = 86_400_000;
const ymd = (d: Date) =>
  `${d.getFullYear()}${String(d.getMonth() + 1).padStart(2, '0')}${String(d.getDate()).padStart(2, '0')}`;
const shown = (s: string) => `${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6)}`;

const station = { role: 'department', departmentCode: 'XGC' } as const;
const officer = { name: OFFICER.name, role: 'filler', station } as const;
const head = { name: '王处长', role: 'head', station } as const;
const AT = new Date(Date.now() - 5 * DAY).toISOString();

const handedOver: Submission = {
  departmentCode: 'XGC',
  tableCode: 'A10-1',
  summaryDepartment: null,
  state: 'dept-approved',
  justifications: {},
  history: [
    { at: AT, actor: officer, action: 'submit', from: 'draft', to: 'submitted' },
    { at: AT, actor: head, action: 'approve', level: 1, from: 'submitted', to: 'dept-approved' },
  ],
};

async function frozenTable(page: Page, points: readonly string[]): Promise<void> {
  await openStudentTable(page);
  await pasteText(page, '2023001\t张三\t男\r\n');
  await waitSaved(page);
  if (points.length > 0)
    await page.evaluate((p) => window.sddE2E!.patchTask('A10-1', { updatePoints: p }), [...points]);
  await ageSlice(page, 'A10-1', AT);
  await seedSubmission(page, handedOver);
  await page.getByRole('menuitem', { name: '我的任务' }).click();
  await page.getByTestId('my-tasks').getByText('A10-1', { exact: true }).click();
  await expect(page.getByTestId('slice-frozen')).toBeVisible();
}

async function giveReason(page: Page, ok: string, reason: string): Promise<void> {
  const dialog = page.getByRole('dialog');
  await dialog.getByTestId('update-reason').fill(reason);
  await dialog.getByRole('button', { name: ok }).click();
  await expect(dialog).toBeHidden();
}

test('a due update point reopens the handed-over table to 填报中 through 更新', async ({
  app: page,
}, testInfo) => {
  const point = ymd(new Date(Date.now() - 2 * DAY));
  await frozenTable(page, [point]);
  const due = page.getByTestId('update-due');
  await expect(due).toContainText(`更新点 ${shown(point)} 已到`);
  // The read-only notice says the same as the 更新 bar, not that the school must return the table.
  const notice = page.getByTestId('slice-frozen');
  await expect(notice).toContainText(`更新点 ${shown(point)} 已到：本部门可点击下方「更新」重新打开本表`);
  await expect(notice).not.toContainText('退回');
  await expect(page.getByRole('button', { name: '添加行' })).toBeDisabled();
  if (testInfo.project.name === 'web')
    await page.screenshot({ path: testInfo.outputPath('update-due.png'), fullPage: true });

  await due.getByTestId('update-open').click();
  await giveReason(page, '确认更新', '11 月新生注册后更新');
  await expect(page.getByText('已重新打开，本表可编辑')).toBeVisible();
  await expect(page.getByTestId('slice-frozen')).toBeHidden();
  await expect(page.getByRole('button', { name: '添加行' })).toBeEnabled();
});

test('without a due point the department asks the office (申请更新) and sees it waiting', async ({
  app: page,
}, testInfo) => {
  await frozenTable(page, []);
  const request = page.getByTestId('update-request');
  await expect(request).toContainText('本表已报送，如学年中情况有变，可申请更新。');
  const notice = page.getByTestId('slice-frozen');
  await expect(notice).toContainText(
    '如需修改，可在下方申请更新（学校督导室同意后恢复为可编辑），或由学校督导员退回。',
  );
  await request.getByTestId('update-ask').click();
  await giveReason(page, '提交申请', '转专业学生 2 人');
  await expect(request).toContainText('申请更新（转专业学生 2 人），等待学校督导室答复');
  await expect(request.getByTestId('update-ask')).toHaveCount(0);
  await expect(notice).toContainText('本部门已申请更新，学校督导室同意后恢复为可编辑');
  await expect(page.getByRole('button', { name: '添加行' })).toBeDisabled();
  if (testInfo.project.name === 'web')
    await page.screenshot({ path: testInfo.outputPath('update-request.png'), fullPage: true });
});
