/**
 * 对标分析 over the years: the office station holds 2024-2025 (8 专任教师) and 2025-2026 (10), none of
 * them with a senior title. The analysis of 2025-2026 lists last year's value beside this year's (历年),
 * and 具有高级职务教师占专任教师的比例, 未达标 in both years, carries 连续两年未达标.
 */
import { test, expect } from './fixtures/app-test';
import { seedSlices, type SeedSlice } from './fixtures/report-seed';
import { createYear, OFFICE_USERS, signIn, type StationUser } from './fixtures/workspace-steps';

const SUPERVISOR = OFFICE_USERS[2] as StationUser;
const SCHOOL = { schoolName: '汕头职业技术学院', schoolCode: '12954', station: '督导室（学校）' as const };

const teachers = (n: number): SeedSlice => ({
  tableCode: 'A6-1-1',
  departmentCode: 'RSC',
  rows: Array.from({ length: n }, (_, i) => ({
    employeecode: `T${String(i).padStart(5, '0')}`,
    name: `教师${i}`,
    majordeep: '中级',
  })),
});

test('the analysis shows earlier years and an indicator 未达标 two years running', async ({
  app: page,
}, testInfo) => {
  test.setTimeout(180_000);
  await createYear(page, { ...SCHOOL, academicYear: '2024-2025学年', users: OFFICE_USERS });
  await createYear(page, { ...SCHOOL, academicYear: '2025-2026学年', users: OFFICE_USERS });
  await seedSlices(page, [teachers(8)], 'office', 2024);
  await seedSlices(page, [teachers(10)], 'office', 2025);
  await signIn(page, '2025-2026学年状态数据', SUPERVISOR);
  await page.getByRole('menuitem', { name: '对标分析' }).click();
  await expect(page.getByTestId('value-teachers.full-time')).toHaveText('10 人');
  await expect(page.getByTestId('trend-teachers.full-time')).toHaveText('2024-2025学年：8 人');
  const senior = 'monitor.senior-teachers';
  await expect(page.getByTestId(`trend-${senior}`)).toHaveText('2024-2025学年：0.0%（未达标）');
  await expect(page.getByTestId(`status-${senior}`)).toHaveText('未达标');
  await expect(page.getByTestId(`streak-${senior}`)).toHaveText('连续两年未达标');
  if (testInfo.project.name === 'web')
    await page.screenshot({ path: testInfo.outputPath('analysis-trend.png'), fullPage: true });
});
