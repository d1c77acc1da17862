/**
 * The report's chapters from a department (docs/report-workflow.md), two stations passing real files:
 * the office assigns 学生发展 to 教务处 and signs it down with its indicator snapshot; 教务处's 信息员
 * drafts it with a data table over its own 开设专业表 and the school's 专任教师数 from the snapshot; its
 * 负责人 signs it up; the office imports it into the report, comments on a passage and returns it; 教务处
 * sees the comment where it was made, fixes the text and resubmits; the office accepts, and the chapter
 * is in the report and in its .docx export. The steps board refuses 分工编撰 while the chapter is open.
 */
import { test, expect, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { strFromU8, unzipSync } from 'fflate';
import { saveFileVia } from './fixtures/bundle-stations';
import { importChapter, officeAndJwc, settled } from './fixtures/chapter-stations';
import { JWC, YEAR } from './fixtures/stations';
import { MAJORS_SLICE, seedReportData, seedSlices } from './fixtures/report-seed';
import { chooseOption } from './fixtures/workspace-steps';
import { switchUser } from './review-steps';

test.setTimeout(600_000);

async function openWorkflow(page: Page): Promise<void> {
  await page.getByRole('menuitem', { name: '报告编制流程' }).click();
  await expect(page.getByTestId('steps-board')).toBeVisible();
}

test('a department writes its chapter with live numbers, the office returns it with a comment, accepts the fix, and exports it', async ({
  browser,
}, testInfo) => {
  const { office, jwc, dir } = await officeAndJwc(browser, testInfo, {
    office: (page) => seedReportData(page, 150),
    jwc: (page) => seedSlices(page, [MAJORS_SLICE], 'department'),
  });

  // The office creates the report, records its plan and assigns 学生发展 to 教务处.
  await office.page.getByRole('menuitem', { name: '质量年报' }).click();
  await office.page.getByTestId('create-report').click();
  await expect(office.page.getByTestId('report-title')).toBeVisible();
  await openWorkflow(office.page);
  const board = office.page.getByTestId('steps-board');
  const doneStep = async (step: string, fields: Record<string, string>) => {
    await board.getByRole('row').filter({ hasText: step }).getByRole('button', { name: '完成' }).click();
    const dialog = await settled(office.page);
    const form = office.page.getByTestId('step-form');
    for (const [label, value] of Object.entries(fields)) await form.getByLabel(label).fill(value);
    await dialog.getByRole('button', { name: '保存' }).click();
  };
  await doneStep('工作方案', { 工作方案名称: '2026年质量年报编制工作方案' });
  await expect(board.getByRole('row').filter({ hasText: '工作方案' })).toContainText('已完成');
  const form = office.page.getByTestId('assign-form');
  await chooseOption(office.page, form.getByTestId('assign-chapter'), '学生发展');
  await chooseOption(office.page, form.getByTestId('assign-department'), '教务处（招生办）');
  await form.getByLabel('截止日期').fill('2099-05-31');
  await form.getByLabel('撰写要求').fill('写清各系部在校生规模');
  await form.getByTestId('assign-submit').click();
  const chapters = office.page.getByTestId('chapter-board');
  await expect(chapters.getByTestId('chapter-state')).toHaveText('起草');
  await doneStep('分工编撰', {});
  await expect(office.page.getByText('还有 1 个分工章节未采纳，不能完成“分工编撰”。')).toBeVisible();
  await office.page.getByRole('dialog').getByRole('button', { name: '取消' }).click();
  await expect(office.page.getByTestId('step-form')).toBeHidden();
  const down1 = await saveFileVia(
    office,
    chapters.getByRole('button', { name: '签名并下发 JWC' }),
    dir,
    'down1.sdd',
  );

  // 教务处's 信息员 drafts with its own table and the school's value from the office's snapshot.
  await switchUser(jwc.page, YEAR, JWC.filler);
  await jwc.page.getByRole('menuitem', { name: '报告章节' }).click();
  await importChapter(jwc, down1, '1 个章节分工');
  await expect(jwc.page.getByTestId('dept-snapshot-banner')).toContainText('督导室');
  const editor = jwc.page.getByTestId('report-editor');
  await editor.locator('p').last().click();
  await jwc.page.keyboard.type('本年度教务处开设专业在校生稳定，全校专任教师数');
  await jwc.page.getByTestId('insert-indicator').click();
  const dialog = jwc.page.getByRole('dialog');
  await chooseOption(jwc.page, dialog.getByTestId('indicator-select'), '专任教师数');
  await dialog.getByRole('button', { name: '插入' }).click();
  // 教务处 holds no teacher table: the 150 is the office's, read from its snapshot (the hover card says so).
  await expect(editor.getByTestId('live-value')).toContainText('150人');
  // Its mark says where the number is from: the office's snapshot and its date, not 草稿数据.
  await expect(editor.getByTestId('live-value').getByTestId('live-mark')).toHaveText(
    /^督导室快照 \d{4}-\d{2}-\d{2}（草稿）$/,
  );
  await editor.getByTestId('live-value').locator('span').first().hover();
  await expect(jwc.page.getByTestId('indicator-card')).toContainText('督导室');
  // The hover card stays while the pointer rests on the value and can cover the toolbar: move away.
  await jwc.page.mouse.move(0, 0);
  await expect(jwc.page.getByTestId('indicator-card')).toBeHidden();
  await jwc.page.keyboard.press('End');
  await jwc.page.keyboard.press('Enter');
  await jwc.page.getByTestId('insert-data-table').click();
  const panel = jwc.page.getByTestId('node-panel');
  await panel.getByText('数据表分组汇总').click();
  await chooseOption(jwc.page, panel.getByTestId('aggregate-table'), 'A7-1-1');
  await chooseOption(jwc.page, panel.getByTestId('aggregate-group'), '所属系部');
  await panel.getByText('求和').click();
  await chooseOption(jwc.page, panel.getByLabel('求和字段'), '在校生数—总人数');
  const table = editor.getByTestId('data-table-node');
  await expect(table.getByRole('row').nth(1)).toContainText('信息工程系');
  await expect(table.getByRole('row').nth(1)).toContainText('1540');
  await expect(table.getByTestId('live-mark')).toHaveText('本部门数据');
  await jwc.page.getByTestId('save-chapter').click();
  await expect(jwc.page.getByText('已保存').first()).toBeVisible();

  // Its 负责人 approves by signing the chapter up to the office.
  await switchUser(jwc.page, YEAR, JWC.head);
  await jwc.page.getByRole('menuitem', { name: '报告章节' }).click();
  await expect(editor.getByTestId('live-value')).toContainText('150人');
  const up1 = await saveFileVia(jwc, jwc.page.getByTestId('submit-chapter'), dir, 'up1.sdd');
  await expect(jwc.page.getByTestId('dept-chapter-state')).toHaveText('已提交');

  // The office imports it into the report, comments on the passage and returns it.
  await importChapter(office, up1, '第 1 稿（金处长 审核）');
  await expect(chapters.getByTestId('chapter-state')).toHaveText('已提交');
  await office.page.getByRole('menuitem', { name: '质量年报' }).click();
  await office.page.getByTestId('chapter-menu').getByText('学生发展').click();
  const master = office.page.getByTestId('report-editor');
  await expect(master).toContainText('本年度教务处开设专业在校生稳定');
  await expect(master.getByTestId('live-value')).toContainText('150人');
  await master.locator('p').filter({ hasText: '本年度教务处' }).click({ clickCount: 3 });
  await office.page.getByRole('button', { name: '批注' }).click();
  const commentDialog = await settled(office.page);
  await commentDialog.getByRole('textbox').fill('请补充参与学生人次');
  await commentDialog.getByRole('button', { name: '确定' }).click();
  await office.page.getByTestId('save-chapter').click();
  await expect(office.page.getByText('已保存').first()).toBeVisible();
  await openWorkflow(office.page);
  await chapters.getByRole('button', { name: '退回修改' }).click();
  const returnDialog = await settled(office.page);
  await returnDialog.getByRole('textbox').fill('请按批注补充');
  const down2 = await saveFileVia(
    office,
    returnDialog.getByRole('button', { name: '确定' }),
    dir,
    'down2.sdd',
  );
  await expect(chapters.getByTestId('chapter-state')).toHaveText('退回修改');

  // 教务处 sees the comment where it was made, fixes the text and resubmits.
  await importChapter(jwc, down2, '1 条审阅意见');
  await expect(jwc.page.getByTestId('returned-note')).toContainText('请按批注补充');
  await expect(editor.locator('span[data-comment-id]')).toHaveAttribute('data-comment', '请补充参与学生人次');
  await editor.locator('p').filter({ hasText: '本年度教务处' }).click();
  await jwc.page.keyboard.press('End');
  await jwc.page.keyboard.type('，全年参与学生3000人次。');
  await jwc.page.getByTestId('save-chapter').click();
  await expect(jwc.page.getByText('已保存').first()).toBeVisible();
  const up2 = await saveFileVia(jwc, jwc.page.getByTestId('submit-chapter'), dir, 'up2.sdd');

  // The office accepts the fix; the chapter is in the report and its .docx export.
  await importChapter(office, up2, '第 2 稿');
  await chapters.getByRole('button', { name: '采纳' }).click();
  await expect(chapters.getByTestId('chapter-state')).toHaveText('已采纳');
  await office.page.getByRole('menuitem', { name: '质量年报' }).click();
  await office.page.getByTestId('chapter-menu').getByText('学生发展').click();
  await expect(master).toContainText('全年参与学生3000人次');
  await office.page.getByRole('tab', { name: '导出' }).click();
  const [docx] = await Promise.all([
    office.page.waitForEvent('download'),
    office.page.getByTestId('export-docx').click(),
  ]);
  const body = strFromU8(
    unzipSync(new Uint8Array(await readFile((await docx.path())!)))['word/document.xml']!,
  );
  expect(body).toContain('全年参与学生3000人次');
  expect(body).toContain('150人');
});
