/**
 * A full-width Word table in the report's table style (表格文字), the header row bold and repeated on
 * each page: the report's tables and the analysis note's are built alike.
 */
import {
  AlignmentType,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { STYLE, TEXT_TWIPS } from './docx-styles';

/** A data table's 项目 and its figure: the names get the room. */
export const DATA_TABLE_WIDTHS: readonly number[] = [65, 35];

/** A page other than the report's: its text width. */
export interface TableLayoutOptions {
  readonly textTwips?: number;
  /** Columns of figures, centred as official tables set them (the header row is always centred). */
  readonly centred?: readonly number[];
}

/**
 * `widths` (relative) fix the columns, so a short 单位 column does not take the room a long 项目 needs
 * and a column of long texts does not squeeze the names into a few characters per line; rows never
 * break across pages.
 */
export function styledTable(
  head: readonly string[] | null,
  rows: readonly (readonly string[])[],
  widths?: readonly number[],
  options: TableLayoutOptions = {},
): Table {
  const total = widths?.reduce((a, b) => a + b, 0) ?? 0;
  const text = options.textTwips ?? TEXT_TWIPS;
  const twips = widths && total > 0 ? widths.map((w) => Math.round((text * w) / total)) : null;
  const centred = new Set(options.centred ?? []);
  const cell = (value: string, bold: boolean, i: number) =>
    new TableCell({
      ...(twips?.[i] === undefined ? {} : { width: { size: twips[i], type: WidthType.DXA } }),
      children: value.split('\n').map(
        (t) =>
          new Paragraph({
            style: STYLE.cell,
            ...(bold || centred.has(i) ? { alignment: AlignmentType.CENTER } : {}),
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
    ...(twips === null ? {} : { columnWidths: twips, layout: TableLayoutType.FIXED }),
    rows: all.map(
      (r) =>
        new TableRow({
          cantSplit: true,
          ...(r.header ? { tableHeader: true } : {}),
          children: r.cells.map((c, i) => cell(c, r.header, i)),
        }),
    ),
  });
}
