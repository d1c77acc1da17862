/**
 * A chapter relayed through a summary department (docs/report-workflow.md), three stations passing real
 * files: the office assigns 学生发展 to 团委会 through 学生工作处 and signs the assignment to both; 团委会
 * writes the chapter and its 负责人 signs it to 学生工作处; 学生工作处 imports it, reviews it and relays
 * it to the office with a note; the office imports the relay and finds 团委会's text in its report, the
 * version noting the relay.
 */
import { test, expect } from '@playwright/test';
import { saveFileVia } from './fixtures/bundle-stations';
import { importChapter } from './fixtures/chapter-stations';
import { threeStations, TW, XGC, XGC_SUMMARISES_A9 } from './fixtures/stations';
import { chooseOption } from './fixtures/workspace-steps';

test.setTimeout(600_000);

const TEXT = '本年度团委会组织志愿服务活动 86 场，参与学生 3200 人次。';

test('department → summary department → office: the chapter is relayed unchanged and lands in the report', async ({
  browser,
}, testInfo) => {
  const stations = await threeStations(browser, testInfo, {
    summary: XGC,
    department: TW,
    tasks: XGC_SUMMARISES_A9,
  });
  const { office, summary: xgc, department: tw, dir } = stations;
  const op = office.page;

  // The report, and 学生发展 assigned to 团委会 through 学生工作处, signed down to both.
  await op.getByRole('menuitem', { name: '质量年报' }).click();
  await op.getByTestId('create-report').click();
  await expect(op.getByTestId('report-title')).toBeVisible();
  await op.getByRole('menuitem', { name: '报告编制流程' }).click();
  const form = op.getByTestId('assign-form');
  await chooseOption(op, form.getByTestId('assign-chapter'), '学生发展');
  await chooseOption(op, form.getByTestId('assign-department'), '团委会');
  await chooseOption(op, form.getByLabel('经汇总部门（可选）'), '学生工作处');
  await form.getByLabel('截止日期').fill('2099-05-31');
  await form.getByTestId('assign-submit').click();
  const chapters = op.getByTestId('chapter-board');
  await expect(chapters).toContainText('团委会（经学生工作处汇总）');
  const toTw = await saveFileVia(
    office,
    chapters.getByRole('button', { name: '签名并下发 TW' }),
    dir,
    'TW-章节包.sdd',
  );
  const toXgc = await saveFileVia(
    office,
    chapters.getByRole('button', { name: '签名并下发 XGC' }),
    dir,
    'XGC-章节包.sdd',
  );

  // 团委会 writes the chapter; its 负责人 signs it to 学生工作处.
  const tp = tw.page;
  await tp.getByRole('menuitem', { name: '报告章节' }).click();
  await importChapter(tw, toTw, '1 个章节分工');
  const editor = tp.getByTestId('report-editor');
  await editor.locator('p').last().click();
  await tp.keyboard.type(TEXT);
  await tp.getByTestId('save-chapter').click();
  await expect(tp.getByText('已保存').first()).toBeVisible();
  const up = await saveFileVia(tw, tp.getByTestId('submit-chapter'), dir, 'TW-学生发展.sdd');
  await expect(tp.getByTestId('dept-chapter-state')).toHaveText('已提交');

  // 学生工作处 holds it, reads it and relays it with a note.
  const xp = xgc.page;
  await xp.getByRole('menuitem', { name: '报告章节' }).click();
  await importChapter(xgc, toXgc, '1 个章节分工');
  await importChapter(xgc, up, '由本部门审核并转报督导室');
  const card = xp.getByTestId('relay-card');
  await expect(card).toContainText('第 1 稿');
  await expect(xp.getByTestId('report-editor')).toContainText(TEXT);
  await card.getByLabel('审核意见（随转报发送督导室）').fill('数据已核对');
  const relay = await saveFileVia(xgc, card.getByTestId('relay-chapter'), dir, 'XGC-转报.sdd');
  await expect(card).toContainText('已转报');

  // The office imports the relay: 团委会's text is the chapter's next version, noting the relay.
  await importChapter(
    office,
    relay,
    '学生工作处转报团委会的“学生发展”第 1 稿（许处长 审核；部门签名原件已核验）',
  );
  await expect(chapters.getByTestId('chapter-state')).toHaveText('已提交');
  await op.getByRole('menuitem', { name: '质量年报' }).click();
  await op.getByTestId('chapter-menu').getByText('学生发展').click();
  await expect(op.getByTestId('report-editor')).toContainText(TEXT);
});
