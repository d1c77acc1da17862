/**
 * 下载填报模板: an .xlsx for one table or all my tables, written with ExcelJS (loaded on demand; it is
 * large) because it writes cell notes, which our streaming export writer does not. Layout from
 * template-layout.ts: header block, type hints on row 9, labels with notes on row 10 (frozen), text
 * format '@' for codes/ID/student numbers and dates, number formats, and list drop-downs on rows
 * 11–5010, long lists on a hidden '选项' sheet (an inline list is capped at 255 characters). In 宋体 like
 * the national templates, printed landscape on A4 with rows 9–10 repeated on every page.
 */
import type { TableDef } from '../../../shared/catalog/catalog-types';
import { columnLetter } from '../../../shared/sheets/sheet-cell';
import {
  DATA_START_ROW,
  HEADER_ROW,
  HINT_ROW,
  OPTIONS_SHEET,
  PRINT_TITLE_ROWS,
  TEMPLATE_DATA_ROWS,
  columnSpecs,
  fitsOnePageWide,
  headerBlock,
  sheetNameFor,
  type TemplateContext,
} from '../../../shared/sheets/template-layout';
import { safeNote } from './template-notes';

interface ListValidation {
  readonly type: 'list';
  readonly allowBlank: boolean;
  readonly formulae: string[];
  readonly showErrorMessage: boolean;
  readonly errorTitle: string;
  readonly error: string;
}

interface WithValidations {
  readonly dataValidations: { add(address: string, validation: ListValidation): void };
}

const FONT = '宋体';

export async function buildTemplate(
  tables: readonly TableDef[],
  contextFor: (t: TableDef) => TemplateContext,
): Promise<Uint8Array> {
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  wb.creator = '状态数据工作台';
  const lists: (readonly string[])[] = [];
  const listIndex = new Map<string, number>();
  const listFormula = (options: readonly string[]): string => {
    const key = options.join('\u0000');
    let col = listIndex.get(key);
    if (col === undefined) {
      col = lists.length;
      lists.push(options);
      listIndex.set(key, col);
    }
    const l = columnLetter(col);
    return `'${OPTIONS_SHEET}'!$${l}$1:$${l}$${options.length}`;
  };

  for (const table of tables) {
    const specs = columnSpecs(table);
    const width = Math.max(1, specs.length);
    const ws = wb.addWorksheet(sheetNameFor(table), {
      views: [{ state: 'frozen', ySplit: HEADER_ROW, xSplit: 0 }],
      pageSetup: {
        paperSize: 9,
        orientation: 'landscape',
        fitToPage: fitsOnePageWide(specs.map((s) => s.width)),
        fitToWidth: 1,
        fitToHeight: 0,
        printTitlesRow: PRINT_TITLE_ROWS.replace(/\$/g, ''),
        margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
      },
    });
    ws.columns = specs.map((s) => ({
      key: s.field.key,
      width: s.width,
      style: { numFmt: s.numFmt, font: { name: FONT, size: 11 } },
    }));
    headerBlock(table, contextFor(table)).forEach((line, i) => {
      const cell = ws.getCell(i + 1, 1);
      cell.value = line;
      cell.numFmt = 'General';
      cell.font =
        i === 0
          ? { name: FONT, bold: true, size: 14 }
          : { name: FONT, size: 10, color: { argb: 'FF595959' } };
      if (width > 1) ws.mergeCells(i + 1, 1, i + 1, width);
    });
    specs.forEach((s, c) => {
      const hint = ws.getCell(HINT_ROW, c + 1);
      hint.value = s.hint;
      hint.numFmt = 'General';
      hint.font = { name: FONT, size: 9, color: { argb: 'FF8C8C8C' } };
      const head = ws.getCell(HEADER_ROW, c + 1);
      head.value = s.header;
      head.numFmt = 'General';
      head.font = { name: FONT, bold: true, color: { argb: s.field.required ? 'FFC00000' : 'FF000000' } };
      head.fill = {
        type: 'pattern',
        pattern: 'solid',
        fgColor: { argb: s.field.required ? 'FFFCE4D6' : 'FFD9E1F2' },
      };
      head.alignment = { vertical: 'middle', wrapText: true };
      const note = safeNote(s.note);
      if (note !== null) head.note = note;
      if (s.listOptions !== null) {
        const l = columnLetter(c);
        (ws as unknown as WithValidations).dataValidations.add(
          `${l}${DATA_START_ROW}:${l}${DATA_START_ROW + TEMPLATE_DATA_ROWS - 1}`,
          {
            type: 'list',
            allowBlank: true,
            formulae: [listFormula(s.listOptions)],
            showErrorMessage: true,
            errorTitle: s.field.label,
            error: '请从下拉列表中选择',
          },
        );
      }
    });
    ws.getRow(HEADER_ROW).height = 32;
  }
  if (lists.length > 0) {
    const opt = wb.addWorksheet(OPTIONS_SHEET, { state: 'hidden' });
    lists.forEach((options, c) => options.forEach((o, r) => (opt.getCell(r + 1, c + 1).value = o)));
  }
  const buffer = await wb.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
