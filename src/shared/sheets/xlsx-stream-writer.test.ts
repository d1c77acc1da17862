import { describe, expect, it } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import * as XLSX from 'xlsx';
import type { StoredRow } from '../records/record-types';
import { exportWorkbook } from './export-workbook';
import { neutraliseFormula } from './formula-guard';
import { DATA_START_ROW } from './template-layout';
import { studentTable } from './test-tables';
import { writeXlsx } from './xlsx-stream-writer';

const ctx = {
  schoolName: '示范学院',
  schoolIdentifier: '4144012954',
  periodText: '时点 2025-09-01',
  departmentName: '学生工作处',
  generatedOn: '2025-10-01',
};
const row = (values: StoredRow['values']): StoredRow => ({
  id: crypto.randomUUID(),
  values,
  by: 't',
  at: '2025-10-01T00:00:00Z',
  src: 'typed',
});

describe('formula neutralisation (docs/SECURITY.md S5)', () => {
  it('prefixes text starting with = + - @ TAB CR NUL, and leaves other text alone', () => {
    for (const s of ['=HYPERLINK("http://x")', '+1', '-1', '@SUM(A1)', '\t=1', '\r=1', '\u0000x'])
      expect(neutraliseFormula(s)).toBe(`'${s}`);
    expect(neutraliseFormula('张三')).toBe('张三');
    expect(neutraliseFormula('')).toBe('');
  });
});

describe('streaming xlsx export', () => {
  async function exported(rows: StoredRow[]): Promise<Uint8Array> {
    const wb = exportWorkbook([{ table: studentTable(), rows, context: ctx }]);
    return writeXlsx(wb.sheets, { styles: wb.styles });
  }

  it('writes numbers as numbers, neutralises formula-like text, and has no <f> element', async () => {
    const bytes = await exported([
      row({
        no: '=HYPERLINK("http://evil")',
        name: '@SUM(A1)',
        sex: '男',
        lengthofschooling: -5,
        test_scores: 88.5,
        isgraduation: true,
        departmentid: '\t=1',
      }),
    ]);
    const files = unzipSync(bytes);
    const sheet = strFromU8(files['xl/worksheets/sheet1.xml'] as Uint8Array);
    expect(sheet).not.toContain('<f>');
    expect(sheet).toContain('<dataValidation type="list"');
    const wb = XLSX.read(bytes, { type: 'array' });
    const ws = wb.Sheets['A10-1'];
    if (!ws) throw new Error('sheet missing');
    const cell = (ref: string) => ws[ref] as XLSX.CellObject | undefined;
    const r = DATA_START_ROW;
    expect(cell(`A${r}`)).toMatchObject({ t: 's', v: `'=HYPERLINK("http://evil")` });
    expect(cell(`B${r}`)?.v).toBe(`'@SUM(A1)`);
    expect(cell(`N${r}`)).toMatchObject({ t: 'n', v: -5 });
    expect(cell(`Q${r}`)).toMatchObject({ t: 'n', v: 88.5 });
    expect(cell(`X${r}`)?.v).toBe('是');
    expect(cell(`R${r}`)?.v).toBe(`'\t=1`);
    expect(cell('A10')?.v).toBe('学号');
    expect(wb.SheetNames).toEqual(['A10-1', '选项']);
  });

  it('prints landscape on A4 with the hint and label rows repeated, and widens columns to the data', async () => {
    const bytes = await exported([
      row({ no: '20230000000001', name: '欧阳娜仁其其格·额尔敦巴雅尔', sex: '男' }),
    ]);
    const files = unzipSync(bytes);
    const sheet = strFromU8(files['xl/worksheets/sheet1.xml'] as Uint8Array);
    expect(sheet).toContain('<pageSetup paperSize="9" orientation="landscape"');
    // 25 columns would print below half size on one page: they run over pages instead.
    expect(sheet).not.toContain('fitToPage');
    expect(strFromU8(files['xl/workbook.xml'] as Uint8Array)).toContain(
      `<definedName name="_xlnm.Print_Titles" localSheetId="0">'A10-1'!$9:$10</definedName>`,
    );
    const widths = [...sheet.matchAll(/<col min="(\d+)" max="\d+" width="(\d+)"/g)].map((m) => Number(m[2]));
    expect(widths[1]).toBe(29); // 姓名 widened to the name: 13 CJK characters and a '·' (27 units) + 2
    expect(XLSX.read(bytes, { type: 'array' }).Sheets['A10-1']?.[`B${DATA_START_ROW}`]).toMatchObject({
      v: '欧阳娜仁其其格·额尔敦巴雅尔',
    });
  });

  it('drops characters XML forbids instead of producing a file Excel refuses', async () => {
    const bytes = await exported([row({ no: '1', name: 'a\u0001b\ud800c' })]);
    const wb = XLSX.read(bytes, { type: 'array' });
    expect((wb.Sheets['A10-1']?.[`B${DATA_START_ROW}`] as XLSX.CellObject).v).toBe('abc');
  });
});
