/**
 * A full-width Word table in the report's table style (表格文字), the header row bold and repeated on
 * each page: the report's tables and the analysis note's are built alike.
 */
import { Paragraph, Table, TableCell, TableLayoutType, TableRow, TextRun, WidthType } from 'docx';
import { STYLE } from './docx-styles';

/**
 * Column widths: each column's share of the text width (they add up to 100), and that width in twips;
 * optionally a denser paragraph style for the cells than the report's 表格文字.
 */
export interface ColumnWidths {
  readonly percent: readonly number[];
  readonly textTwips: number;
  readonly cellStyle?: string;
}

/**
 * `widths` fixes the columns (Word otherwise shares the width by content, and a column of long
 * reasons squeezes the names into a few characters per line).
 */
export function styledTable(
  head: readonly string[] | null,
  rows: readonly (readonly string[])[],
  widths?: ColumnWidths,
): Table {
  const twips = widths?.percent.map((p) => Math.round((p * widths.textTwips) / 100));
  const cell = (text: string, bold: boolean, col: number) =>
    new TableCell({
      ...(twips?.[col] === undefined ? {} : { width: { size: twips[col], type: WidthType.DXA } }),
      children: text.split('\n').map(
        (t) =>
          new Paragraph({
            style: widths?.cellStyle ?? STYLE.cell,
            children: [bold ? new TextRun({ text: t, bold }) : new TextRun(t)],
          }),
      ),
    });
  const all = [
    ...(head ? [{ header: true, cells: head }] : []),
    ...rows.map((cells) => ({ header: false, cells })),
  ];
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    ...(twips === undefined ? {} : { columnWidths: twips, layout: TableLayoutType.FIXED }),
    rows: all.map(
      (r) =>
        new TableRow({
          ...(r.header ? { tableHeader: true } : {}),
          children: r.cells.map((c, i) => cell(c, r.header, i)),
        }),
    ),
  });
}
