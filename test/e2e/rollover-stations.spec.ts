/**
 * 新建下一学年 at two stations, with real files between them: the office and 团委会 each close their
 * year (seeded as locked), roll over, and the office's new-year setup bundle imports at 团委会 as an
 * update — no fingerprint to confirm, no second registration, since the station keys and the pinned
 * office key came along; 团委会 fills and signs a data bundle, and the office's new year imports it.
 */
import { test, expect } from '@playwright/test';
import {
  enterPassphrase,
  exchangeTab,
  fillAndExportA9,
  openFileVia,
  PASSPHRASE,
  saveFileVia,
} from './fixtures/bundle-stations';
import { officeAndTw } from './fixtures/stations';
import { rollOver } from './fixtures/rollover-steps';
import { OFFICE_USERS, type StationUser } from './fixtures/workspace-steps';
import { seedDepartmentLocked, seedOtherSlicesSchoolApproved } from './fixtures/year-seed';
import { importData, lockYear, switchUser } from './review-steps';

test.setTimeout(420_000);

const [, HEAD, SUPERVISOR, LEADER] = OFFICE_USERS as readonly [
  StationUser,
  StationUser,
  StationUser,
  StationUser,
];

test('office rolls over → new setup bundle → 团委会 imports it without a handshake → fills → office imports', async ({
  browser,
}, testInfo) => {
  const { office, tw, dir } = await officeAndTw(browser, testInfo);
  const start = Number((await office.page.getByRole('banner').innerText()).match(/(\d{4})-\d{4}学年/)?.[1]);
  const thisLabel = `${start}-${start + 1}学年`;
  const nextLabel = `${start + 1}-${start + 2}学年`;
  const pass = office.bridge ? PASSPHRASE : null;

  // The office closes the year: every slice school-approved, then the 领导小组's lock.
  const seeded = await seedOtherSlicesSchoolApproved(office.page, SUPERVISOR.name, new Date().toISOString());
  await switchUser(office.page, thisLabel, LEADER);
  await lockYear(office.page, seeded);
  await rollOver(office.page, nextLabel, pass);
  await switchUser(office.page, nextLabel, HEAD);
  await exchangeTab(office, '信任列表');
  // The trust list was re-issued for the new year: same keys (团委会's among them), next version.
  const panel = office.page.getByTestId('trust-panel');
  await expect(panel).toContainText('团委会');
  await expect(panel).toContainText('第 3 版');

  // 团委会's slices came back locked with the office's feedback; it rolls over too.
  expect(await seedDepartmentLocked(tw.page, 'TW')).toBeGreaterThan(0);
  await rollOver(tw.page, nextLabel);
  await exchangeTab(tw, '导入数据包');
  await expect(tw.page.getByTestId('awaiting-year')).toContainText('请先导入督导室新学年的初始化包');

  // The new year's setup bundle: an update at 团委会, with the fingerprint it already trusts.
  await exchangeTab(office, '初始化包');
  await enterPassphrase(office);
  const setup = await saveFileVia(
    office,
    office.page.getByRole('button', { name: '导出初始化包 TW' }),
    dir,
    'TW-初始化包-新学年.sdd',
  );
  await openFileVia(tw, tw.page.getByRole('button', { name: '选择文件…' }), setup);
  await expect(tw.page.getByTestId('setup-confirm')).toContainText('督导室密钥（已确认）指纹');
  await expect(tw.page.getByTestId('office-fingerprint')).toHaveCount(0);
  await tw.page.getByRole('button', { name: '确认并导入' }).click();
  await expect(tw.page.getByTestId('import-done')).toContainText('初始化包已导入');
  await expect(tw.page.getByTestId('awaiting-year')).toHaveCount(0);

  // 团委会 fills and signs with the key it registered last year; the office's new year imports it.
  const data = await fillAndExportA9(tw, 'OFFICE', dir);
  await importData(office, data, dir);
  await expect(office.page.getByRole('banner')).toContainText(nextLabel);
});
