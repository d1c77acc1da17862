/**
 * Sign-off → 上报数据包, in the browser: the office fills A10-1 through a spreadsheet import (a 学号 with
 * leading zeros, a formula-like 姓名, dates, 是/否, numbers, empty cells), the export is refused while
 * the year is not locked (with the list of what is missing), the 领导小组 locks the year, and the package
 * is read from the lock: the workbook opened with SheetJS shows the 状态数据目录, one sheet per table
 * named by its code, the header on row 10 and typed cells from row 11; the .zip holds one file per table
 * and the 核对单.
 */
import { unzipSync } from 'fflate';
import * as XLSX from 'xlsx';
import { test, expect } from './fixtures/sheet-test';
import { fillTemplate } from './fixtures/sheet-files';
import { sheetActions, wizard } from './fixtures/sheet-steps';
import { OFFICE_USERS, openOfficeAs, type StationUser } from './fixtures/workspace-steps';
import { seedOtherSlicesSchoolApproved } from './fixtures/year-seed';
import { assignToOffice, switchUser } from './review-steps';
import { rollOver } from './fixtures/rollover-steps';
import { verifyLockList } from '../../src/shared/year-close/signed-lock-list';

const [FILLER, HEAD, SUPERVISOR, LEADER] = OFFICE_USERS as readonly [
  StationUser,
  StationUser,
  StationUser,
  StationUser,
];

const ROWS = [
  {
    学号: '0023001',
    姓名: '=SUM(A1)',
    性别: '男',
    出生日期: '20050102',
    '学制（年）': 3,
    '入学日期（年月）': '202309',
    是否毕业: '否',
    专业代码: '510201',
  },
  { 学号: '0023002', 姓名: '李四', 性别: '女', 出生日期: '20050304', '学制（年）': 3, 是否毕业: '是' },
];

