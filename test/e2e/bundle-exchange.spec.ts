/**
 * End to end: three stations in three browser contexts pass real files — registration →
 * setup → data → receipt → forward → office — and a tampered file is refused with its cause; then a
 * later setup bundle with a new deadline reaches the department's 我的任务, and 团委会 rotates its key
 * (the office adds it as a second key of the department).
 */
import { test, expect } from '@playwright/test';
import {
  checkWhenSettled,
  createKey,
  enterPassphrase,
  exchangeTab,
  fillAndExportA9,
  openFileVia,
  saveFileVia,
  tamperedA9Copy,
  type StationPage,
} from './fixtures/bundle-stations';
import { openDepartment, openOffice, TW, XGC, XGC_SUMMARISES_A9 } from './fixtures/stations';

test.setTimeout(480_000);

async function importFile(s: StationPage, path: string) {
  await exchangeTab(s, '导入数据包');
  await openFileVia(s, s.page.getByRole('button', { name: '选择文件…' }), path);
}

test('three stations: handshake, setup, data with receipt, forward, and a refused tampered file', async ({
  browser,
}, testInfo) => {
  const dir = testInfo.outputPath('files');
  // A9-6-1 (学生获奖情况表, 团委会 cooperating) is aggregated by 学生工作处.
  const office = await openOffice(browser, testInfo, XGC_SUMMARISES_A9);
  const xgc = await openDepartment(browser, testInfo, XGC, '汇总部门');
  const tw = await openDepartment(browser, testInfo, TW, '填报部门');

  // 1. Handshake: keys, registration requests, fingerprint check at the office.
  const officeFp = await createKey(office);
  const xgcFp = await createKey(xgc);
  const twFp = await createKey(tw);
  const xgcReg = await saveFileVia(
    xgc,
    xgc.page.getByRole('button', { name: '导出注册申请' }),
    dir,
    'XGC-注册申请.sdd',
  );
  const twReg = await saveFileVia(
    tw,
    tw.page.getByRole('button', { name: '导出注册申请' }),
    dir,
    'TW-注册申请.sdd',
  );
  await exchangeTab(office, '信任列表');
  for (const [path, fp] of [
    [xgcReg, xgcFp],
    [twReg, twFp],
  ] as const) {
    await openFileVia(office, office.page.getByRole('button', { name: '导入注册申请' }), path);
    const confirm = office.page.getByTestId('registration-confirm');
    await expect(confirm.getByTestId('registration-fingerprint')).toHaveText(fp);
    await checkWhenSettled(confirm.getByRole('checkbox'));
    await confirm.getByRole('button', { name: '加入信任列表' }).click();
    await expect(office.page.getByText(/已将 .* 的密钥加入信任列表/).last()).toBeVisible();
  }
  await expect(office.page.getByTestId('trust-panel')).toContainText('信任列表 第 3 版');
  if (testInfo.project.name === 'web')
    await office.page.screenshot({ path: testInfo.outputPath('trust-page.png'), fullPage: true });

  // 2. Setup: the notice, one setup bundle per department, imported after confirming the office fingerprint.
  await exchangeTab(office, '初始化包');
  const form = office.page.getByTestId('notice-form');
  await form.getByLabel('通知标题').fill('关于开展2025年人才培养工作状态数据采集的通知');
  await form.getByLabel('填报说明').fill('各部门按任务分配填报，负责人审核后导出数据包报送。');
  await form.getByRole('button', { name: '保存通知' }).click();
  await expect(office.page.getByText('采集通知已保存')).toBeVisible();
  const setups: Record<string, string> = {};
  for (const code of ['XGC', 'TW']) {
    setups[code] = await saveFileVia(
      office,
      office.page.getByRole('button', { name: `导出初始化包 ${code}` }),
      dir,
      `${code}-初始化包.sdd`,
    );
  }
  for (const [s, code] of [
    [xgc, 'XGC'],
    [tw, 'TW'],
  ] as const) {
    await importFile(s, setups[code]!);
    await expect(s.page.getByTestId('office-fingerprint')).toHaveText(officeFp);
    await checkWhenSettled(s.page.getByTestId('setup-confirm').getByRole('checkbox'));
    await s.page.getByRole('button', { name: '确认并导入' }).click();
    await expect(s.page.getByTestId('import-done')).toContainText('初始化包已导入');
    await expect(s.page.getByTestId('notice-view')).toContainText('负责人审核后导出数据包报送');
  }
  await tw.page.getByRole('tab', { name: '初始化包' }).click();
  await expect(tw.page.getByTestId('setup-tasks')).toContainText('A9-6-1');

  // 3. Send data: 团委会 fills A9-6-1 and exports to 学生工作处.
  const data = await fillAndExportA9(tw, 'XGC', dir);

  // 4. Receive: a tampered copy is refused with its cause; the real one previews, commits and yields a receipt.
  const tampered = await tamperedA9Copy(data, dir);
  await enterPassphrase(xgc);
  await importFile(xgc, tampered);
  await expect(xgc.page.getByTestId('import-error')).toContainText(
    '文件 tables/A9-6-1.json 已被改动（与签名清单中的校验值不符），已拒绝。',
  );
  await importFile(xgc, data);
  const preview = xgc.page.getByTestId('import-preview');
  await expect(preview).toContainText('A9-6-1');
  // rows 1, added 1, changed 0, removed 0, cells changed 0
  await expect(preview.getByRole('row', { name: 'A9-6-1 学生获奖情况表 团委会 1 1 0 0 0' })).toBeVisible();
  if (testInfo.project.name === 'web')
    await xgc.page.screenshot({ path: testInfo.outputPath('import-preview.png'), fullPage: true });
  const receipt = await saveFileVia(
    xgc,
    preview.getByRole('button', { name: '确认导入' }),
    dir,
    'XGC-回执.sdd',
  ).catch(async (e: unknown) => {
    await xgc.page.screenshot({ path: testInfo.outputPath('debug-xgc.png'), fullPage: true });
    throw e;
  });
  await expect(xgc.page.getByTestId('import-done')).toContainText('已导入');

  await importFile(tw, receipt);
  await tw.page.getByTestId('notice-preview').getByRole('button', { name: '确认导入' }).click();
  await expect(tw.page.getByTestId('import-done')).toContainText('已送达');
  await tw.page.getByRole('tab', { name: '收发记录' }).click();
  await expect(tw.page.getByTestId('bundle-log')).toContainText('已送达');

  // 5. Forward: 学生工作处 forwards the union with 团委会's signed original; the office verifies both layers.
  await exchangeTab(xgc, '导出数据包');
  await expect(xgc.page.getByTestId('forward-card')).toContainText('团委会');
  await xgc.page.getByTestId('approve-export').check();
  const forward = await saveFileVia(
    xgc,
    xgc.page.getByRole('button', { name: '签名并导出汇总转报包' }),
    dir,
    'XGC-汇总转报包.sdd',
  );
  await enterPassphrase(office);
  await importFile(office, forward);
  const officePreview = office.page.getByTestId('import-preview');
  await expect(officePreview).toContainText('汇总转报包');
  await expect(
    officePreview.getByRole('row', { name: 'A9-6-1 学生获奖情况表 团委会 1 1 0 0 0' }),
  ).toBeVisible();
  await saveFileVia(office, officePreview.getByRole('button', { name: '确认导入' }), dir, 'OFFICE-回执.sdd');
  await expect(office.page.getByTestId('import-done')).toContainText('已导入');
  await office.page.getByRole('tab', { name: '收发记录' }).click();
  await expect(office.page.getByTestId('bundle-log')).toContainText('A9-6-1/TW 1行');

  // The same forward again changes nothing.
  await importFile(office, forward);
  await expect(office.page.getByTestId('import-done')).toContainText('该数据包已导入过');

  // 6. A later setup bundle: the office moves A9-6-1's deadline; 团委会's 我的任务 shows the new date.
  await office.page.getByRole('menuitem', { name: '任务分配' }).click();
  const picker = office.page.getByLabel('A9-6-1 截止日期');
  await picker.click();
  await picker.fill('2025-11-20');
  await picker.press('Enter');
  await office.page.getByRole('button', { name: '保存', exact: true }).click();
  await expect(office.page.getByText('任务分配已保存')).toBeVisible();
  await exchangeTab(office, '初始化包');
  await enterPassphrase(office);
  const later = await saveFileVia(
    office,
    office.page.getByRole('button', { name: '导出初始化包 TW' }),
    dir,
    'TW-初始化包-第2次.sdd',
  );
  await importFile(tw, later);
  await expect(tw.page.getByTestId('setup-confirm')).toContainText(officeFp);
  await tw.page.getByRole('button', { name: '确认并导入' }).click();
  await expect(tw.page.getByTestId('import-done')).toContainText('初始化包已导入');
  await tw.page.getByRole('menuitem', { name: '我的任务' }).click();
  await expect(tw.page.getByTestId('my-tasks').getByRole('row', { name: /A9-6-1/ })).toContainText(
    '2025-11-20',
  );

  // 7. Key rotation: 团委会 changes its key and exports a new registration; the office sees a new key of 团委会.
  await exchangeTab(tw, '密钥与注册');
  await enterPassphrase(tw);
  await tw.page.getByTestId('key-panel').getByRole('button', { name: '更换密钥' }).click();
  const rotatedReg = await saveFileVia(
    tw,
    tw.page.locator('.ant-popconfirm').getByRole('button', { name: '更换密钥' }),
    dir,
    'TW-新密钥注册申请.sdd',
  );
  await expect(tw.page.getByTestId('own-fingerprint')).not.toHaveText(twFp);
  const newFp = await tw.page.getByTestId('own-fingerprint').innerText();
  await exchangeTab(office, '信任列表');
  await enterPassphrase(office);
  await openFileVia(office, office.page.getByRole('button', { name: '导入注册申请' }), rotatedReg);
  const rotation = office.page.getByTestId('registration-confirm');
  await expect(rotation.getByTestId('registration-fingerprint')).toHaveText(newFp);
  await expect(rotation.getByTestId('registration-new-key')).toContainText('团委会 的一把新密钥');
  await checkWhenSettled(rotation.getByRole('checkbox'));
  await rotation.getByRole('button', { name: '加入信任列表' }).click();
  await expect(office.page.getByTestId('trust-table').getByRole('row', { name: /团委会/ })).toHaveCount(2);
});
