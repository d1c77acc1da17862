/**
 * One table's sheet of the 上报数据包, in the national template's layout: the title and notes block
 * (rows 1–8), type hints (row 9), column labels on row 10 in the catalog's column order, the locked
 * rows from row 11 department by department, and nothing else (no drop-downs, no empty template rows).
 */
import type { TableDef } from '../catalog/catalog-types';
import { columnLetter } from '../sheets/sheet-cell';
import type { StyleBook } from '../sheets/style-book';
import {
  DATA_START_ROW,
  HEADER_ROW,
  PRINT_TITLE_ROWS,
  columnSpecs,
  displayWidth,
  fitsOnePageWide,
  MAX_COLUMN_WIDTH,
  wrappedRowHeight,
  type ColumnSpec,
  sheetNameFor,
} from '../sheets/template-layout';
import { utf8, type SheetBytes } from '../sheets/sheet-bytes';
import type { XlsxSheet } from '../sheets/xlsx-stream-writer';
import type { CellValue } from '../records/record-types';
import {
  departmentList,
  localStamp,
  nationalPeriodText,
  rowCount,
  type NationalContext,
  type NationalTable,
} from './national-context';
import { isNumericField, isQuotedText, nationalCellValue } from './national-cells';

/** Rows 1–8: which table, school, period, departments, the lock read, and how the cells are written. */
export function nationalHeaderBlock(t: NationalTable, ctx: NationalContext): string[] {
  const { table } = t;
  const school = ctx.schoolIdentifier
    ? `${ctx.schoolName}（学校标识码 ${ctx.schoolIdentifier}）`
    : ctx.schoolName;
  const pending = table.status === 'pending';
  return [
    `${table.code} ${table.name}`,
    `学校：${school}`,
    `统计时段：${nationalPeriodText(table.period, ctx.period)}`,
    `填报部门：${departmentList(t, ctx) || '—'}`,
    `数据来源：全年锁定快照（${localStamp(ctx.lock.at)} 由 ${ctx.lock.by} 锁定；锁定清单哈希 ${ctx.lock.hash}）`,
    `本表 ${rowCount(t)} 行；内容哈希 ${t.hash}`,
    pending
      ? '本表字段待定义，不含数据。'
      : `说明：第 ${HEADER_ROW} 行为列名，数据从第 ${DATA_START_ROW} 行开始；日期为 YYYYMMDD，年月为 YYYYMM，代码与证件号为文本，是否项为“是/否”，空项为空白单元格。`,
    `导出时间：${localStamp(ctx.generatedAt)}\u3000\u3000状态数据工作台`,
  ];
}

/** Style ids a national sheet uses; created once per workbook. */
export interface NationalStyles {
  readonly title: number;
  readonly block: number;
  readonly hint: number;
  readonly header: number;
  /** A text cell with the quote-prefix flag. */
  readonly quoted: number;
}

export function nationalStyles(book: StyleBook): NationalStyles {
  return {
    title: book.id({ numFmt: 'General', bold: true, size: 14 }),
    block: book.id({ numFmt: 'General', size: 10, color: 'FF595959', wrap: true }),
    hint: book.id({ numFmt: 'General', size: 9, color: 'FF8C8C8C', wrap: true }),
    header: book.id({ numFmt: 'General', bold: true, fill: 'FFD9E1F2', wrap: true }),
    quoted: book.id({ numFmt: '@', quotePrefix: true }),
  };
}

/**
 * Per column, the fixed parts of a data cell's XML (reference letters, style, type), encoded once: the
 * data rows are written straight as bytes, cell by cell (the bench's hot path: 100,000 rows × 25
 * columns). Empty values write no cell at all.
 */
interface ColumnXml {
  readonly key: string;
  readonly numeric: boolean;
  /** '<c r="B' — the row number follows. */
  readonly open: Uint8Array;
  /** '" s="3"><v>' for numbers, '" s="3" t="inlineStr"><is><t>' for text, the quoted style's text. */
  readonly number: Uint8Array;
  readonly text: Uint8Array;
  readonly quoted: Uint8Array;
}

const ROW_OPEN = utf8('<row r="');
const ROW_OPENED = utf8('">');
const ROW_CLOSE = utf8('</row>');
const NUMBER_CLOSE = utf8('</v></c>');
const TEXT_CLOSE = utf8('</t></is></c>');
const SPACE = utf8(' xml:space="preserve">');
const PLAIN = utf8('>');

