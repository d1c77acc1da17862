/** A plain list sheet of the package (目录, 核对单): a title, a few lines, column labels, then one row per item. */
import type { StyleBook } from '../sheets/style-book';
import { wrappedRowHeight } from '../sheets/template-layout';
import type { XlsxSheet, XValue } from '../sheets/xlsx-stream-writer';
import { isQuotedText } from './national-cells';
import type { NationalStyles } from './national-sheet';

export interface ListSheetSpec {
  readonly name: string;
  readonly title: string;
  readonly lines: readonly string[];
  readonly header: readonly string[];
  readonly widths: readonly number[];
  /** Columns written as numbers; the others are text. */
  readonly numeric: ReadonlySet<number>;
  readonly items: readonly (readonly XValue[])[];
  /** Lines after the list (signature lines). */
  readonly footer?: readonly (readonly XValue[])[];
}

/** 1-based row of a list sheet's column labels. */
export const listHeaderRow = (spec: Pick<ListSheetSpec, 'lines'>): number => spec.lines.length + 2;

export function listSheet(spec: ListSheetSpec, book: StyleBook, st: NationalStyles): XlsxSheet {
  // Every cell of an item sits in the middle of its row: a count beside a wrapped hash sat at the bottom
  // (Excel's default) and the text in the middle. Top would be consistent too, but where the reader's
  // font for digits is not the CJK font (LibreOffice), digits then sit higher than the Chinese beside them.
  const text = book.id({ numFmt: '@', wrap: true, vertical: 'center' });
  const count = book.id({ numFmt: '0', vertical: 'center' });
  // Text a spreadsheet would take for a formula (a 校级更正's old or new value is a department's) gets the
  // quote prefix, as on the national sheets (docs/SECURITY.md S5).
  const quoted = book.id({ numFmt: '@', wrap: true, vertical: 'center', quotePrefix: true });
  const styles = (item: readonly XValue[]) =>
    spec.header.map((_, c) => (spec.numeric.has(c) ? count : isQuotedText(item[c] ?? null) ? quoted : text));
  const last = String.fromCharCode(64 + spec.header.length);
  const headerRow = listHeaderRow(spec);
  const total = spec.widths.reduce((a, b) => a + b, 0);
  const lineHeight = (line: string) => wrappedRowHeight([{ text: line, width: total }]);
  const itemHeight = (item: readonly XValue[]) =>
    wrappedRowHeight(
      item.map((v, c) => ({ text: typeof v === 'string' ? v : '', width: spec.widths[c] ?? 10 })),
    );
  return {
    name: spec.name,
    columns: spec.widths.map((width) => ({ width, style: 0 })),
    freezeRows: headerRow,
    merges: Array.from({ length: headerRow - 1 }, (_, r) => `A${r + 1}:${last}${r + 1}`),
    print: { fitToWidth: true, titleRows: `$${headerRow}:$${headerRow}` },
    *rows() {
      yield { values: [spec.title], style: st.title };
      for (const l of spec.lines) yield { values: [l], style: st.block, height: lineHeight(l) };
      yield { values: spec.header, style: st.header };
      for (const item of spec.items) yield { values: item, style: styles(item), height: itemHeight(item) };
      for (const f of spec.footer ?? []) yield { values: f, style: st.block };
    },
  };
}
