/**
 * docs/SECURITY.md D5: when storage runs out, a change is refused with a clear Chinese message and the previous
 * data stays, also after a reload. Web: the origin's quota is exhausted with CDP
 * Storage.overrideQuotaForOrigin, so the backup the catalog change takes first (OPFS) is refused.
 * Bridge: the data folder's disk reports almost no free space, so main refuses the backup before
 * writing. (Chromium's IndexedDB caches the space an open connection may use, so an override applied
 * while the app runs does not reach the writer's own connection; the writer's 'storage-full' mapping of
 * QuotaExceededError is covered by the storage layer's unit tests.)
 */
import { test, expect, officeYear, simulatedDisk, workspaceHashes, SUPERVISOR } from './backup-steps';
import { signIn } from './fixtures/workspace-steps';

test('storage exhausted: clear message, nothing half-written, previous data kept', async ({
  app: page,
  bridge,
}, testInfo) => {
  const name = await officeYear(page, '配额测试学院', '10034');
  const before = await workspaceHashes(page);
  await page.getByRole('menuitem', { name: '采集目录' }).click();
  await page.getByTestId('catalog-tables').getByText('A10-1', { exact: true }).click();
  await page.getByTestId('table-properties').getByLabel('表名').fill('配额测试表');
  await page.getByTestId('table-properties').getByLabel('表名').blur();

  const cdp = await page.context().newCDPSession(page);
  const origin = new URL(page.url()).origin;
  if (bridge) simulatedDisk.freeBytes = 1024;
  else await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: 1 });

  await page.getByRole('button', { name: '保存目录' }).click();
  await expect(page.getByTestId('catalog-error')).toContainText('空间不足');
  await expect(page.getByTestId('catalog-error')).toContainText('原有数据未受影响');
  await expect(page.getByTestId('catalog-version')).toHaveText('版本 1');
  if (testInfo.project.name === 'web')
    await page.screenshot({ path: testInfo.outputPath('quota.png'), fullPage: true });

  simulatedDisk.freeBytes = null;
  if (!bridge) await cdp.send('Storage.overrideQuotaForOrigin', { origin });
  await page.goto('/');
  await expect(page.getByRole('row').filter({ hasText: '配额测试学院' })).toBeVisible();
  await expect(page.getByTestId('damaged-store')).toHaveCount(0);
  expect(await workspaceHashes(page)).toEqual(before);
  await signIn(page, name, SUPERVISOR);
  await page.getByRole('menuitem', { name: '采集目录' }).click();
  await expect(page.getByTestId('catalog-version')).toHaveText('版本 1');
});
