/**
 * 导入数据包 with several files picked at once: the office picks a department's data bundle, a tampered
 * copy and a registration request together; all three are verified in order on ONE disposable verify
 * Worker (closed afterwards), listed with the changes or the Chinese cause, and one confirmation imports
 * the good one (its receipt saved) while the others stay refused; the good file's row carries the import
 * preview's quality panel. Then docs/SECURITY.md B10 end to end: the
 * department's next bundle jumps 1500 sequence numbers and the office stops at the confirmation card.
 */
import { test, expect } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { peekBundle } from '../../src/shared/bundle/bundle-peek';
import { BROWSER_SEQ_KEY } from '../../src/renderer/platform/browser-platform';
import {
  checkWhenSettled,
  enterPassphrase,
  exchangeTab,
  fillAndExportA9,
  openFilesVia,
  openFileVia,
  saveFileVia,
  tamperedA9Copy,
  watchVerifyWorkers,
  type StationPage,
} from './fixtures/bundle-stations';
import { officeAndTw } from './fixtures/stations';

test.setTimeout(300_000);

test('the office imports several files at once: one Worker, a result per file, one confirmation', async ({
  browser,
}, testInfo) => {
  const { office, tw, dir } = await officeAndTw(browser, testInfo);

  // 团委会 fills A9-6-1 and sends it straight to the office.
  const data = await fillAndExportA9(tw, 'OFFICE', dir);
  const tampered = await tamperedA9Copy(data, dir);

  const verifyWorkers = watchVerifyWorkers(office.page);
  await exchangeTab(office, '导入数据包');
  await enterPassphrase(office);
  await openFilesVia(office, office.page.getByRole('button', { name: '选择文件…' }), [
    data,
    tampered,
    join(dir, 'TW-注册申请.sdd'),
  ]);
  const batch = office.page.getByTestId('batch-import');
  await expect(batch).toContainText('一次导入 3 个文件');
  const rows = batch.locator('tbody tr');
  await expect(rows.nth(0)).toContainText('TW-数据包.sdd');
  await expect(rows.nth(0)).toContainText('A9-6-1 团委会 新增1 修改0 删除0');
  await expect(rows.nth(0)).toContainText('校验通过，待导入');
  // Errors count here too: each data file has the single import's quality panel.
  await expect(rows.nth(0)).toContainText('无错误');
  await expect(rows.nth(1)).toContainText(
    '文件 tables/A9-6-1.json 已被改动（与签名清单中的校验值不符），已拒绝。',
  );
  await expect(rows.nth(2)).toContainText('这是一个注册申请。请在“信任列表”中导入注册申请。');
  // The three files were verified on one Worker, terminated once the batch was done.
  await expect.poll(() => verifyWorkers().length).toBe(1);
  await expect.poll(() => verifyWorkers().every((w) => w.closed)).toBe(true);
  if (testInfo.project.name === 'web')
    await office.page.screenshot({ path: testInfo.outputPath('batch-import.png'), fullPage: true });

  await rows.nth(0).getByRole('button', { name: '展开行' }).click();
  const quality = batch.getByTestId('import-quality');
  await expect(quality).toContainText('全部表均无错误，且没有目录不接受的值。');
  await expect(quality).toContainText('A9-6-1');
  if (testInfo.project.name === 'web')
    await office.page.screenshot({ path: testInfo.outputPath('batch-quality.png'), fullPage: true });
  await batch.getByRole('button', { name: '确认导入 1 个文件' }).click();
  await expect(office.page.getByTestId('batch-done')).toHaveText(
    '已导入 1 个文件，2 个被拒绝（原因见列表）。',
  );
  await expect(rows.nth(0)).toContainText('已导入，数据已更新；回执已保存');
  await office.page.getByRole('tab', { name: '收发记录' }).click();
  await expect(office.page.getByTestId('bundle-log')).toContainText('A9-6-1/TW 1行');

  // docs/SECURITY.md B10: 团委会's next bundle jumps 1500 numbers (its sequence mark moved on, as a stolen key's
  // forger would do). The office stops at the confirmation card; only a person's confirmation imports it.
  const keyId = await registrationKeyId(join(dir, 'TW-注册申请.sdd'));
  await advanceSeq(tw, keyId, 'OFFICE', 1500);
  await exchangeTab(tw, '导出数据包');
  await enterPassphrase(tw);
  await tw.page.getByTestId('approve-export').check();
  const jumped = await saveFileVia(
    tw,
    tw.page.getByRole('button', { name: '签名并导出数据包 OFFICE' }),
    dir,
    'TW-数据包-跳号.sdd',
  );
  await exchangeTab(office, '导入数据包');
  await openFileVia(office, office.page.getByRole('button', { name: '选择文件…' }), jumped);
  const card = office.page.getByTestId('seq-jump-confirm');
  await expect(card).toContainText('超过 1000 的上限');
  await expect(office.page.getByTestId('import-preview')).toHaveCount(0);
  await expect(card.getByRole('button', { name: '已电话核实，确认导入' })).toBeDisabled();
  await checkWhenSettled(card.getByRole('checkbox'));
  await card.getByRole('button', { name: '已电话核实，确认导入' }).click();
  const preview = office.page.getByTestId('import-preview');
  await expect(preview).toContainText(
    '第 1502 号数据包比上次导入的第 1 号跳过了 1500 个序号，经督导室人员核实确认后导入。',
  );
  await preview.getByRole('button', { name: '确认导入' }).click();
  await expect(office.page.getByTestId('import-done')).toContainText('已导入');
});

async function registrationKeyId(path: string): Promise<string> {
  const p = peekBundle(new Uint8Array(await readFile(path)), { manifestOnly: true });
  if (!p.ok) throw new Error(p.error.message);
  return p.value.manifest.keyId;
}

/** Moves the station's sequence mark for (key, addressee) `by` numbers on, in its own store. */
async function advanceSeq(s: StationPage, keyId: string, addressee: string, by: number): Promise<void> {
  if (s.bridge) {
    for (let i = 0; i < by; i++)
      expect((await s.bridge.handlers['seq:next']({ keyId, addressee })).ok).toBe(true);
    return;
  }
  await s.page.evaluate(
    ([key, k, a, n]) => {
      const store = JSON.parse(localStorage.getItem(key) ?? '{"marks":[]}') as {
        marks: { keyId: string; addressee: string; seq: number }[];
      };
      const mark = store.marks.find((m) => m.keyId === k && m.addressee === a);
      if (mark === undefined) throw new Error('no sequence mark');
      mark.seq += n;
      localStorage.setItem(key, JSON.stringify(store));
    },
    [BROWSER_SEQ_KEY, keyId, addressee, by] as const,
  );
}
