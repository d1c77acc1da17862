/**
 * last year from an imported archive: the old PC holds 2024-2025 and exports its year
 * archive; the new PC creates 2025-2026, imports the archive on the start page, and the review of A3
 * takes last year from it — the archive is the 同比对象 shown (and selectable) on the checklist, and the
 * jump in 占地面积 is flagged against last year's value.
 */
import { test, expect } from '@playwright/test';
import { openFileVia, openStationPage, saveFileVia, type StationPage } from './fixtures/bundle-stations';
import { SUPERVISOR } from './fixtures/stations';
import { openOfficeAs, signIn } from './fixtures/workspace-steps';
import {
  A3_WITH_SOFT_FAILURE,
  assignToOffice,
  fillForm,
  OFFICE_DEPARTMENT as OFFICE,
  openA3Form,
  openReview,
} from './review-steps';

/** The office's year `academicYear` with its 督导员 signed in, A3 taken as the office's own table and filled. */
async function officeYearWithA3(
  s: StationPage,
  academicYear: string,
  values: Readonly<Record<string, string>>,
): Promise<string> {
  const name = await openOfficeAs(s.page, SUPERVISOR, undefined, academicYear);
  await assignToOffice(s.page, 'A3');
  await openA3Form(s.page);
  await fillForm(s.page, values);
  return name;
}

test('last year from an imported year archive: the 同比对象 on the checklist, the jump flagged', async ({
  browser,
}, testInfo) => {
  test.setTimeout(300_000);
  const dir = testInfo.outputPath('files');
  const oldPc = await openStationPage(browser, testInfo, 'old-pc');
  await officeYearWithA3(oldPc, '2024-2025学年', A3_WITH_SOFT_FAILURE);
  await oldPc.page.getByRole('menuitem', { name: '备份与恢复' }).click();
  const archive = await saveFileVia(
    oldPc,
    oldPc.page.getByRole('button', { name: '导出年度存档…' }),
    dir,
    '2024-2025学年-年度存档.sddbak',
  );

  const newPc = await openStationPage(browser, testInfo, 'new-pc');
  const year = await officeYearWithA3(newPc, '2025-2026学年', { ...A3_WITH_SOFT_FAILURE, 占地面积: '2000' });
  await newPc.page.getByRole('menuitem', { name: '数据审核' }).click();
  await openReview(newPc.page, OFFICE);
  await expect(newPc.page.getByTestId('prev-year')).toContainText('未找到上年数据');

  await newPc.page.getByRole('button', { name: '关闭年度' }).click();
  await openFileVia(newPc, newPc.page.getByRole('button', { name: '导入年度存档…' }), archive);
  await expect(newPc.page.getByRole('row').filter({ hasText: '2024-2025学年状态数据' })).toBeVisible();
  await signIn(newPc.page, year, SUPERVISOR);
  await openReview(newPc.page, OFFICE);
  await expect(newPc.page.getByTestId('prev-year')).toContainText('2024-2025学年状态数据');
  await expect(newPc.page.getByTestId('checklist')).toContainText(
    '占地面积 与上年相比变化 +100.0%（1000 → 2000）',
  );
  if (testInfo.project.name === 'web')
    await newPc.page.screenshot({
      path: process.env.REVIEW_SHOTS_DIR
        ? `${process.env.REVIEW_SHOTS_DIR}/prev-year-archive.png`
        : testInfo.outputPath('prev-year-archive.png'),
      fullPage: true,
    });
});
