/**
 * A changed option list reaching a department, two stations passing a real file: 团委会 holds A10-2-1 rows
 * with 性别 男 and 女; the office renames the options (holding no such rows itself, it is still asked about
 * both), maps 男 → 男性 and keeps 女 flagged; 团委会's import of the next setup bundle rewrites its 男 rows
 * and tells the clerk, in a banner, that 女 was kept and marked 待修正.
 */
import { test, expect } from '@playwright/test';
import { enterPassphrase, exchangeTab, openFileVia, saveFileVia } from './fixtures/bundle-stations';
import { officeAndTw } from './fixtures/stations';
import { chooseOption } from './fixtures/workspace-steps';

test.setTimeout(300_000);

test('a department’s stored values follow the office’s option change, the rest are listed as 待修正', async ({
  browser,
}, testInfo) => {
  const { office, tw, dir } = await officeAndTw(browser, testInfo);
  await tw.page.evaluate(() =>
    window.sddE2E!.seedRows({
      tableCode: 'A10-2-1',
      rows: [
        { values: { no: 'S001', sex: '男' } },
        { values: { no: 'S002', sex: '男' } },
        { values: { no: 'S003', sex: '女' } },
      ],
    }),
  );

  // The office renames the options of 性别.
  const op = office.page;
  await op.getByRole('menuitem', { name: '采集目录' }).click();
  await op.getByTestId('catalog-tables').getByText('A10-2-1', { exact: true }).click();
  await op.getByRole('button', { name: '编辑字段 性别' }).click();
  const form = op.getByTestId('field-form');
  const options = form.getByRole('combobox', { name: '选项', exact: true });
  await options.click();
  await options.press('Backspace');
  await options.press('Backspace');
  for (const o of ['男性', '女性']) {
    await options.fill(o);
    await options.press('Enter');
  }
  await op.getByRole('dialog').getByRole('button', { name: '确定' }).click();
  await expect(op.getByRole('dialog')).toHaveCount(0);
  await op.getByRole('button', { name: '保存目录' }).click();

  const ask = op.getByTestId('option-migration');
  await expect(ask.getByRole('row', { name: /男\s*0/ })).toBeVisible();
  await expect(ask.getByRole('row', { name: /女\s*0/ })).toBeVisible();
  await chooseOption(op, op.getByLabel('性别「女」处理方式'), '保留原值并标记待修正');
  await op.getByRole('button', { name: '按此处理并保存' }).click();
  await expect(op.getByTestId('catalog-version')).toHaveText('版本 2');

  // Its next setup bundle reaches 团委会.
  await exchangeTab(office, '初始化包');
  await enterPassphrase(office);
  const setup = await saveFileVia(
    office,
    op.getByRole('button', { name: '导出初始化包 TW' }),
    dir,
    'TW-初始化包-2.sdd',
  );
  const tp = tw.page;
  await exchangeTab(tw, '导入数据包');
  await openFileVia(tw, tp.getByRole('button', { name: '选择文件…' }), setup);
  await tp.getByRole('button', { name: '确认并导入' }).click();
  await expect(tp.getByTestId('import-done')).toContainText('初始化包已导入');
  const banner = tp.getByTestId('setup-migrated');
  await expect(banner).toContainText('已按督导室的对应关系把 2 处已填的旧值改为新选项');
  await expect(banner.getByTestId('setup-migrated-flagged')).toHaveText(
    'A10-2-1 辍学学生明细表 ·「性别」：女（1 处）',
  );
  const shots = process.env.SHOTS_DIR;
  if (shots) await tp.screenshot({ path: `${shots}/department-setup-migrated.png` });
  // The department is led on from the setup to its tables.
  await tp.getByTestId('import-next').getByRole('button', { name: '去我的任务' }).click();
  await expect(tp.getByTestId('my-tasks')).toContainText('A10-3');
});
