/**
 * 实时采集: a table with update points shows in 我的任务 when the last one passed without an update
 * (已过期) and when the next is due, and so does 完成情况; once the department updates the table, it is current again.
 * The points are set as 任务分配 saves them (through the e2e hook), around today's date.
 */
import { test, expect } from './fixtures/app-test';
import { createDepartmentYear, reopenStudentTable, typeText, waitSaved } from './grid-steps';

const ymd = (d: Date) =>
  `${d.getFullYear()}${String(d.getMonth() + 1).padStart(2, '0')}${String(d.getDate()).padStart(2, '0')}`;
const shown = (s: string) => `${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6)}`;

test('an update point that passed without an update is 已过期 until the table is updated', async ({
  app: page,
}, testInfo) => {
  const day = 86_400_000;
  const passed = ymd(new Date(Date.now() - 2 * day));
  const next = ymd(new Date(Date.now() + 30 * day));
  await createDepartmentYear(page);
  await page.evaluate(
    (points) => window.sddE2E!.patchTask('A10-1', { updatePoints: points }),
    [passed, next],
  );
  await reopenStudentTable(page);
  await page.getByRole('menuitem', { name: '我的任务' }).click();
  const tag = page.getByTestId('update-point-A10-1');
  await expect(tag).toContainText(`已过期：${shown(passed)} 后未更新`);
  await expect(tag).toContainText(`下次更新 ${shown(next)}`);
  // The completeness matrix shows the same freshness per department and table.
  await page.getByRole('menuitem', { name: '完成情况' }).click();
  await expect(page.getByTestId('completeness-matrix').getByTestId('update-point-A10-1')).toContainText(
    `已过期：${shown(passed)} 后未更新`,
  );
  await page.getByRole('menuitem', { name: '我的任务' }).click();
  if (testInfo.project.name === 'web')
    await page.screenshot({ path: testInfo.outputPath('update-points.png'), fullPage: true });

  // The department updates the table: current again, the next point still ahead.
  await page.getByTestId('my-tasks').getByText('A10-1', { exact: true }).click();
  await expect(page.getByTestId('entry-grid')).toBeVisible();
  await typeText(page, '0025001');
  await page.keyboard.press('Enter');
  await waitSaved(page);
  await page.getByRole('menuitem', { name: '我的任务' }).click();
  await expect(tag).toContainText(`已按 ${shown(passed)} 更新`);
  await expect(tag).toContainText(`下次更新 ${shown(next)}`);
  // Every row of the slice was confirmed within the table's update interval: the matrix says so.
  await page.getByRole('menuitem', { name: '完成情况' }).click();
  await expect(page.getByTestId('freshness-A10-1-XGC')).toHaveText('各行均在更新周期内确认');
  if (testInfo.project.name === 'web')
    await page.screenshot({ path: testInfo.outputPath('completeness-freshness.png'), fullPage: true });
});