function writeCell(out: SheetBytes, col: ColumnXml, r: string, value: CellValue | undefined): void {
  const v = nationalCellValue(col.numeric, value);
  if (v === null) return;
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) return;
    out.raw(col.open);
    out.ascii(r);
    out.raw(col.number);
    out.ascii(String(v));
    out.raw(NUMBER_CLOSE);
    return;
  }
  if (typeof v !== 'string') return;
  out.raw(col.open);
  out.ascii(r);
  out.raw(isQuotedText(v) ? col.quoted : col.text);
  // Edge spaces are kept (xml:space), as the string writer does.
  out.raw(v.charCodeAt(0) <= 32 || v.charCodeAt(v.length - 1) <= 32 ? SPACE : PLAIN);
  out.text(v);
  out.raw(TEXT_CLOSE);
}

export function nationalSheet(
  t: NationalTable,
  ctx: NationalContext,
  book: StyleBook,
  st: NationalStyles,
): XlsxSheet {
  const specs = columnSpecs(t.table);
  const width = Math.max(specs.length, 1);
  const last = columnLetter(width - 1);
  const lines = nationalHeaderBlock(t, ctx);
  const dataStyles = specs.map((s) => book.id({ numFmt: s.numFmt }));
  const widths = fittedWidths(specs, t);
  const total = widths.reduce((a, b) => a + b, 0);
  const columns: ColumnXml[] = specs.map((s, c) => ({
    key: s.field.key,
    numeric: isNumericField(s.field),
    open: utf8(`<c r="${columnLetter(c)}`),
    number: utf8(`" s="${dataStyles[c] ?? 0}"><v>`),
    text: utf8(`" s="${dataStyles[c] ?? 0}" t="inlineStr"><is><t`),
    quoted: utf8(`" s="${st.quoted}" t="inlineStr"><is><t`),
  }));
  return {
    name: sheetNameFor(t.table),
    columns: specs.map((_, i) => ({ width: widths[i] ?? 10, style: dataStyles[i] ?? 0 })),
    freezeRows: HEADER_ROW,
    print: { fitToWidth: fitsOnePageWide(widths), titleRows: PRINT_TITLE_ROWS },
    merges: width > 1 ? lines.map((_, i) => `A${i + 1}:${last}${i + 1}`) : [],
    *rows() {
      for (const [i, line] of lines.entries())
        yield i === 0
          ? { values: [line], style: st.title }
          : { values: [line], style: st.block, height: wrappedRowHeight([{ text: line, width: total }]) };
      yield { values: specs.map((s) => s.hint), style: st.hint };
      yield { values: specs.map((s) => s.header), style: st.header };
    },
    *rowBytes(first: number, out: SheetBytes) {
      let r = first;
      for (const slice of t.slices)
        for (const row of slice.rows) {
          const values = row.values;
          const ref = String(r);
          out.raw(ROW_OPEN);
          out.ascii(ref);
          out.raw(ROW_OPENED);
          for (const col of columns)
            writeCell(out, col, ref, Object.hasOwn(values, col.key) ? values[col.key] : undefined);
          out.raw(ROW_CLOSE);
          r++;
          yield;
        }
    },
  };
}

/** Rows per slice whose values widen a column: enough to see the long names, cheap at 100,000 rows. */
const WIDTH_SAMPLE = 500;

/** The template's widths, widened (up to MAX_COLUMN_WIDTH) to the longest value among the first rows. */
function fittedWidths(specs: readonly ColumnSpec[], t: NationalTable): number[] {
  const widths = specs.map((s) => s.width);
  const keys = specs.map((s) => s.field.key);
  for (const slice of t.slices) {
    const n = Math.min(slice.rows.length, WIDTH_SAMPLE);
    for (let r = 0; r < n; r++) {
      const values = (slice.rows[r] as (typeof slice.rows)[number]).values;
      for (let c = 0; c < keys.length; c++) {
        const v = values[keys[c] as string];
        const have = widths[c] as number;
        // A text is at most two units a code unit, and an integer below 10^k has at most k digits and a
        // sign, so most values are seen to fit without walking their characters or printing them.
        if (typeof v === 'string') {
          if (2 * v.length + 2 <= have) continue;
          const need = Math.min(MAX_COLUMN_WIDTH, displayWidth(v) + 2);
          if (need > have) widths[c] = need;
        } else if (typeof v === 'number') {
          if (Number.isInteger(v) && Math.abs(v) < 10 ** (have - 3)) continue;
          const need = Math.min(MAX_COLUMN_WIDTH, String(v).length + 2);
          if (need > have) widths[c] = need;
        }
      }
    }
  }
  return widths;
}

/** The sheet's column order: the catalog's field keys. */
export function nationalColumns(table: TableDef): string[] {
  return table.fields.map((f) => f.key);
}
