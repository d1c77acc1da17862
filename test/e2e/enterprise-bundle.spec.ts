/**
 * An enterprise report travels (docs/annexes.md "Enterprise reports travel"), two stations passing real
 * files: the office registers a partner enterprise of 马克思主义学院, assigns it by rotation and signs the
 * assignment down in the college's chapter bundle; the college's station gets the report from the
 * enterprise outline, writes every chapter, its 负责人 approves it and signs it up; the office imports it
 * where it imports chapters and finds the college's text in its copy of the report.
 */
import { test, expect } from '@playwright/test';
import {
  assignCollegeReport,
  ENTERPRISE,
  expectCollegeText,
  writeAndApprove,
} from './fixtures/enterprise-steps';
import { saveFileVia } from './fixtures/bundle-stations';
import { importChapter } from './fixtures/chapter-stations';
import { MYY, twoStations } from './fixtures/stations';

test.setTimeout(480_000);

test('the office assigns an enterprise report down, the college writes, approves and signs it up, the office imports it', async ({
  browser,
}, testInfo) => {
  const { office, department: myy, dir } = await twoStations(browser, testInfo, { department: MYY });

  // The office: the enterprise on the roster, the rotation, the assignment signed down.
  const op = office.page;
  await assignCollegeReport(op);
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
  await writeAndApprove(mp);
  const up = await saveFileVia(myy, mp.getByTestId('enterprise-send-office'), dir, 'MYY-企业年报.sdd');
  await expect(mp.getByTestId('enterprise-sent-revision')).toHaveText('已报送第 1 稿');

  // The office imports it on 报告编制流程 and finds the college's text in its copy.
  await op.getByRole('menuitem', { name: '报告编制流程' }).click();
  await importChapter(office, up, ENTERPRISE);
  await expectCollegeText(op);
});
