/**
 * 附表 as an .xlsx for the 年报管理系统 upload, written with ExcelJS (loaded on demand). The first sheet is
 * tidy — one row per annex, item and column, the value as a number — so it can be uploaded or pivoted
 * as it is; then one sheet per annex in the printed layout (项目 / 单位 / two columns / 数据来源). A value
 * that cannot be computed or is not entered leaves the number empty and says why.
 */
import type { AnnexCell, AnnexTableResult } from '../../../shared/annex/annex-compute';
import { annexGrid, rowDecimals } from '../../../shared/annex/annex-grid';

export const TIDY_SHEET = '附表数据';
export const TIDY_HEAD = ['附表', '项目', '单位', '列', '数值', '说明', '数据来源', '是否核实'] as const;

const FONT = { name: '宋体', size: 11 } as const;
/** Printed across one landscape page: the columns stay together, long names and reasons wrap. */
const PRINT = {
  orientation: 'landscape',
  paperSize: 9,
  fitToPage: true,
  fitToWidth: 1,
  fitToHeight: 0,
} as const;
const WRAP = { wrapText: true, vertical: 'top' } as const;
// Cells beside a wrapped text sit at the top too, so a record's cells read as one line.
const TOP = { vertical: 'top' } as const;
/** The Excel number format that shows a figure with the decimals the report prints it with. */
export function figureFormat(cell: AnnexCell, rowDecimals = 0): string | undefined {
  if (!cell.ok || cell.decimals === undefined) return undefined;
  const d = Math.max(cell.decimals, rowDecimals);
  return d > 0 ? `0.${'0'.repeat(d)}` : '0';
}

/** Points per line of the 11 pt font. */
const LINE_PT = 15;

/**
 * The height a row needs for its wrapped texts. Spreadsheet programs do not all re-measure rows on opening
 * (LibreOffice keeps the stored height), so it is estimated here: a CJK character takes two width units.
 */
export function rowHeight(values: readonly unknown[], widths: readonly number[]): number {
  let lines = 1;
  values.forEach((v, i) => {
    if (typeof v !== 'string' || widths[i] === undefined) return;
    let units = 0;
    for (const ch of v) units += ch.charCodeAt(0) > 0x2e7f ? 2 : 1;
    lines = Math.max(lines, Math.ceil(units / Math.max(1, widths[i]! - 1)));
  });
  return lines * LINE_PT;
}

/** The tidy rows: [附表, 项目, 单位, 列, 数值 | null, 说明, 数据来源, 是否核实]. */
export function tidyRows(tables: readonly AnnexTableResult[]): (string | number | null)[][] {
  const out: (string | number | null)[][] = [];
  for (const t of tables)
    for (const r of t.rows)
      r.cells.forEach((c, i) => {
        const source =
          r.def.source.kind === 'indicator' ? (c.ok ? c.source : '状态数据') : c.ok ? c.source : '';
        out.push([
          t.def.name,
          r.def.name,
          r.def.unit,
          t.columnLabels[i as 0 | 1],
          c.ok ? c.value : null,
          c.ok ? '' : c.reason,
          source,
          r.def.verified ? '是' : '否',
        ]);
      });
  return out;
}

export async function annexWorkbook(tables: readonly AnnexTableResult[], title: string): Promise<Uint8Array> {
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  wb.creator = '状态数据工作台';
  wb.title = title;
  const tidy = wb.addWorksheet(TIDY_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] });
  tidy.addRow([...TIDY_HEAD]).font = { ...FONT, bold: true };
  const tidyWidths = [14, 28, 8, 10, 12, 30, 30, 8];
  const tidyCells = tables.flatMap((t) =>
    t.rows.flatMap((r) => r.cells.map((c) => [c, rowDecimals(r.cells)] as const)),
  );
  tidyRows(tables).forEach((r, i) => {
    const row = tidy.addRow(r);
    row.font = FONT;
    row.height = rowHeight(r, tidyWidths);
    const [cell, decimals] = tidyCells[i]!;
    const format = figureFormat(cell, decimals);
    if (format) row.getCell(5).numFmt = format;
  });
  tidy.columns.forEach((c, i) => (c.width = tidyWidths[i] ?? 12));
  tidy.autoFilter = { from: 'A1', to: 'H1' };
  tidy.pageSetup = { ...PRINT, printTitlesRow: '1:1' };
  tidyWidths.forEach((_, i) => (tidy.getColumn(i + 1).alignment = [2, 6, 7].includes(i + 1) ? WRAP : TOP));
  for (const t of tables) {
    const g = annexGrid(t);
    const ws = wb.addWorksheet(g.title.slice(0, 31));
    ws.mergeCells('A1:E1');
    const head = ws.getCell('A1');
    head.value = `附表\u3000${g.title}`;
    head.font = { ...FONT, size: 14, bold: true };
    head.alignment = { horizontal: 'center' };
    const hr = ws.addRow([...g.head]);
    hr.font = { ...FONT, bold: true };
    const widths = [32, 8, 16, 16, 34];
    t.rows.forEach((r, i) => {
      const cells = g.rows[i]!;
      const values = [
        cells[0]!,
        cells[1]!,
        r.cells[0].ok ? r.cells[0].value : cells[2]!,
        r.cells[1].ok ? r.cells[1].value : cells[3]!,
        cells[4]!,
      ];
      const row = ws.addRow(values);
      row.font = FONT;
      row.height = rowHeight(values, widths);
      r.cells.forEach((c, j) => {
        const format = figureFormat(c, rowDecimals(r.cells));
        if (format) row.getCell(3 + j).numFmt = format;
      });
    });
    for (const note of g.notes) ws.addRow([note]).font = { ...FONT, italic: true };
    ws.columns.forEach((c, i) => (c.width = widths[i] ?? 12));
    ws.pageSetup = { ...PRINT, printTitlesRow: '2:2' };
    ws.eachRow((row, n) => {
      if (n < 2 || n > t.rows.length + 2) return;
      row.eachCell((cell) => {
        cell.alignment = WRAP;
        cell.border = {
          top: { style: 'thin' },
          bottom: { style: 'thin' },
          left: { style: 'thin' },
          right: { style: 'thin' },
        };
      });
    });
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
