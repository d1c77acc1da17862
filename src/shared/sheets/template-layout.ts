/**
 * The layout our templates and exports share, modelled on the national Excel templates (docs/domain.md §5:
 * a fixed header block, data from row 11): rows 1–8 say which table, school, statistical period and
 * how to fill it; row 9 hints each column's type; row 10 holds the column labels; data starts on row 11.
 * An export uses the same layout, so an exported file can be corrected and imported again.
 */
import type { FieldDef, TableDef } from '../catalog/catalog-types';
import { FIELD_TYPE_LABELS } from '../catalog/catalog-types';

/** 1-based rows, as Excel numbers them. */
export const HINT_ROW = 9;
export const HEADER_ROW = 10;
export const DATA_START_ROW = 11;
/** Rows of a template that drop-downs and formats cover (the national templates allowed a few thousand). */
export const TEMPLATE_DATA_ROWS = 5000;

export interface TemplateContext {
  readonly schoolName: string;
  /** 10-digit 学校标识码, when known. */
  readonly schoolIdentifier: string | null;
  /** From periodText(): "2025-09-01 至 2026-08-31" or "时点 2025-09-01". */
  readonly periodText: string;
  readonly departmentName: string | null;
  /** YYYY-MM-DD */
  readonly generatedOn: string;
}

export type ColumnFormat = 'text' | 'integer' | 'decimal' | 'general';

export interface ColumnSpec {
  readonly field: FieldDef;
  /** Row-10 label: the field label, with the unit in parentheses. */
  readonly header: string;
  /** Row-9 hint: 文本 / 整数 / 日期(YYYYMMDD) … and 必填. */
  readonly hint: string;
  readonly format: ColumnFormat;
  /** Excel number format: '@' for text, '0', '0.00' … */
  readonly numFmt: string;
  readonly width: number;
  /** Drop-down values (enums with known options, booleans), else null. */
  readonly listOptions: readonly string[] | null;
  /** The header cell's note: 指标内涵 / 填报说明 plus type, unit and options. */
  readonly note: string;
}

function numberFormat(field: FieldDef): { format: ColumnFormat; numFmt: string } {
  switch (field.type) {
    case 'integer':
      return { format: 'integer', numFmt: '0' };
    case 'decimal':
    case 'percent':
      // Amounts in 元 show fen (13.37, 133.70, 0.00) as finance staff write them.
      if (field.precision === undefined && field.unit === '元') return { format: 'decimal', numFmt: '0.00' };
      return field.precision === undefined || field.precision === 0
        ? { format: 'general', numFmt: 'General' }
        : { format: 'decimal', numFmt: `0.${'0'.repeat(field.precision)}` };
    default:
      // Codes, ID and student numbers, dates (YYYYMMDD) and options are text: no scientific notation, no date serials.
      return { format: 'text', numFmt: '@' };
  }
}

/** Column width units a text needs: a CJK character takes two, others one. */
export function displayWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += (ch.codePointAt(0) ?? 0) > 255 ? 2 : 1;
  return w;
}

/**
 * Height in points of a row whose wrapped cells need more than one line (undefined: one line is enough),
 * `cells` being each text with the width units it spans. Spreadsheets do not grow merged rows by
 * themselves, so the export states the height it needs.
 */
export function wrappedRowHeight(
  cells: readonly { readonly text: string; readonly width: number }[],
  lineHeight = 14,
): number | undefined {
  let lines = 1;
  for (const c of cells) lines = Math.max(lines, Math.ceil(displayWidth(c.text) / Math.max(1, c.width - 1)));
  return lines > 1 ? lines * lineHeight + 2 : undefined;
}

export const MIN_COLUMN_WIDTH = 8;
export const MAX_COLUMN_WIDTH = 40;

/** Room the typical value of a type needs: an 18-character ID, a 10–14 digit 学号, 20230901. */
const VALUE_WIDTH: Readonly<Record<FieldDef['type'], number>> = {
  text: 12,
  integer: 8,
  decimal: 10,
  percent: 8,
  date: 10,
  yearMonth: 8,
  enum: 8,
  code: 14,
  idCard: 20,
  boolean: 6,
};

/** Width that shows the label, the type hint, the longest option and a typical value without cutting them. */
export function columnWidth(texts: readonly string[], valueWidth = 0): number {
  const need = texts.reduce((w, t) => Math.max(w, displayWidth(t)), valueWidth);
  return Math.min(MAX_COLUMN_WIDTH, Math.max(MIN_COLUMN_WIDTH, need + 2));
}

