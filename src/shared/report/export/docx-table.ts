/**
 * A full-width Word table in the report's table style (表格文字), the header row bold and repeated on
 * each page: the report's tables and the analysis note's are built alike.
 */
import { Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { STYLE } from './docx-styles';

export function styledTable(head: readonly string[] | null, rows: readonly (readonly string[])[]): Table {
  const cell = (text: string, bold: boolean) =>
    new TableCell({
      children: text.split('\n').map(
        (t) =>
          new Paragraph({
            style: STYLE.cell,
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
    rows: all.map(
      (r) =>
        new TableRow({
          ...(r.header ? { tableHeader: true } : {}),
          children: r.cells.map((c) => cell(c, r.header)),
        }),
    ),
  });
}
