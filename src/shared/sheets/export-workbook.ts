/**
 * Current data → workbook sheets in the template layout (header block, hints, labels on row 10, data
 * from row 11, frozen header, drop-downs), so an export can be corrected and imported again. Values:
 * numbers stay number cells (docs/SECURITY.md S5: -5 is not a formula), booleans become 是/否, every text goes
 * through neutraliseFormula, and text columns carry the '@' format so Excel keeps 学号 and dates as typed.
 */
import type { TableDef } from '../catalog/catalog-types';
import type { StoredRow } from '../records/record-types';
import { formatPlainNumber } from '../values/format-cell-value';
import { neutraliseFormula } from './formula-guard';
import { columnLetter } from './sheet-cell';
import {
  DATA_START_ROW,
  HEADER_ROW,
  OPTIONS_SHEET,
  PRINT_TITLE_ROWS,
  TEMPLATE_DATA_ROWS,
  columnSpecs,
  columnWidth,
  fitsOnePageWide,
  headerBlock,
  sheetNameFor,
  type ColumnSpec,
  type TemplateContext,
} from './template-layout';
import { StyleBook } from './style-book';
import type { XlsxStyle } from './xlsx-parts';
import type { XlsxSheet, XlsxValidation, XValue } from './xlsx-stream-writer';

export interface ExportTable {
  readonly table: TableDef;
  readonly rows: readonly StoredRow[];
  readonly context: TemplateContext;
}

/** Lists of every drop-down, one column each on the hidden options sheet. */
class OptionLists {
  readonly columns: (readonly string[])[] = [];
  private readonly seen = new Map<string, number>();
  /** The validation formula for `options`: a range on the options sheet (inline lists are capped at 255 characters). */
  formula(options: readonly string[]): string {
    const key = options.join('\u0000');
    let col = this.seen.get(key);
    if (col === undefined) {
      col = this.columns.length;
      this.columns.push(options);
      this.seen.set(key, col);
    }
    const letter = columnLetter(col);
    return `'${OPTIONS_SHEET}'!$${letter}$1:$${letter}$${options.length}`;
  }
}

function cellValue(spec: ColumnSpec, v: StoredRow['values'][string] | undefined): XValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'boolean') return v ? '是' : '否';
  if (typeof v === 'number') {
    // Numbers in text columns (a code stored as a number by an old bundle) are written as their digits.
    return spec.format === 'text' ? formatPlainNumber(v) : v;
  }
  return neutraliseFormula(v);
}

/** Rows whose values widen the columns (a sample: widths are written before the rows stream out). */
const WIDTH_SAMPLE_ROWS = 1000;

/** Each column's width: the template's, widened to the longest value among the first rows. */
function dataWidths(specs: readonly ColumnSpec[], rows: readonly StoredRow[]): number[] {
  const sample = rows.slice(0, WIDTH_SAMPLE_ROWS);
  return specs.map((s) => {
    const texts: string[] = [];
    for (const r of sample) {
      const v = cellValue(s, Object.hasOwn(r.values, s.field.key) ? r.values[s.field.key] : null);
      if (typeof v === 'string') texts.push(v);
      else if (typeof v === 'number') texts.push(s.numFmt === '0.00' ? v.toFixed(2) : String(v));
    }
    return Math.max(s.width, columnWidth(texts));
  });
}

function tableSheet(t: ExportTable, styles: StyleBook, lists: OptionLists): XlsxSheet {
  const specs = columnSpecs(t.table);
  const width = Math.max(specs.length, 1);
  const title = styles.id({ numFmt: 'General', bold: true, size: 14 });
  const block = styles.id({ numFmt: 'General', size: 10, color: 'FF595959' });
  const hint = styles.id({ numFmt: 'General', size: 9, color: 'FF8C8C8C', wrap: true });
  const header = styles.id({ numFmt: 'General', bold: true, fill: 'FFD9E1F2', wrap: true });
  const required = styles.id({
    numFmt: 'General',
    bold: true,
    fill: 'FFFCE4D6',
    color: 'FFC00000',
    wrap: true,
  });
  const dataStyles = specs.map((s) => styles.id({ numFmt: s.numFmt }));
  const last = columnLetter(width - 1);
  const lines = headerBlock(t.table, t.context, false);
  const widths = dataWidths(specs, t.rows);
  const lastRow = Math.max(DATA_START_ROW - 1 + t.rows.length, DATA_START_ROW - 1 + TEMPLATE_DATA_ROWS);
  const validations: XlsxValidation[] = specs.flatMap((s, i) =>
    s.listOptions === null
      ? []
      : [
          {
            sqref: `${columnLetter(i)}${DATA_START_ROW}:${columnLetter(i)}${lastRow}`,
            formula: lists.formula(s.listOptions),
          },
        ],
  );
  return {
    name: sheetNameFor(t.table),
    columns: specs.map((_, i) => ({ width: widths[i] ?? 10, style: dataStyles[i] ?? 0 })),
    freezeRows: HEADER_ROW,
    print: { fitToWidth: fitsOnePageWide(widths), titleRows: PRINT_TITLE_ROWS },
    // A one-cell merge makes Excel repair the file.
    merges: width > 1 ? lines.map((_, i) => `A${i + 1}:${last}${i + 1}`) : [],
    validations,
    *rows() {
      for (const [i, line] of lines.entries()) yield { values: [line], style: i === 0 ? title : block };
      yield { values: specs.map((s) => s.hint), style: hint };
      yield {
        values: specs.map((s) => s.header),
        style: specs.map((s) => (s.field.required ? required : header)),
      };
      const keys = specs.map((s) => s.field.key);
      for (const row of t.rows) {
        const values: XValue[] = new Array<XValue>(specs.length);
        for (let c = 0; c < specs.length; c++) {
          const key = keys[c] as string;
          values[c] = cellValue(
            specs[c] as ColumnSpec,
            Object.hasOwn(row.values, key) ? row.values[key] : null,
          );
        }
        yield { values, style: dataStyles };
      }
    },
  };
}

function optionsSheet(lists: OptionLists): XlsxSheet {
  const height = lists.columns.reduce((h, c) => Math.max(h, c.length), 0);
  return {
    name: OPTIONS_SHEET,
    hidden: true,
    columns: lists.columns.map(() => ({ width: 16, style: 0 })),
    *rows() {
      for (let r = 0; r < height; r++)
        yield {
          values: lists.columns.map((c) => (c[r] === undefined ? null : neutraliseFormula(c[r] as string))),
          style: 0,
        };
    },
  };
}

/** Sheets and styles of an export workbook: one sheet per table, then the hidden options sheet. */
export function exportWorkbook(tables: readonly ExportTable[]): { sheets: XlsxSheet[]; styles: XlsxStyle[] } {
  const styles = new StyleBook();
  const lists = new OptionLists();
  const sheets = tables.map((t) => tableSheet(t, styles, lists));
  if (lists.columns.length > 0) sheets.push(optionsSheet(lists));
  return { sheets, styles: styles.styles };
}