function headerOf(field: FieldDef): string {
  return field.unit !== '' &&
    !field.label.includes(`(${field.unit})`) &&
    !field.label.includes(`（${field.unit}）`)
    ? `${field.label}（${field.unit}）`
    : field.label;
}

function noteOf(field: FieldDef, options: readonly string[] | null): string {
  const parts = [
    `${field.label}${field.required ? '（必填）' : ''}`,
    `类型：${FIELD_TYPE_LABELS[field.type]}`,
  ];
  if (field.unit !== '') parts.push(`单位：${field.unit}（单元格内不要填写单位）`);
  if (field.type === 'date') parts.push('格式：YYYYMMDD，如 20230901');
  if (field.type === 'yearMonth') parts.push('格式：YYYYMM，如 202309');
  if (options !== null && field.type === 'enum') parts.push(`请从下拉列表选择（${options.length} 项）`);
  if (field.min !== undefined || field.max !== undefined)
    parts.push(`范围：${field.min ?? ''} ~ ${field.max ?? ''}`);
  if (field.note.trim() !== '') parts.push(`说明：${field.note.trim()}`);
  return parts.join('\n');
}

export function columnSpecs(table: TableDef): ColumnSpec[] {
  return table.fields.map((field) => {
    const listOptions =
      field.type === 'boolean'
        ? ['是', '否']
        : field.type === 'enum' && field.options && field.options.length > 0
          ? field.options
          : null;
    const header = headerOf(field);
    const hint = `${FIELD_TYPE_LABELS[field.type]}${field.required ? '·必填' : ''}`;
    const width = columnWidth([header, hint, ...(listOptions ?? [])], VALUE_WIDTH[field.type]);
    return {
      field,
      header,
      hint,
      ...numberFormat(field),
      width,
      listOptions,
      note: noteOf(field, listOptions),
    };
  });
}

/**
 * Rows 1–8 of the header block (each one merged across the table's columns). `withNotes`: the column
 * labels carry notes (templates); a data export has none, so it points to the template instead.
 */
export function headerBlock(table: TableDef, ctx: TemplateContext, withNotes = true): string[] {
  const school = ctx.schoolIdentifier
    ? `${ctx.schoolName}（学校标识码 ${ctx.schoolIdentifier}）`
    : ctx.schoolName;
  return [
    `${table.code} ${table.name}`,
    `学校：${school}`,
    `统计时段：${ctx.periodText}${ctx.departmentName ? `\u3000\u3000填报部门：${ctx.departmentName}` : ''}`,
    `表代码：${table.code}\u3000\u3000生成日期：${ctx.generatedOn}\u3000\u3000状态数据工作台`,
    `填报说明：1. 请从第 ${DATA_START_ROW} 行开始逐行填写，一行一条记录；不要增删、移动或改名列，不要留空行。`,
    `2. 标“必填”的列必须填写；有下拉箭头的列请从下拉列表中选择；${withNotes ? '鼠标停在第 10 行列名上可查看指标说明。' : '各列的指标说明见“下载填报模板”的第 10 行批注。'}`,
    '3. 日期填 YYYYMMDD（如 20230901），年月填 YYYYMM（如 202309）；学号、工号、代码、身份证号按文本填写，不要使用科学计数法。',
    '4. 空项请留空，不要填 0、“无”或“/”；单元格内不要写单位，不要有首尾空格。',
  ];
}

/** Rows repeated at the top of every printed page: the type hints and the column labels. */
export const PRINT_TITLE_ROWS = `$${HINT_ROW}:$${HEADER_ROW}`;

/**
 * Printed landscape on A4, a sheet is shrunk to one page wide when that keeps it readable (at least
 * half size: about 260 width units); a wider one runs over several pages with the titles repeated.
 */
export function fitsOnePageWide(widths: readonly number[]): boolean {
  return widths.reduce((a, b) => a + b, 0) <= 260;
}

/** Excel sheet names: at most 31 characters, none of : \ / ? * [ ]. Table codes already qualify. */
export function sheetNameFor(table: TableDef): string {
  return table.code.replace(/[:\\/?*[\]]/g, '_').slice(0, 31);
}

/** Name of the hidden sheet holding drop-down lists too long for an inline list (Excel caps those at 255 characters). */
export const OPTIONS_SHEET = '选项';
