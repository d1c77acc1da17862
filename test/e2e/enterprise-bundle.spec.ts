/**
 * An enterprise report travels (docs/annexes.md "Enterprise reports travel"), two stations passing real
 * files: the office registers a partner enterprise of 马克思主义学院, assigns it by rotation and signs the
 * assignment down in the college's chapter bundle; the college's station gets the report from the
 * enterprise outline, writes every chapter, its 负责人 approves it and signs it up; the office imports it
 * where it imports chapters and finds the college's text in its copy of the report.
 */
import { test, expect } from '@playwright/test';
import { ENTERPRISE, writeEveryChapter } from './fixtures/enterprise-steps';
import {
  createKey,
  openStationPage,
  registerStation,
  saveFileVia,
  setUpStation,
} from './fixtures/bundle-stations';
import { importChapter, OFFICE_HEAD, SCHOOL, YEAR } from './fixtures/chapter-stations';
import { chooseOption, createYear, OFFICE_USERS, signIn, type StationUser } from './fixtures/workspace-steps';

test.setTimeout(480_000);

const MYY_HEAD: StationUser = { role: '负责人', name: '马院长', pin: '6666' };
const MYY_FILLER: StationUser = { role: '信息员', name: '马信息', pin: '5555' };

test('the office assigns an enterprise report down, the college writes, approves and signs it up, the office imports it', async ({
  browser,
}, testInfo) => {
  const dir = testInfo.outputPath('files');
  const office = await openStationPage(browser, testInfo, 'office');
  const myy = await openStationPage(browser, testInfo, 'myy');
  await createYear(office.page, { ...SCHOOL, station: '督导室（学校）', users: OFFICE_USERS });
  await signIn(office.page, YEAR, OFFICE_HEAD);
  await createYear(myy.page, {
    ...SCHOOL,
    station: '填报部门',
    department: '马克思主义学院',
    users: [MYY_FILLER, MYY_HEAD],
  });
  await signIn(myy.page, YEAR, MYY_HEAD);
  await createKey(office);
  await registerStation(office, myy, 'MYY', dir);
  await setUpStation(office, myy, 'MYY', dir);

  // The office: the enterprise on the roster, the rotation, the assignment signed down.
  const op = office.page;
  await op.getByRole('menuitem', { name: '企业年报' }).click();
  await op.getByRole('tab', { name: '合作企业名册' }).click();
  await op.getByTestId('enterprise-add').click();
  const form = op.getByTestId('enterprise-form');
  await form.getByTestId('enterprise-name').fill(ENTERPRISE);
  await form.getByTestId('enterprise-credit-code').fill('913201001000000089');
  await chooseOption(op, form.getByTestId('enterprise-college'), '马克思主义学院');
  await op.getByRole('dialog').getByRole('button', { name: '保存' }).click();
  await expect(op.getByTestId('enterprise-roster')).toContainText('913201001000000089');
  await op.getByRole('tab', { name: '本年度企业年报' }).click();
  await op.getByTestId('rotation-count-MYY').fill('1');
  await op.getByTestId('rotation-assign').click();
  await expect(op.getByTestId('enterprise-reports')).toContainText(ENTERPRISE);
  const down = await saveFileVia(
    office,
    op.getByTestId('enterprise-assignment-send').getByRole('button', { name: /马克思主义学院/ }),
    dir,
    'MYY-章节包.sdd',
  );

  // The college: the assignment arrives where chapters arrive, and the report is there to write.
  const mp = myy.page;
  await mp.getByRole('menuitem', { name: '报告章节' }).click();
  await importChapter(myy, down, '');
  await mp.getByRole('menuitem', { name: '企业年报' }).click();
  await expect(mp.getByTestId('enterprise-reports')).toContainText(ENTERPRISE);
  await mp.getByTestId('open-enterprise-report').click();
  await writeEveryChapter(mp);
  await mp.getByTestId('enterprise-approve').click();
  await expect(mp.getByTestId('enterprise-report-status')).toHaveText('已审定');
  const up = await saveFileVia(myy, mp.getByTestId('enterprise-send-office'), dir, 'MYY-企业年报.sdd');
  await expect(mp.getByTestId('enterprise-sent-revision')).toHaveText('已报送第 1 稿');

  // The office imports it on 报告编制流程 and finds the college's text in its copy.
  await op.getByRole('menuitem', { name: '报告编制流程' }).click();
  await importChapter(office, up, ENTERPRISE);
  await op.getByRole('menuitem', { name: '企业年报' }).click();
  await op.getByTestId('open-enterprise-report').click();
  await op.getByTestId('enterprise-chapter-menu').getByText('资源投入', { exact: true }).click();
  await expect(op.getByTestId('report-editor')).toContainText(`资源投入：${ENTERPRISE}`);
});
