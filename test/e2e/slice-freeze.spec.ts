/**
 * A slice handed over for review is read-only in the grid: the notice says why (submitted, by whom,
 * when) and who can make it writable again; typing, paste and the row buttons change nothing, and the
 * writer would refuse anyway. Once the 负责人 returns it, the officer edits again. The review record is
 * seeded through the page's storage, as the review specs walk the review UI itself.
 */
import type { Page } from '@playwright/test';
import type { Submission } from '../../src/shared/review/review-types';
import { test, expect } from './fixtures/app-test';
import { seedSubmission } from './fixtures/review-seed';
import {
  cell,
  clickCell,
  COL,
  OFFICER,
  openStudentTable,
  pasteText,
  reopenStudentTable,
  waitSaved,
} from './grid-steps';

const AT = '2026-09-20T10:00:00.000Z';
const officer = {
  name: OFFICER.name,
  role: 'filler',
  station: { role: 'department', departmentCode: 'XGC' },
} as const;
const head = { ...officer, name: '王处长', role: 'head' } as const;

const submitted: Submission = {
  departmentCode: 'XGC',
  tableCode: 'A10-1',
  summaryDepartment: null,
  state: 'submitted',
  justifications: {},
  history: [{ at: AT, actor: officer, action: 'submit', from: 'draft', to: 'submitted' }],
};
const returned: Submission = {
  ...submitted,
  state: 'draft',
  history: [
    ...submitted.history,
    { at: AT, actor: head, action: 'return', from: 'submitted', to: 'draft', reason: '请核对姓名' },
  ],
};

async function reopenTable(page: Page): Promise<void> {
  await page.getByRole('menuitem', { name: '我的任务' }).click();
  await page.getByTestId('my-tasks').getByText('A10-1', { exact: true }).click();
  await expect(page.getByTestId('entry-grid')).toBeVisible();
  await expect(page.getByTestId('row-count')).toHaveText('共 1 行');
}

test('a submitted slice is read-only with the reason and who can return it; after the return it is editable', async ({
  app: page,
}) => {
  await openStudentTable(page);
  await pasteText(page, '2023001\t张三\t男\r\n');
  await waitSaved(page);

  await seedSubmission(page, submitted);
  await reopenTable(page);
  const banner = page.getByTestId('slice-frozen');
  await expect(banner).toContainText('本表只读：已提交部门负责人审核（李信息，2026-09-20）');
  await expect(banner).toContainText('如需修改，须由本部门负责人退回');
  await expect(page.getByRole('button', { name: '添加行' })).toBeDisabled();
  await expect(page.getByRole('button', { name: '删除行' })).toBeDisabled();

  await clickCell(page, COL.name, 0);
  await page.keyboard.type('李');
  await expect(page.getByTestId('grid-notice')).toContainText(
    '数据只读，未写入任何内容；如需修改，须由本部门负责人退回',
  );
  await page.keyboard.press('Escape');
  await pasteText(page, '2023009\t王五\t女\r\n');
  await expect(page.getByTestId('grid-notice')).toContainText('数据只读');
  await expect(page.getByTestId('grid-notice')).not.toContainText('已粘贴');
  await expect(cell(page, COL.name, 0)).toHaveText('张三');
  await expect(page.getByTestId('row-count')).toHaveText('共 1 行');
  await page.screenshot({ path: test.info().outputPath('read-only-slice.png') });

  // After a reload the slice is still read-only: the rule lives in storage, not in the page.
  await page.reload();
  await reopenStudentTable(page);
  await expect(page.getByTestId('slice-frozen')).toBeVisible();
  await expect(cell(page, COL.name, 0)).toHaveText('张三');

  await seedSubmission(page, returned);
  await reopenTable(page);
  await expect(page.getByTestId('slice-frozen')).toHaveCount(0);
  await clickCell(page, COL.name, 0);
  await page.keyboard.type('张三改');
  await page.keyboard.press('Enter');
  await waitSaved(page);
  await expect(cell(page, COL.name, 0)).toHaveText('张三改');
});
