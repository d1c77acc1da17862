import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { AnnexTableResult } from '../../../shared/annex/annex-compute';
import { BUILTIN_ANNEXES } from '../../../shared/annex/builtin-annexes';
import { annexWorkbook, rowHeight, TIDY_SHEET } from './annex-xlsx';

const scorecard = BUILTIN_ANNEXES.find((t) => t.id === 'scorecard')!;
const table: AnnexTableResult = {
  def: scorecard,
  columnLabels: ['上一届', '本届'],
  rows: scorecard.rows.map((def) => ({
    def,
    cells: [
      { ok: false, reason: '无法计算（没有上一年的锁定数据）' },
      { ok: true, value: 4820, text: '4820 元', source: '2025届毕业生跟踪调查报告' },
    ],
  })),
};

describe('the annex .xlsx', () => {
  it('prints each sheet across one landscape page with its head repeated, long texts wrapped', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await annexWorkbook([table], '附表')).buffer as ArrayBuffer);
    const tidy = wb.getWorksheet(TIDY_SHEET)!;
    const layout = wb.getWorksheet(scorecard.name)!;
    for (const ws of [tidy, layout]) {
      expect(ws.pageSetup).toMatchObject({
        orientation: 'landscape',
        fitToPage: true,
        fitToWidth: 1,
        fitToHeight: 0,
      });
    }
    expect(tidy.pageSetup.printTitlesRow).toBe('1:1');
    expect(tidy.getCell('F3').alignment).toMatchObject({ wrapText: true });
    expect(tidy.getCell('A3').alignment).toMatchObject({ vertical: 'top' });
    expect(tidy.getCell('E3').alignment).toMatchObject({ vertical: 'top' });
    expect(layout.getCell('A3').alignment).toMatchObject({ wrapText: true });
    expect(layout.getCell('D3').value).toBe(4820);
  });

  it('writes each figure rounded as the report prints it, formatted with its decimals, and the reasons as notes', async () => {
    const resources = BUILTIN_ANNEXES.find((t) => t.id === 'resources')!;
    const computed: AnnexTableResult = {
      def: resources,
      columnLabels: ['上一学年', '本学年'],
      rows: resources.rows.map((def) => ({
        def,
        cells: [
          { ok: false, reason: '无法计算（没有上一年的锁定数据）' },
          { ok: true, value: 66.7, text: '66.7%', source: '锁定数据', decimals: 1 },
        ],
      })),
    };
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await annexWorkbook([computed], '附表')).buffer as ArrayBuffer);
    const tidy = wb.getWorksheet(TIDY_SHEET)!;
    expect(tidy.getCell('E3').value).toBe(66.7);
    expect(tidy.getCell('E3').numFmt).toBe('0.0');
    const layout = wb.getWorksheet(resources.name)!;
    expect(layout.getCell('D3').value).toBe(66.7);
    expect(layout.getCell('D3').numFmt).toBe('0.0');
    expect(layout.getCell('C3').value).toBe('—（注1）');
    expect(layout.getCell(`A${resources.rows.length + 3}`).value).toBe(
      '注1：无法计算（没有上一年的锁定数据）',
    );
  });

  it('gives a row the lines its longest wrapped text needs (a CJK character is two units wide)', () => {
    expect(rowHeight(['月收入', '元', 4820], [32, 8, 16])).toBe(15);
    expect(rowHeight(['无法计算（目录缺少字段：A7-6-2 应届毕业生就业情况表的“毕业生数”）'], [30])).toBe(45);
  });
});
