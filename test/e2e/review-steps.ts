/**
 * Steps shared by the review specs: switch users, fill the A3 form, open a slice on 数据审核, justify,
 * approve and return; and, across stations, export and import data, forward and feedback bundles.
 */
import { expect, type Page } from '@playwright/test';
import {
  enterPassphrase,
  exchangeTab,
  openFileVia,
  PASSPHRASE,
  saveFileVia,
  type StationPage,
} from './fixtures/bundle-stations';
import { chooseOption, signIn, type StationUser } from './fixtures/workspace-steps';

/** Closes the open year and signs `user` in (the PIN switch a shared office PC uses). */
export async function switchUser(page: Page, yearName: string, user: StationUser): Promise<void> {
  await page.getByRole('button', { name: '关闭年度' }).click();
  await signIn(page, yearName, user);
}

/** Types values into the single-record form by field label; each input saves on blur. */
export async function fillForm(page: Page, values: Readonly<Record<string, string>>): Promise<void> {
  for (const [label, value] of Object.entries(values)) {
    const input = page.getByLabel(label, { exact: true });
    await input.fill(value);
    await input.blur();
  }
}

export async function openA3Form(page: Page): Promise<void> {
  await page.getByRole('menuitem', { name: '我的任务' }).click();
  await page.getByTestId('my-tasks').getByText('A3', { exact: true }).click();
  await expect(page.getByLabel('占地面积', { exact: true })).toBeVisible();
}

/** Opens 数据审核 and picks the slice of `table` (A3 unless told) of the given department. */
export async function openReview(page: Page, departmentName: string, table = 'A3'): Promise<void> {
  await page.getByRole('menuitem', { name: '数据审核' }).click();
  const list = page.getByTestId('review-slices');
  await expect(list.getByRole('row').nth(1)).toBeVisible();
  const row = list
    .getByRole('row')
    .filter({ hasText: `${table} ` })
    .filter({ hasText: departmentName })
    .first();
  // The list is paged: turn pages (at most ten) until the slice shows.
  const next = list
    .locator('xpath=ancestor::div[contains(@class,"ant-table-wrapper")][1]')
    .locator('.ant-pagination-next');
  for (let turns = 0; turns < 10; turns++) {
    const shown = await row.waitFor({ state: 'visible', timeout: 2000 }).then(
      () => true,
      () => false,
    );
    if (shown || (await next.count()) === 0) break;
    if (((await next.getAttribute('class')) ?? '').includes('ant-pagination-disabled')) break;
    await next.click();
  }
  await row.click();
  await expect(page.getByTestId('review-panel')).toBeVisible();
  await expect(page.getByTestId('checklist')).toBeVisible();
}

export async function act(page: Page, action: string, done: string): Promise<void> {
  await page.getByTestId('review-actions').getByRole('button', { name: action }).click();
  await expect(page.getByText(done).first()).toBeVisible();
}

/** Required A3 cells, and a 校舍面积合计 below the sum of its parts (A3.buildings, a medium rule: soft). */
export const A3_WITH_SOFT_FAILURE: Readonly<Record<string, string>> = {
  占地面积: '1000',
  教学科研及辅助用房: '200',
  行政办公用房: '50',
  '教学、科研仪器设备—资产总值': '5000',
  '纸质图书—总册数': '100000',
  '学校产权校舍建筑面积—合计': '100',
};

/** The 信息员 writes the 合理性说明 for the A3 soft failure on the open review panel. */
export async function justifySoftFailure(page: Page, text: string): Promise<void> {
  await expect(page.getByTestId('check-rule:A3.buildings')).toContainText(
    '校舍面积合计 100 小于分项之和 250',
  );
  await page.getByLabel('合理性说明 rule:A3.buildings').fill(text);
  await page.getByRole('button', { name: '保存说明' }).click();
  await expect(page.getByText('合理性说明已保存')).toBeVisible();
}

/** Ticks the manual checklist items and approves the open slice. */
export async function approveWith(page: Page, manualItems: readonly string[]): Promise<void> {
  for (const item of manualItems) await page.getByLabel(item).check();
  await act(page, '审核通过', '已审核通过');
}

export const SOURCE_DOCS = '已对照原始台账或业务系统核对主要数据';
export const SCHOOL_REPORT = '已与学校年度质量报告中的同口径数据核对';

/** Returns the open slice with a reason and one comment pinned to `field`. */
export async function returnWithComment(
  page: Page,
  reason: string,
  field: string,
  comment: string,
): Promise<void> {
  await page.getByTestId('review-actions').getByRole('button', { name: '退回整改' }).click();
  await page.getByLabel('退回原因（必填）').fill(reason);
  await page.getByRole('button', { name: '添加批注' }).click();
  // The row starts on the first field; a pick made while the dialog still animates can miss, so check it took.
  const row = page.getByTestId('comment-row');
  await expect(async () => {
    await chooseOption(page, row.getByLabel('字段'), field);
    await expect(row).toContainText(field, { timeout: 2000 });
  }).toPass({ timeout: 20_000 });
  await row.getByLabel('批注内容').fill(comment);
  await page.getByRole('button', { name: '确认退回' }).click();
  await expect(page.getByTestId('review-state')).toHaveText('填报中');
}

/** 领导小组签发: the 领导小组 locks the year; `tables` submissions end up locked. */
export async function lockYear(page: Page, tables: number): Promise<void> {
  await page.getByRole('menuitem', { name: '领导小组签发' }).click();
  const panel = page.getByTestId('year-lock');
  await expect(panel).toContainText('所有表均已通过校级审核，可以签发锁定。');
  await confirmYearLock(page, () =>
    expect(panel).toContainText(`已锁定 ${tables} 张表`, { timeout: 10_000 }),
  );
}