test('sign-off → export: refused before the lock, then the workbook and the .zip read from the locked snapshot', async ({
  app: page,
  openFile,
  savedFile,
}, testInfo) => {
  test.setTimeout(300_000);
  // The office takes A10-1 as its own table and its 信息员 imports it.
  const yearName = await openOfficeAs(page, SUPERVISOR);
  await assignToOffice(page, 'A10-1');
  // The 负责人 creates the office's signing key (it signs the 锁定清单 later).
  await switchUser(page, yearName, HEAD);
  await page.getByRole('menuitem', { name: '数据交换' }).click();
  await page.getByRole('tab', { name: '密钥与注册' }).click();
  await page.getByRole('button', { name: '生成签名密钥' }).click();
  const fingerprint = page.getByTestId('own-fingerprint');
  await expect(fingerprint).toHaveText(/^\d{4}( \d{4}){7}$/);
  const officeFingerprint = (await fingerprint.innerText()).trim();
  await switchUser(page, yearName, FILLER);
  const template = await savedFile(() =>
    sheetActions(page, 'A10-1').getByRole('button', { name: '下载填报模板' }).click(),
  );
  await sheetActions(page, 'A10-1').getByRole('button', { name: '导入' }).click();
  await openFile(
    () => wizard(page).getByTestId('import-pick').click(),
    '学生.xlsx',
    await fillTemplate(template.bytes, 'A10-1', ROWS),
  );
  await wizard(page).getByRole('radio', { name: /替换/ }).check();
  await wizard(page).getByTestId('import-commit').click();
  await expect(wizard(page).getByTestId('import-done')).toContainText('新增 2 行');
  await wizard(page).getByTestId('import-close').click();

  // Before the lock: refused, with what is missing.
  await switchUser(page, yearName, LEADER);
  await page.getByRole('menuitem', { name: '上报数据包' }).click();
  const refused = page.getByTestId('export-refused');
  await expect(refused).toContainText('全年数据尚未全部锁定，不能导出上报数据包');
  await expect(refused).toContainText('A10-1/教学督导室（填报中）');
  await expect(refused).not.toContainText('/DDS');

  // The 领导小组's sign-off page: a named 审定前快照, then the lock (every other slice seeded as
  // school-approved), then the 锁定清单 signed with the office key.
  const seeded = await seedOtherSlicesSchoolApproved(page, SUPERVISOR.name, new Date().toISOString());
  await page.getByRole('menuitem', { name: '领导小组签发' }).click();
  await expect(page.getByTestId('signoff-progress')).toContainText('所有应报项均已通过校级审核');
  await expect(page.getByTestId('signoff-freeze')).toContainText('A10-1');
  await page.getByLabel('快照名称').fill('2026 学年审定前快照');
  await page.getByRole('button', { name: '保存审定前快照' }).click();
  await expect(page.getByTestId('pre-approval-latest')).toContainText('2026 学年审定前快照');
  const panel = page.getByTestId('year-lock');
  await panel.getByRole('button', { name: '签发锁定全年数据' }).click();
  const ok = page.locator('.ant-popconfirm').getByRole('button', { name: '确定' });
  // A click while the popconfirm still animates in can get lost: retry until the panel shows the lock.
  await expect(async () => {
    if (await ok.isVisible()) await ok.click({ timeout: 2000 });
    await expect(panel).toContainText(`已锁定 ${seeded} 张表`, { timeout: 5000 });
  }).toPass({ timeout: 60_000 });
  await expect(page.getByTestId('pre-approval-same')).toContainText('完全一致');
  const listHash = (await page.getByTestId('lock-list-hash').innerText()).trim();
  if (testInfo.project.name === 'web')
    await page.screenshot({ path: testInfo.outputPath('signoff.png'), fullPage: true });
  const list = await savedFile(() =>
    page.getByRole('button', { name: '签名并导出锁定清单（.json）' }).click(),
  );
  expect(list.name).toMatch(/^12954_\d{4}-\d{4}学年_锁定清单\.json$/);
  // Signed by the key whose fingerprint the office reads aloud in the handshake.
  const signed = verifyLockList(JSON.parse(new TextDecoder().decode(list.bytes)));
  expect(signed.ok && signed.value.signer.fingerprint).toBe(officeFingerprint);
  expect(signed.ok && signed.value.manifest.hash).toBe(listHash);
  expect(signed.ok && signed.value.catalogVersion).toBeGreaterThanOrEqual(1);

  await page.getByRole('menuitem', { name: '上报数据包' }).click();
  const lockHash = (await page.getByTestId('lock-hash').innerText()).trim();
  expect(lockHash).toMatch(/^[0-9a-f]{64}$/);
  expect(lockHash).toBe(listHash);
  await expect(page.getByTestId('export-lock')).toContainText(LEADER.name);
  // The frozen rows give the 锁定清单 the lock recorded in the audit chain.
  await expect(page.getByTestId('export-record')).toContainText('一致');
  if (testInfo.project.name === 'web')
    await page.screenshot({ path: testInfo.outputPath('national-export.png'), fullPage: true });

  const book = await savedFile(() => page.getByRole('button', { name: '导出上报工作簿（.xlsx）' }).click());
  expect(book.name).toMatch(/^12954_\d{4}-\d{4}学年_上报数据包\.xlsx$/);
  const wb = XLSX.read(book.bytes, { type: 'array' });
  expect(wb.SheetNames[0]).toBe('状态数据目录');
  expect(wb.SheetNames).toContain('A10-1');
  expect(wb.SheetNames).toContain('A5-1');
  const a101 = wb.Sheets['A10-1'] as XLSX.WorkSheet;
  expect(String(a101['A1']?.v)).toMatch(/^A10-1 \S+/);
  expect(String(a101['A5']?.v)).toContain(lockHash);
  expect(a101['A10']?.v).toBe('学号');
  expect(a101['B10']?.v).toBe('姓名');
  // Row 11: text 学号 with its zeros, the formula-like 姓名 kept as text, dates as YYYYMMDD text, 是/否, numbers.
  const cell = (ref: string) => ({ t: a101[ref]?.t, v: a101[ref]?.v });
  expect(cell('A11')).toEqual({ t: 's', v: '0023001' });
  expect(cell('B11')).toEqual({ t: 's', v: '=SUM(A1)' });
  expect(a101['B11']?.f).toBeUndefined();
  expect(cell('C11')).toEqual({ t: 's', v: '男' });
  expect(cell('F11')).toEqual({ t: 's', v: '20050102' });
  expect(cell('N11')).toEqual({ t: 'n', v: 3 });
  expect(cell('P11')).toEqual({ t: 's', v: '202309' });
  expect(cell('T11')).toEqual({ t: 's', v: '510201' });
  expect(cell('X11')).toEqual({ t: 's', v: '否' });
  expect(cell('X12')).toEqual({ t: 's', v: '是' });
  expect(a101['D11']).toBeUndefined();
  expect(a101['A13']).toBeUndefined();
  expect(String((wb.Sheets['A5-1'] as XLSX.WorkSheet)['A3']?.v)).toContain('自然年');
  const catalog = XLSX.utils.sheet_to_json<unknown[]>(wb.Sheets['状态数据目录'] as XLSX.WorkSheet, {
    header: 1,
  });
  expect(catalog.find((r) => r[1] === 'A10-1')?.[5]).toBe(2);

  const zip = await savedFile(() => page.getByRole('button', { name: '导出分表文件（.zip）' }).click());
  const files = unzipSync(zip.bytes);
  expect(Object.keys(files)).toEqual(
    expect.arrayContaining(['状态数据目录.xlsx', 'A10-1.xlsx', '上报核对单.xlsx', '上报核对单.html']),
  );
  const single = XLSX.read(files['A10-1.xlsx'] as Uint8Array, { type: 'array' });
  expect(single.SheetNames).toEqual(['A10-1']);
  expect((single.Sheets['A10-1'] as XLSX.WorkSheet)['A11']?.v).toBe('0023001');
  const html = new TextDecoder().decode(files['上报核对单.html']);
  expect(html).toContain(lockHash);
  expect(html).toContain('A10-1');

  // 新建下一学年 from the locked year: one step, then the new year opens with A10-1's rows 待核实.
  const start = Number(yearName.slice(0, 4));
  const nextLabel = `${start + 1}-${start + 2}学年`;
  await rollOver(page, nextLabel);
});

test('新建下一学年 is refused before the lock, with the reason', async ({ app: page }) => {
  await openOfficeAs(page, LEADER);
  await page.getByRole('menuitem', { name: '新建下一学年' }).click();
  await page.getByRole('button', { name: '新建下一学年' }).click();
  const ok = page.locator('.ant-popconfirm').getByRole('button', { name: '确定' });
  await expect(async () => {
    if (await ok.isVisible()) await ok.click({ timeout: 2000 });
    await expect(page.getByText('本学年数据尚未由领导小组锁定')).toBeVisible({ timeout: 5000 });
  }).toPass({ timeout: 30_000 });
  await expect(page.getByTestId('rollover-done')).toHaveCount(0);
});
