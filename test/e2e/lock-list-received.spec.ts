/**
 * The office's signed 锁定清单 reaches a department in the feedback bundle: 团委会's approved A9-6-1 goes to
 * the office, the office's L3 approval and every other slice are seeded through the page's storage, the
 * 领导小组 locks the year, and the feedback 团委会 imports carries the list. 团委会's 数据审核 shows
 * "督导室已锁定 …" with the lock's time, signer and hash (the office's own), the check against the office
 * key it pinned, and each of its slices with its copy matching the locked hash. A table 团委会 filled but
 * never submitted (A10-3: the office's lock decision for it finds no review record here) is read-only too,
 * naming the lock and that only the office's reopen lifts it; 数据审核, 完成情况 and 我的任务 read it
 * 已锁定（未报送）, not 填报中.
 */
import { test, expect, type Page } from '@playwright/test';
import { schoolApprovedAtOffice, seedSubmission, TW_A9_APPROVED } from './fixtures/review-seed';
import { seedOtherSlicesSchoolApproved } from './fixtures/year-seed';
import { LEADER, OFFICE_HEAD, officeAndTw, SUPERVISOR } from './fixtures/stations';
import { exportData, exportFeedback, importData, importFeedback, lockYear, switchUser } from './review-steps';

test.setTimeout(300_000);

test('团委会 receives the office’s signed 锁定清单 in the feedback and checks its copies against it', async ({
  browser,
}, testInfo) => {
  const { office: o, tw, dir } = await officeAndTw(browser, testInfo);
  const start = Number((await o.page.getByRole('banner').innerText()).match(/(\d{4})-\d{4}学年/)?.[1]);
  const year = `${start}-${start + 1}学年`;

  await openTwTable(tw.page, 'A9-6-1');
  await tw.page.keyboard.type('挑战杯');
  await tw.page.keyboard.press('Enter');
  await expect(tw.page.getByTestId('save-state')).toHaveText('已自动保存');
  await openTwTable(tw.page, 'A10-3');
  await tw.page.keyboard.type('青年志愿者协会');
  await tw.page.keyboard.press('Enter');
  await expect(tw.page.getByTestId('save-state')).toHaveText('已自动保存');
  await seedSubmission(tw.page, TW_A9_APPROVED);
  await importData(o, await exportData(tw, 'OFFICE', dir, 'TW-数据包.sdd'), dir);

  // The office's L3 approval and every other expected slice, seeded; the 领导小组 locks the year.
  await seedSubmission(
    o.page,
    schoolApprovedAtOffice(TW_A9_APPROVED, SUPERVISOR.name, '2025-10-11T09:00:00.000Z'),
  );
  const seeded = await seedOtherSlicesSchoolApproved(o.page, SUPERVISOR.name, new Date().toISOString());
  await switchUser(o.page, year, LEADER);
  await lockYear(o.page, seeded + 1);
  const officeHash = (await o.page.getByTestId('lock-list-hash').innerText()).trim();
  expect(officeHash).toMatch(/^[0-9a-f]{64}$/);

  await switchUser(o.page, year, OFFICE_HEAD);
  await importFeedback(tw, await exportFeedback(o, '团委会', dir, 'OFFICE-反馈包.sdd'));

  await tw.page.getByRole('menuitem', { name: '数据审核' }).click();
  const card = tw.page.getByTestId('received-lock');
  await expect(card).toContainText(`督导室已锁定 ${year}`);
  await expect(card).toContainText(LEADER.name);
  await expect(tw.page.getByTestId('received-lock-hash')).toHaveText(officeHash);
  // 团委会 received its own extract of the list, not the whole school's.
  await expect(tw.page.getByTestId('received-lock-extract')).toContainText('督导室为团委会签发的摘录');
  await expect(tw.page.getByTestId('received-lock-verify')).toContainText(
    '通过：由本站已确认的督导室密钥签名',
  );
  await expect(tw.page.getByTestId('received-lock-copies')).toContainText(
    /本站 \d+ 个切片的副本与锁定的内容一致/,
  );
  const a9 = tw.page.getByTestId('received-lock-slices').getByRole('row').filter({ hasText: 'A9-6-1' });
  await expect(a9).toContainText('1');
  await expect(a9).toContainText('一致');
  await expect(tw.page.getByTestId('received-lock-effect')).toContainText('包括从未提交的表');
  // 数据审核, 完成情况 and 我的任务 say so too: A10-3 reads 已锁定（未报送）, not 填报中, and offers no 提交.
  await expect(tw.page.getByTestId('review-state-A9-6-1-TW')).toHaveText('已锁定');
  await expect(tw.page.getByTestId('review-state-A10-3-TW')).toHaveText('已锁定（未报送）');
  await tw.page.getByTestId('review-state-A10-3-TW').click();
  await expect(tw.page.getByTestId('review-state')).toHaveText('已锁定（未报送）');
  await expect(tw.page.getByTestId('review-panel').getByRole('button', { name: '提交' })).toHaveCount(0);
  await card.scrollIntoViewIfNeeded();
  await tw.page.screenshot({ path: test.info().outputPath('lock-review-list.png'), fullPage: true });
  await tw.page.getByRole('menuitem', { name: '完成情况' }).click();
  await expect(tw.page.getByTestId('matrix-state-A10-3-TW')).toHaveText('已锁定（未报送）');
  await expect(tw.page.getByTestId('matrix-state-A9-6-1-TW')).toHaveText('已锁定');
  await tw.page.getByRole('menuitem', { name: '我的任务' }).click();
  await expect(tw.page.getByTestId('task-state-A10-3')).toHaveText('已锁定（未报送）');
  await expect(tw.page.getByTestId('task-state-A9-6-1')).toHaveText('已锁定');
  await tw.page.screenshot({ path: test.info().outputPath('lock-my-tasks.png'), fullPage: true });

  // A10-3 was never submitted: after the lock it is read-only all the same, and says why and who reopens.
  await openTwTable(tw.page, 'A10-3');
  const banner = tw.page.getByTestId('slice-frozen');
  await expect(banner).toContainText(`本表只读：学校已锁定本学年（${LEADER.name}，`);
  await expect(banner).toContainText('督导室督导员或领导小组填写原因解除年度锁定；解除锁定后恢复为可编辑');
  await expect(tw.page.getByRole('button', { name: '添加行' })).toBeDisabled();
  await expect(tw.page.getByTestId('row-count')).toHaveText('共 1 行');
  await tw.page.keyboard.type('改');
  await expect(tw.page.getByTestId('grid-notice')).toContainText('学校已锁定本学年');
  await expect(tw.page.getByTestId('grid-notice')).toContainText('数据只读，未写入任何内容');
  await tw.page.keyboard.press('Escape');
  await tw.page.screenshot({ path: test.info().outputPath('never-submitted-read-only.png') });
});

async function openTwTable(page: Page, tableCode: string): Promise<void> {
  await page.getByRole('menuitem', { name: '我的任务' }).click();
  await page.getByTestId('my-tasks').getByText(tableCode, { exact: true }).click();
  await expect(page.getByTestId('entry-grid')).toBeVisible();
}
