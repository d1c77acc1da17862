/**
 * End to end (web + bridge): backup → change → restore gives back every table byte for byte;
 * the sequence mark is never rolled back; a workspace archive moves a year to an empty install; a store
 * reset to empty offers the latest backup and restores it.
 */
import { readFile } from 'node:fs/promises';
import {
  test,
  expect,
  officeYear,
  openBackupPage,
  workspaceHashes,
  auditSeq,
  wipeIndexedDb,
  SUPERVISOR,
} from './backup-steps';
import { signIn } from './fixtures/workspace-steps';

const SEQ = { keyId: 'k1', addressee: 'DDS' };

test('backup, change, restore: every table is back, the restore is audited, the sequence mark stays', async ({
  app: page,
  bridge,
}, testInfo) => {
  await officeYear(page);
  await openBackupPage(page);
  await expect(page.getByTestId('data-dir')).not.toHaveText('…');
  await page.getByRole('button', { name: '立即备份' }).click();
  await expect(page.getByText('备份完成')).toBeVisible();
  const seqAtBackup = await auditSeq(page);
  const before = await workspaceHashes(page, seqAtBackup);
  if (testInfo.project.name === 'web')
    await page.screenshot({ path: testInfo.outputPath('backup-page.png'), fullPage: true });

  // A bundle exported after the backup moves the sequence mark (outside IndexedDB) to 2.
  const nextSeq = () =>
    bridge
      ? page.evaluate((s) => window.api?.invoke('seq:next', s), SEQ)
      : page.evaluate(() =>
          localStorage.setItem(
            'status-data-desk.seq.v1',
            JSON.stringify({ marks: [{ keyId: 'k1', addressee: 'DDS', seq: 2 }] }),
          ),
        );
  await nextSeq();
  if (bridge) await nextSeq();

  // A catalog change after the backup (it takes its own backup first).
  await page.getByRole('menuitem', { name: '采集目录' }).click();
  await page.getByTestId('catalog-tables').getByText('A10-1', { exact: true }).click();
  const tableName = page.getByTestId('table-properties').getByLabel('表名');
  await tableName.fill('改过的表名');
  await tableName.blur();
  await page.getByRole('button', { name: '保存目录' }).click();
  await expect(page.getByTestId('catalog-version')).toHaveText('版本 2');
  expect(await workspaceHashes(page, seqAtBackup)).not.toEqual(before);

  await openBackupPage(page);
  const list = page.getByTestId('backup-list');
  await expect(list.getByRole('row').filter({ hasText: '修改采集目录前' })).toHaveCount(1);
  await list.getByRole('row').filter({ hasText: '手动' }).getByRole('button', { name: '恢复' }).click();
  await page.getByRole('dialog').getByRole('button', { name: '恢复' }).click();
  await expect(page.getByText(/已从 .* 的备份恢复/)).toBeVisible();

  expect(await workspaceHashes(page, seqAtBackup)).toEqual(before);
  expect(await auditSeq(page)).toBe(seqAtBackup + 1);
  await expect(list.getByRole('row').filter({ hasText: '恢复前' })).toHaveCount(1);
  await page.getByRole('menuitem', { name: '采集目录' }).click();
  await expect(page.getByTestId('catalog-version')).toHaveText('版本 1');

  const mark = bridge
    ? await page
        .evaluate((s) => window.api?.invoke('seq:peek', s), SEQ)
        .then((r) => (r?.ok ? r.value.seq : -1))
    : await page.evaluate(
        () => JSON.parse(localStorage.getItem('status-data-desk.seq.v1') ?? '{}').marks[0].seq as number,
      );
  expect(mark).toBe(2);
});

test('a workspace archive moves a year to an empty install', async ({ app: page, bridge }) => {
  const name = await officeYear(page, '迁移测试学院', '10032');
  const before = await workspaceHashes(page);
  await openBackupPage(page);
  let archive: string;
  if (bridge) {
    await page.getByRole('button', { name: '导出年度存档…' }).click();
    await expect(page.getByText('年度存档已保存')).toBeVisible();
    archive = bridge.dialog.savedPaths.at(-1) ?? '';
  } else {
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: '导出年度存档…' }).click();
    const d = await download;
    expect(d.suggestedFilename()).toMatch(/年度存档.*\.sddbak$/);
    archive = test.info().outputPath('archive.sddbak');
    await d.saveAs(archive);
  }
  expect(archive).toMatch(/\.sddbak$/);

  // "The new PC": the year is deleted here, then imported from the archive on the start page.
  await page.getByRole('button', { name: '关闭年度' }).click();
  const row = page.getByRole('row').filter({ hasText: '迁移测试学院' });
  await row.getByRole('button', { name: '删除' }).click();
  await page.getByRole('dialog').getByPlaceholder('输入年度名称').fill(name);
  await page.getByRole('dialog').getByRole('button', { name: '删除' }).click();
  await expect(page.getByText('还没有采集年度')).toBeVisible();

  if (bridge) {
    await bridge.dialog.queueOpenFile('archive.sddbak', await readFile(archive));
    await page.getByRole('button', { name: '导入年度存档…' }).click();
  } else {
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: '导入年度存档…' }).click();
    await (await chooser).setFiles(archive);
  }
  await expect(page.getByText(`已导入采集年度“${name}”`)).toBeVisible();
  const seq = Number((before.audit ?? '0:').split(':')[0]);
  const after = await workspaceHashes(page, seq);
  expect(after).toEqual(before);
  await signIn(page, name, SUPERVISOR);
});

test('a store reset to empty offers the latest backup, and restoring it brings the year back', async ({
  app: page,
}, testInfo) => {
  const name = await officeYear(page, '重置测试学院', '10033');
  await openBackupPage(page);
  await page.getByRole('button', { name: '立即备份' }).click();
  await expect(page.getByText('备份完成')).toBeVisible();
  const seq = await auditSeq(page);
  const before = await workspaceHashes(page, seq);

  await wipeIndexedDb(page);
  await page.reload();
  const notice = page.getByTestId('damaged-store');
  await expect(notice).toContainText('数据库为空，但上次关闭时有 1 个采集年度');
  const slot = notice.getByTestId('restore-slot');
  await expect(slot).toContainText(name);
  await expect(slot).toContainText(/手动|每日自动/);
  if (testInfo.project.name === 'web')
    await page.screenshot({ path: testInfo.outputPath('damaged-restore.png'), fullPage: true });
  await slot.getByRole('button', { name: '恢复', exact: true }).click();
  await expect(slot).toContainText(`已恢复：${name}`);
  if (testInfo.project.name === 'web')
    await page.screenshot({ path: testInfo.outputPath('damaged-restored.png'), fullPage: true });
  await slot.getByRole('button', { name: '恢复完成，进入系统' }).click();
  await expect(page.getByRole('row').filter({ hasText: '重置测试学院' })).toBeVisible();
  expect(await workspaceHashes(page, seq)).toEqual(before);

  // The sentinel now matches: a reload opens normally.
  await page.reload();
  await expect(page.getByRole('row').filter({ hasText: '重置测试学院' })).toBeVisible();
  await expect(page.getByTestId('damaged-store')).toHaveCount(0);
});
