/**
 * 核心数据分析报告 at the 领导小组签发: after the office saves the 审定前快照, the note is generated from it
 * in a Worker as a Word file that names the snapshot, lists the core indicators with their standards and
 * the 未达标 one (10 专任教师, none senior: 具有高级职务教师占专任教师的比例 0 % against 20 %).
 */
import { readFile } from 'node:fs/promises';
import { strFromU8, unzipSync } from 'fflate';
import { test, expect } from './fixtures/app-test';
import { officeWithTeachers } from './fixtures/analysis-steps';

test('the analysis note is built from the named 审定前快照', async ({ app: page }, testInfo) => {
  test.setTimeout(180_000);
  await officeWithTeachers(page, 10);
  await page.getByRole('menuitem', { name: '领导小组签发' }).click();
  const note = page.getByTestId('analysis-note');
  await expect(note.getByRole('button', { name: '生成核心数据分析报告（Word）' })).toBeDisabled();
  await page.getByLabel('快照名称').fill('2025 学年审定前快照');
  await page.getByRole('button', { name: '保存审定前快照' }).click();
  await expect(note).toContainText('按审定前快照“2025 学年审定前快照”计算');

  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 60_000 }),
    note.getByRole('button', { name: '生成核心数据分析报告（Word）' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('汕头职业技术学院2025-2026学年核心数据分析报告.docx');
  const path = testInfo.outputPath('analysis-note.docx');
  await download.saveAs(path);
  const files = unzipSync(new Uint8Array(await readFile(path)));
  const doc = strFromU8(files['word/document.xml']!);
  expect(doc).toContain('数据来源：审定前快照“2025 学年审定前快照”');
  // No earlier year at this station: the table leaves the 上年 column out and says so.
  expect(doc).toContain('核心指标与对标值和规划目标');
  expect(doc).toContain('本站没有上年数据');
  // The 对标 chart, drawn by ECharts in the page at print resolution.
  expect(doc).toContain('图 1　达到对标值的程度');
  expect(Object.keys(files).filter((f) => f.startsWith('word/media/'))).toHaveLength(1);
  expect(doc).toContain('具有高级职务教师占专任教师的比例');
  expect(doc).toContain('设置标准 ≥ 20.0%');
  expect(doc).toContain('未达标');
});
