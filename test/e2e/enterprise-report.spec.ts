/**
 * The enterprise report: the office registers a partner enterprise (a wrong check character is refused),
 * assigns the year by rotation, and the college writes the report — a .docx that is not Word is refused,
 * the enterprise's own .docx (text and a picture) is imported, a live table of its A7-5 rows is added —
 * its 负责人's approval runs the consistency check (the other chapters are still empty), and the .docx export carries the imported text and the live rows.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { Document, ImageRun, Packer, Paragraph } from 'docx';
import { strFromU8, unzipSync } from 'fflate';
import { test, expect } from './fixtures/app-test';
import { chooseOption, OFFICE_USERS, openOfficeAs, type StationUser } from './fixtures/workspace-steps';
import { seedSlices } from './fixtures/report-seed';

const HEAD = OFFICE_USERS[1] as StationUser;
const SHOTS = process.env.ANNEX_SHOTS_DIR;
// A 1×1 PNG.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

async function enterpriseDocx(path: string): Promise<void> {
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph('汕头智造科技有限公司与学校共建智能制造产业学院，联合培养订单班学生 120 名。'),
          new Paragraph({
            children: [new ImageRun({ type: 'png', data: PNG, transformation: { width: 40, height: 40 } })],
          }),
        ],
      },
    ],
  });
  await writeFile(path, new Uint8Array(await Packer.toArrayBuffer(doc)));
}

test('a college imports the enterprise .docx into its enterprise report, adds a live A7-5 table and exports it', async ({
  app: page,
}, testInfo) => {
  test.setTimeout(180_000);
  await openOfficeAs(page, HEAD, (p) =>
    seedSlices(p, [
      {
        tableCode: 'A7-5',
        departmentCode: 'MYY',
        rows: [
          { company: '汕头智造科技有限公司', ordercount: 2, teachcourse: 3, practicestud: 45 },
          { company: '另一家公司', ordercount: 1, teachcourse: 1, practicestud: 5 },
        ],
      },
    ]),
  );
  await page.getByRole('menuitem', { name: '企业年报' }).click();

  // The roster: a wrong check character is refused with its reason, the right code is stored.
  await page.getByRole('tab', { name: '合作企业名册' }).click();
  await page.getByTestId('enterprise-add').click();
  const form = page.getByTestId('enterprise-form');
  await form.getByTestId('enterprise-name').fill('汕头智造科技有限公司');
  await form.getByTestId('enterprise-aliases').fill('汕头智造');
  await form.getByTestId('enterprise-credit-code').fill('913201001000000088');
  await chooseOption(page, form.getByTestId('enterprise-college'), '马克思主义学院');
  await page.getByRole('dialog').getByRole('button', { name: '保存' }).click();
  await expect(page.getByText('统一社会信用代码校验位不符')).toBeVisible();
  await form.getByTestId('enterprise-credit-code').fill('913201001000000089');
  await page.getByRole('dialog').getByRole('button', { name: '保存' }).click();
  await expect(page.getByTestId('enterprise-roster')).toContainText('913201001000000089');

  // The rotation assigns the college its report.
  await page.getByRole('tab', { name: '本年度企业年报' }).click();
  await page.getByTestId('rotation-count-MYY').fill('1');
  await page.getByTestId('rotation-assign').click();
  await expect(page.getByTestId('enterprise-reports')).toContainText('汕头智造科技有限公司');
  await page.getByTestId('open-enterprise-report').click();
  await expect(page.getByTestId('enterprise-report-title')).toContainText('汕头智造科技有限公司');
  await page.getByTestId('enterprise-chapter-menu').getByText('参与办学总体情况').click();
  const editor = page.getByTestId('report-editor');
  await editor.locator('h1').last().click();
  await page.keyboard.press('End');

  // A file that is not Word is refused; the enterprise's .docx is imported with its picture.
  const notWord = testInfo.outputPath('不是文档.docx');
  await writeFile(notWord, '这不是 Word 文档');
  const [chooser1] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByTestId('import-docx').click(),
  ]);
  await chooser1.setFiles(notWord);
  await expect(page.getByText('不是 Word 文档')).toBeVisible();
  const docxPath = testInfo.outputPath('企业提供.docx');
  await enterpriseDocx(docxPath);
  const [chooser2] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByTestId('import-docx').click(),
  ]);
  await chooser2.setFiles(docxPath);
  // mammoth loads on demand and the machine may be busy: wait on what the editor shows.
  await expect(editor).toContainText('联合培养订单班学生 120 名', { timeout: 20_000 });
  await expect(editor.locator('img')).toHaveCount(1);

  // A live table of the enterprise's A7-5 rows (matched by its name), then save.
  await page.getByTestId('insert-enterprise-table').click();
  const table = editor.getByTestId('enterprise-table-node');
  // The rows come from the live source's load of A7-5, which may still be under way.
  await expect(table).toContainText('汕头智造科技有限公司', { timeout: 20_000 });
  await expect(table).not.toContainText('另一家公司');
  await expect(table).toContainText('45');
  await page.getByTestId('save-chapter').click();
  await expect(page.getByText('已保存').first()).toBeVisible();
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/enterprise-report.png` });
  await page.getByTestId('enterprise-approve').click();
  await expect(page.getByText('合规审查还有')).toBeVisible();
  await expect(page.getByTestId('enterprise-report-status')).toHaveText('编写中');

  const [docx] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('enterprise-export-docx').click(),
  ]);
  const zip = unzipSync(new Uint8Array(await readFile((await docx.path())!)));
  const body = strFromU8(zip['word/document.xml']!);
  expect(body).toContain('联合培养订单班学生 120 名');
  expect(body).toContain('汕头智造科技有限公司在产学合作表中的记录');
  expect(body).toContain('<w:t xml:space="preserve">45</w:t>');
  expect(Object.keys(zip).some((n) => n.startsWith('word/media/'))).toBe(true);
  if (SHOTS) await docx.saveAs(`${SHOTS}/enterprise-report.docx`);
});
