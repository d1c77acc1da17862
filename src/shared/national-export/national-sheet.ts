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
  fitsOnePageWide,
  sheetNameFor,
} from '../sheets/template-layout';
import type { XlsxSheet, XValue } from '../sheets/xlsx-stream-writer';
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
    block: book.id({ numFmt: 'General', size: 10, color: 'FF595959' }),
    hint: book.id({ numFmt: 'General', size: 9, color: 'FF8C8C8C', wrap: true }),
    header: book.id({ numFmt: 'General', bold: true, fill: 'FFD9E1F2', wrap: true }),
    quoted: book.id({ numFmt: '@', quotePrefix: true }),
  };
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
  const keys = specs.map((s) => s.field.key);
  const numeric = specs.map((s) => isNumericField(s.field));
  const widths = specs.map((s) => s.width);
  return {
    name: sheetNameFor(t.table),
    columns: specs.map((_, i) => ({ width: widths[i] ?? 10, style: dataStyles[i] ?? 0 })),
    freezeRows: HEADER_ROW,
    print: { fitToWidth: fitsOnePageWide(widths), titleRows: PRINT_TITLE_ROWS },
    merges: width > 1 ? lines.map((_, i) => `A${i + 1}:${last}${i + 1}`) : [],
    *rows() {
      for (const [i, line] of lines.entries()) yield { values: [line], style: i === 0 ? st.title : st.block };
      yield { values: specs.map((s) => s.hint), style: st.hint };
      yield { values: specs.map((s) => s.header), style: st.header };
      const n = specs.length;
      for (const slice of t.slices)
        for (const row of slice.rows) {
          const values = new Array<XValue>(n);
          let style: number[] = dataStyles;
          for (let c = 0; c < n; c++) {
            const key = keys[c] as string;
            const v = nationalCellValue(
              numeric[c] === true,
              Object.hasOwn(row.values, key) ? row.values[key] : null,
            );
            values[c] = v;
            if (isQuotedText(v)) {
              if (style === dataStyles) style = [...dataStyles];
              style[c] = st.quoted;
            }
          }
          yield { values, style };
        }
    },
  };
}

/** The sheet's column order: the catalog's field keys. */
export function nationalColumns(table: TableDef): string[] {
  return table.fields.map((f) => f.key);
}
