/**
 * Our template opened in second libraries: ExcelJS finds the column notes, text/number formats and the
 * frozen header; SheetJS (which reads neither data validations nor writes them) finds the notes and
 * formats; the sheet XML itself carries <dataValidation type="list">. The data export neutralises
 * formula-like text while numbers stay numbers (docs/SECURITY.md S5), and 导出全部 / 下载全部模板 cover every table.
 */
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import * as XLSX from 'xlsx';
import { test, expect } from './fixtures/sheet-test';
import { encodeGbk } from './fixtures/sheet-files';
import { departmentStation, sheetActions, wizard } from './fixtures/sheet-steps';

test('the template has notes, formats, a frozen header and list validations; exports neutralise formulas', async ({
  app: page,
  savedFile,
  openFile,
}) => {
  test.setTimeout(240_000);
  await departmentStation(page);
  const template = await savedFile(() =>
    sheetActions(page, 'A10-1').getByRole('button', { name: '下载填报模板' }).click(),
  );

  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(template.bytes) as unknown as ArrayBuffer);
  const ws = wb.getWorksheet('A10-1');
  if (!ws) throw new Error('no A10-1 sheet');
  expect(String(ws.getCell('A1').value)).toBe('A10-1 在校生信息表');
  expect(String(ws.getCell('A3').value)).toContain('统计时段');
  expect(ws.getCell('A10').value).toBe('学号');
  expect(String(ws.getCell('A10').note)).toContain('学号（必填）');
  expect(ws.getColumn(1).numFmt).toBe('@');
  expect(ws.getColumn(14).numFmt).toBe('0');
  expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 10 });

  const sj = XLSX.read(template.bytes, { type: 'array', cellNF: true });
  expect(sj.SheetNames).toContain('A10-1');
  const a10 = sj.Sheets['A10-1']?.A10 as XLSX.CellObject;
  expect(a10.c?.[0]?.t).toContain('学号');

  const files = unzipSync(template.bytes);
  const sheetXml = strFromU8(files['xl/worksheets/sheet1.xml'] as Uint8Array);
  expect(sheetXml).toContain('<dataValidation type="list"');
  // ExcelJS escapes the sheet name's quotes as &apos;; the list of 56 民族 lives on the hidden options sheet.
  expect(sheetXml).toMatch(
    /sqref="D11:D5010"><formula1>(?:'|&apos;)选项(?:'|&apos;)!\$B\$1:\$B\$56<\/formula1>/,
  );

  // Formula-like text in, then out through 导出.
  const csv = encodeGbk(
    '学号,姓名,性别,学制（年）,欠费金额（元）\r\n=HYPERLINK("http://x"),@SUM(A1),男,3,-5\r\n',
  );
  await sheetActions(page, 'A10-1').getByRole('button', { name: '导入' }).click();
  await openFile(() => wizard(page).getByTestId('import-pick').click(), '注入.csv', csv);
  await wizard(page).getByRole('radio', { name: /替换/ }).check();
  await wizard(page).getByTestId('import-commit').click();
  await expect(wizard(page).getByTestId('import-done')).toContainText('新增 1 行');
  await wizard(page).getByTestId('import-close').click();

  const exported = await savedFile(() =>
    sheetActions(page, 'A10-1').getByRole('button', { name: '导出' }).click(),
  );
  const xml = strFromU8(unzipSync(exported.bytes)['xl/worksheets/sheet1.xml'] as Uint8Array);
  expect(xml).not.toContain('<f>');
  const out = XLSX.read(exported.bytes, { type: 'array' }).Sheets['A10-1'];
  expect((out?.A11 as XLSX.CellObject).v).toBe(`'=HYPERLINK("http://x")`);
  expect((out?.B11 as XLSX.CellObject).v).toBe(`'@SUM(A1)`);
  expect(out?.N11 as XLSX.CellObject).toMatchObject({ t: 'n', v: 3 });
  expect(out?.Y11 as XLSX.CellObject).toMatchObject({ t: 'n', v: -5 });

  // 下载全部模板 and 导出全部: one workbook, a sheet per table of my tasks.
  const all = await savedFile(() => page.getByTestId('download-all-templates').click());
  const names = XLSX.read(all.bytes, { type: 'array', bookSheets: true }).SheetNames;
  expect(names).toEqual(expect.arrayContaining(['A10-1']));
  const allData = await savedFile(() => page.getByTestId('export-all').click());
  expect(XLSX.read(allData.bytes, { type: 'array', bookSheets: true }).SheetNames).toEqual(
    expect.arrayContaining(['A10-1']),
  );
});
