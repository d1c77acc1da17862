/**
 * An enterprise report relayed through a summary department (docs/annexes.md), three stations passing real
 * files (in the bridge project too: every signature and save goes through the main-process handlers): the office assigns 马克思主义学院's report by rotation and sets its 报送途径 to 学生工作处, signing
 * the assignment to both; the college writes and approves the report and signs it to 学生工作处, which
 * relays it (转报督导室) with the college's signed bundle inside; the office imports the relay and finds the
 * college's text in its copy.
 */
import { test, expect, type Locator } from '@playwright/test';
import { ENTERPRISE, writeEveryChapter } from './fixtures/enterprise-steps';
import {
  createAndSignIn,
  createKey,
  openStationPage,
  PASSPHRASE,
  registerStation,
  saveFileVia,
  setUpStation,
  type StationPage,
} from './fixtures/bundle-stations';
import { importChapter, OFFICE_HEAD, SCHOOL } from './fixtures/chapter-stations';
import { chooseOption, OFFICE_USERS, type StationUser } from './fixtures/workspace-steps';

test.setTimeout(600_000);

const MYY_HEAD: StationUser = { role: '负责人', name: '马院长', pin: '6666' };
const XGC_HEAD: StationUser = { role: '负责人', name: '许处长', pin: '2222' };
const SHOTS = process.env.ANNEX_SHOTS_DIR;

/** The 负责人's passphrase beside an enterprise signing button, asked where the key is in the desktop vault (bridge). */
async function enterSignPassphrase(s: StationPage, within: Locator): Promise<void> {
  if (s.bridge) await within.getByTestId('enterprise-sign-passphrase').fill(PASSPHRASE);
}

test('college → summary department → office: the enterprise report is relayed unchanged on the route the office set', async ({
  browser,
}, testInfo) => {
  const dir = testInfo.outputPath('files');
  const office = await openStationPage(browser, testInfo, 'office');
  const xgc = await openStationPage(browser, testInfo, 'xgc');
  const myy = await openStationPage(browser, testInfo, 'myy');
  await createAndSignIn(office, { ...SCHOOL, station: '督导室（学校）', users: OFFICE_USERS }, OFFICE_HEAD);
  await createAndSignIn(
    xgc,
    {
      ...SCHOOL,
      station: '汇总部门',
      department: '学生工作处',
      users: [{ role: '信息员', name: '徐信息', pin: '1111' }, XGC_HEAD],
    },
    XGC_HEAD,
  );
  await createAndSignIn(
    myy,
    {
      ...SCHOOL,
      station: '填报部门',
      department: '马克思主义学院',
      users: [{ role: '信息员', name: '马信息', pin: '5555' }, MYY_HEAD],
    },
    MYY_HEAD,
  );
  const op = office.page;
  await op.getByRole('menuitem', { name: '任务分配' }).click();
  await chooseOption(op, op.getByLabel('A9-6-1 汇总部门'), '学生工作处');
  await op.getByRole('button', { name: '保存', exact: true }).click();
  await expect(op.getByText('任务分配已保存')).toBeVisible();
  await createKey(office);
  await registerStation(office, xgc, 'XGC', dir);
  await registerStation(office, myy, 'MYY', dir);
  await setUpStation(office, xgc, 'XGC', dir);
  await setUpStation(office, myy, 'MYY', dir);

  // The office: the enterprise, the rotation, the route through 学生工作处, the assignment to both.
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
  await chooseOption(op, op.getByTestId('enterprise-route'), '经学生工作处转报');
  await expect(op.getByText('报送途径已更新')).toBeVisible();
  if (SHOTS) await op.screenshot({ path: `${SHOTS}/enterprise-route.png` });
  const send = op.getByTestId('enterprise-assignment-send');
  await enterSignPassphrase(office, send);
  const toMyy = await saveFileVia(
    office,
    send.getByRole('button', { name: /马克思主义学院/ }),
    dir,
    'MYY-章节包.sdd',
  );
  const toXgc = await saveFileVia(
    office,
    send.getByRole('button', { name: /学生工作处/ }),
    dir,
    'XGC-章节包.sdd',
  );

  // The college writes, approves and signs the report to 学生工作处.
  const mp = myy.page;
  await mp.getByRole('menuitem', { name: '报告章节' }).click();
  await importChapter(myy, toMyy, '');
  await mp.getByRole('menuitem', { name: '企业年报' }).click();
  await mp.getByTestId('open-enterprise-report').click();
  await writeEveryChapter(mp);
  await mp.getByTestId('enterprise-approve').click();
  await expect(mp.getByTestId('enterprise-report-status')).toHaveText('已审定');
  await enterSignPassphrase(myy, mp.getByTestId('enterprise-send'));
  const sendUp = mp.getByTestId('enterprise-send-office');
  await expect(sendUp).toHaveText('报送学生工作处汇总转报');
  const up = await saveFileVia(myy, sendUp, dir, 'MYY-企业年报.sdd');
  await expect(mp.getByTestId('enterprise-sent-revision')).toHaveText('已报送第 1 稿');

  // 学生工作处 takes the assignment and the report, and relays it.
  const xp = xgc.page;
  await xp.getByRole('menuitem', { name: '报告章节' }).click();
  await importChapter(xgc, toXgc, '');
  await importChapter(xgc, up, '由本部门审核并转报督导室');
  await xp.getByRole('menuitem', { name: '企业年报' }).click();
  await xp.getByRole('tab', { name: '待转报督导室的企业年报' }).click();
  const relayPanel = xp.getByTestId('enterprise-relay');
  await expect(relayPanel).toContainText('已收到第 1 稿');
  await relayPanel.getByLabel('转报意见（可选）').fill('已核对企业数据');
  await enterSignPassphrase(xgc, relayPanel);
  if (SHOTS) await xp.screenshot({ path: `${SHOTS}/enterprise-relay.png` });
  const relay = await saveFileVia(xgc, relayPanel.getByTestId('enterprise-relay-send'), dir, 'XGC-转报.sdd');
  await expect(relayPanel).toContainText('第 1 稿已转报');

  // The office imports the relay and finds the college's text in its copy.
  await op.getByRole('menuitem', { name: '报告编制流程' }).click();
  await importChapter(office, relay, '学生工作处转报马克思主义学院的');
  await op.getByRole('menuitem', { name: '企业年报' }).click();
  await op.getByTestId('open-enterprise-report').click();
  await op.getByTestId('enterprise-chapter-menu').getByText('资源投入', { exact: true }).click();
  await expect(op.getByTestId('report-editor')).toContainText(`资源投入：${ENTERPRISE}`);
});
