/**
 * The grid beside the review: row rules marked on their cells as you type (error vs warning), counted
 * with the type errors and listed in 问题清单; table rules this station cannot judge say 本站无法判断;
 * a head's return pins a comment on a cell, which the 信息员's grid marks, explains and tracks.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures/app-test';
import {
  canvasPixel,
  cell,
  cellPoint,
  COL,
  expectActive,
  gridInput,
  openStudentTable,
  OFFICER,
  pasteText,
  waitSaved,
  YEAR,
} from './grid-steps';
import type { StationUser } from './fixtures/workspace-steps';
import { act, switchUser } from './review-steps';

const HEAD: StationUser = { role: '负责人', name: '王处长', pin: '2468' };

/** A10-1 row: 学号, 姓名, 性别 (required), 出生日期 and 入学日期（年月）, other cells empty. */
function studentRow(no: string, name: string, birthday: string, admission: string): string {
  const cells = Array.from({ length: COL.admission + 1 }, () => '');
  cells[COL.no] = no;
  cells[COL.name] = name;
  cells[COL.sex] = '男';
  cells[COL.birthday] = birthday;
  cells[COL.admission] = admission;
  return cells.join('\t');
}

async function openA10Review(page: Page): Promise<void> {
  await page.getByRole('menuitem', { name: '数据审核' }).click();
  await page.getByTestId('review-slices').getByRole('row').filter({ hasText: 'A10-1' }).first().click();
  await expect(page.getByTestId('review-panel')).toBeVisible();
}

test('row rules mark cells and count as errors, table rules say 本站无法判断, a returned cell comment is marked and tracked', async ({
  app: page,
}) => {
  test.setTimeout(180_000);
  await openStudentTable(page);
  // Row 1 is born after its admission (rule A10-1.birth-before-admission, high); row 2's birthday is no date.
  await pasteText(
    page,
    `${studentRow('S1', '甲', '20100901', '200909')}\r\n${studentRow('S2', '乙', '2005年13月1日', '')}\r\n`,
  );
  await expect(page.getByTestId('row-count')).toHaveText('共 2 行');
  await expect(page.getByTestId('error-count')).toHaveText('错误 2');
  await page.getByTestId('toggle-issues').click();
  await expect(page.getByTestId('issue-item').filter({ hasText: '2005年13月1日' })).toHaveCount(1);
  await expect(page.getByTestId('rule-item')).toHaveCount(1);
  await expect(page.getByTestId('rule-item')).toContainText('规则错误');
  await expect(page.getByTestId('rule-item')).toContainText('不早于入学日期');
  // Last year's data is not on this station: the year-over-year rule is not judged either way.
  await expect(page.getByTestId('table-rule-item').filter({ hasText: '较上年' })).toContainText(
    '本站无法判断',
  );
  await expect(page.getByTestId('undecidable-count')).toBeVisible();

  // Jumping to the failure selects the birthday cell; its note explains, its left edge carries the red bar.
  await page.getByTestId('rule-item').click();
  await expectActive(page, COL.birthday, 0);
  await expect(page.getByTestId('cell-note')).toContainText('规则错误：出生日期');
  const p = await cellPoint(page, COL.birthday, 0);
  await expect.poll(() => canvasPixel(page, p.x - 20 + 2, p.y)).toEqual([245, 34, 45]);

  // Correcting the admission month clears the rule at once; the type error stays.
  await page.getByTestId('grid-search').locator('input').fill('200909');
  await page.getByTestId('grid-search').locator('input').press('Enter');
  await expectActive(page, COL.admission, 0);
  await gridInput(page).focus();
  await page.keyboard.type('201109');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('error-count')).toHaveText('错误 1');
  await expect(page.getByTestId('rule-item')).toHaveCount(0);
  // A cell in error blocks the submit, so the officer also corrects row 2's birthday.
  await page.getByTestId('grid-search').locator('input').fill('2005年13月1日');
  await page.getByTestId('grid-search').locator('input').press('Enter');
  await expectActive(page, COL.birthday, 1);
  await gridInput(page).focus();
  await page.keyboard.type('20051201');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('error-count')).toHaveText('错误 0');
  await waitSaved(page);

  // The officer submits; the head returns the table with a comment pinned to 姓名 of row 1.
  await openA10Review(page);
  await act(page, '提交审核', '已提交，等待负责人审核');
  await switchUser(page, YEAR, HEAD);
  await openA10Review(page);
  await page.getByTestId('review-actions').getByRole('button', { name: '退回整改' }).click();
  await page.getByLabel('退回原因（必填）').fill('姓名与学籍系统不一致');
  await page.getByRole('button', { name: '添加批注' }).click();
  const commentRow = page.getByTestId('comment-row');
  await commentRow.getByLabel('字段').click();
  await page.keyboard.type('姓名');
  await page
    .locator('.ant-select-dropdown:visible .ant-select-item-option')
    .filter({ hasText: /^姓名$/ })
    .first()
    .click();
  await commentRow.getByLabel('批注内容').fill('应为「甲一」，请核对学籍系统');
  await page.getByRole('button', { name: '确认退回' }).click();
  await expect(page.getByTestId('review-state')).toHaveText('填报中');

  // The officer's grid: a red triangle on the cell, the comment in the panel and beside the cell.
  await switchUser(page, YEAR, OFFICER);
  await page.getByRole('menuitem', { name: '我的任务' }).click();
  await page.getByTestId('my-tasks').getByText('A10-1', { exact: true }).click();
  await expect(page.getByTestId('comment-count')).toHaveText('批注 待改 1/1');
  await page.getByTestId('toggle-issues').click();
  await expect(page.getByTestId('comment-item')).toContainText('应为「甲一」，请核对学籍系统');
  await expect(page.getByTestId('comment-item')).toContainText('待修改');
  // The jump needs the grid drawn with its rows; the panel can be ready before the grid is.
  await expect(cell(page, COL.name, 0)).toHaveText('甲');
  await page.getByTestId('comment-item').click();
  await expectActive(page, COL.name, 0);
  await expect(page.getByTestId('cell-note')).toContainText('审核批注（王处长）');
  const n = await cellPoint(page, COL.name, 0);
  await expect.poll(() => canvasPixel(page, n.x - 20 + 140 - 4, n.y - 15 + 3)).toEqual([245, 34, 45]);

  // Changing the value turns the comment into 已修改 with both values shown.
  await gridInput(page).focus();
  await page.keyboard.type('甲一');
  await page.keyboard.press('Enter');
  await expect(cell(page, COL.name, 0)).toHaveText('甲一');
  await expect(page.getByTestId('comment-count')).toHaveText('批注 待改 0/1');
  await expect(page.getByTestId('comment-item')).toContainText('已修改');
  await expect(page.getByTestId('comment-item')).toContainText('退回时：甲 → 现在：甲一');
  await expect.poll(() => canvasPixel(page, n.x - 20 + 140 - 4, n.y - 15 + 3)).toEqual([82, 196, 26]);
  await waitSaved(page);
});
