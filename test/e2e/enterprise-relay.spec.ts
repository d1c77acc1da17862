/**
 * An enterprise report relayed through a summary department (docs/annexes.md), three stations passing real
 * files (in the bridge project too: every signature and save goes through the main-process handlers): the office assigns 马克思主义学院's report by rotation and sets its 报送途径 to 学生工作处, signing
 * the assignment to both; the college writes and approves the report and signs it to 学生工作处, which
 * relays it (转报督导室) with the college's signed bundle inside; the office imports the relay and finds the
 * college's text in its copy.
 */
import { test, expect, type Locator } from '@playwright/test';
import { assignCollegeReport, expectCollegeText, writeAndApprove } from './fixtures/enterprise-steps';
import { PASSPHRASE, saveFileVia, type StationPage } from './fixtures/bundle-stations';
import { importChapter } from './fixtures/chapter-stations';
import { MYY, threeStations, XGC, XGC_SUMMARISES_A9 } from './fixtures/stations';
import { chooseOption } from './fixtures/workspace-steps';

test.setTimeout(600_000);

const SHOTS = process.env.ANNEX_SHOTS_DIR;

/** The 负责人's passphrase beside an enterprise signing button, asked where the key is in the desktop vault (bridge). */
async function enterSignPassphrase(s: StationPage, within: Locator): Promise<void> {
  if (s.bridge) await within.getByTestId('enterprise-sign-passphrase').fill(PASSPHRASE);
}

test('college → summary department → office: the enterprise report is relayed unchanged on the route the office set', async ({
  browser,
}, testInfo) => {
  const stations = await threeStations(browser, testInfo, {
    summary: XGC,
    department: MYY,
    tasks: XGC_SUMMARISES_A9,
  });
  const { office, summary: xgc, department: myy, dir } = stations;
  const op = office.page;

  // The office: the enterprise, the rotation, the route through 学生工作处, the assignment to both.
  await assignCollegeReport(op);
  await chooseOption(op, op.getByTestId('enterprise-route'), '经学生工作处转报');
  // The select shows the stored route (its toast can be gone by the time a loaded machine looks).
  await expect(op.getByTestId('enterprise-route')).toContainText('经学生工作处转报');
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
  await writeAndApprove(mp);
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
  await expectCollegeText(op);
});