/** On the open 领导小组签发 page while tables are missing: the lock is refused and the panel says how many. */
export async function expectYearLockRefused(page: Page): Promise<void> {
  const panel = page.getByTestId('year-lock');
  await expect(panel).toContainText('暂不能签发锁定全年数据');
  await confirmYearLock(page, () =>
    expect(panel.getByTestId('year-lock-refusal')).toContainText(/还有 \d+ 张表未通过校级审核/, {
      timeout: 10_000,
    }),
  );
}

/**
 * Opens the 签发锁定全年数据 popconfirm and confirms it until `settled` passes. A click while the popconfirm
 * still animates in can land outside it and close it unconfirmed, so an attempt reopens it; a confirm in
 * flight keeps the popconfirm open with a loading button, which ignores a second click. The outcome is read
 * from the panel's state, never from a toast, which may come and go while a busy machine is still drawing.
 */
export async function confirmYearLock(page: Page, settled: () => Promise<void>): Promise<void> {
  const ok = page.locator('.ant-popconfirm').getByRole('button', { name: '确定' });
  await expect(async () => {
    if (!(await ok.isVisible())) {
      await page.getByTestId('year-lock').getByRole('button', { name: '签发锁定全年数据' }).click();
      await expect(ok).toBeVisible({ timeout: 5000 });
    }
    await ok.click({ timeout: 2000 });
    await settled();
  }).toPass({ timeout: 120_000 });
}

/** 任务分配: the office takes `tableCode` as its own table, so one station holds every step of its route. */
export async function assignToOffice(page: Page, tableCode: string): Promise<void> {
  await page.getByRole('menuitem', { name: '任务分配' }).click();
  const select = page.getByLabel(`${tableCode} 责任部门`);
  await chooseOption(page, select, OFFICE_DEPARTMENT);
  await expect(select.locator('..')).toContainText(OFFICE_DEPARTMENT);
  await page.getByRole('button', { name: '保存', exact: true }).click();
  await expect(page.getByText('任务分配已保存')).toBeVisible();
}

/** The office station's own department in the seeded years (OFFICE_USERS sign in to it). */
export const OFFICE_DEPARTMENT = '教学督导室';

/** The office's 解除全年锁定 cannot be confirmed without a reason; cancelled, so the year stays locked. */
export async function expectReopenNeedsReason(page: Page): Promise<void> {
  await page.getByRole('menuitem', { name: '领导小组签发' }).click();
  await page.getByTestId('year-lock').getByRole('button', { name: '解除全年锁定' }).click();
  const dialog = page.getByRole('dialog', { name: '解除全年锁定' });
  await expect(dialog.getByRole('button', { name: '确定' })).toBeDisabled();
  await dialog.getByLabel('解除锁定的原因（必填）').fill('复核发现需更正');
  await expect(dialog.getByRole('button', { name: '确定' })).toBeEnabled();
  await dialog.getByRole('button', { name: '取消' }).click();
  await expect(dialog).toBeHidden();
}

/** 导出数据包 after the 负责人's approval: the data bundle to `addressee`, or (summary) the forward bundle to the office. */
export async function exportData(
  s: StationPage,
  addressee: string | 'forward',
  dir: string,
  fileName: string,
): Promise<string> {
  await exchangeTab(s, '导出数据包');
  await enterPassphrase(s);
  await s.page.getByTestId('approve-export').check();
  const button = addressee === 'forward' ? '签名并导出汇总转报包' : `签名并导出数据包 ${addressee}`;
  return saveFileVia(s, s.page.getByRole('button', { name: button }), dir, fileName);
}

/** Imports a data or forward bundle: preview, confirm, and the receipt the station saves. */
export async function importData(s: StationPage, path: string, dir: string): Promise<void> {
  await exchangeTab(s, '导入数据包');
  await enterPassphrase(s);
  await openFileVia(s, s.page.getByRole('button', { name: '选择文件…' }), path);
  const preview = s.page.getByTestId('import-preview');
  await expect(preview).toBeVisible();
  await saveFileVia(
    s,
    preview.getByRole('button', { name: '确认导入' }),
    dir,
    `${s.name}-回执-${Date.now()}.sdd`,
  );
  await expect(s.page.getByTestId('import-done')).toContainText('已导入');
}

/** Imports a feedback bundle: its review decisions are applied with it. */
export async function importFeedback(s: StationPage, path: string): Promise<void> {
  await exchangeTab(s, '导入数据包');
  await openFileVia(s, s.page.getByRole('button', { name: '选择文件…' }), path);
  await s.page.getByTestId('notice-preview').getByRole('button', { name: '确认导入' }).click();
  await expect(s.page.getByTestId('import-done')).toBeVisible();
}

/** 完成情况 → 审核反馈包: the feedback bundle down the route to `toName`. */
export async function exportFeedback(
  s: StationPage,
  toName: string,
  dir: string,
  fileName: string,
): Promise<string> {
  await s.page.getByRole('menuitem', { name: '完成情况' }).click();
  const panel = s.page.getByTestId('feedback-export');
  if (s.bridge) await panel.getByLabel('负责人签名口令（桌面版需要）').fill(PASSPHRASE);
  return saveFileVia(s, panel.getByRole('button', { name: `导出给 ${toName}` }), dir, fileName);
}
