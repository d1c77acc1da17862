/**
 * A whole sheet → values for the table, and every problem located by sheet, row, column and value,
 * before anything is written (DHIS2's VALIDATE before COMMIT). Cells the column cannot hold
 * are errors that block the import unless the user chooses to leave them empty; empty required cells
 * are listed but do not block (the grid shows them for 补填). Rows with no mapped value are skipped.
 * Runs in the parser Worker over up to 100,000 rows, so the per-cell path allocates little and the
 * listed problems are capped (all are counted).
 */
import type { FieldDef, TableDef } from '../catalog/catalog-types';
import type { CellValue } from '../records/record-types';
import { parseCellInput, type ParsedCell } from '../values/parse-cell-input';
import { validateCellValue } from '../values/validate-cell-value';
import { cellText, isReformatted, type CellText } from './cell-conversion';
import type { ColumnMapping } from './column-mapping';
import type { DroppedCell } from './dropped-notes';
import { cellDisplay, columnLetter, isBlankCell, type SheetCell, type SheetGrid } from './sheet-cell';
import {
  addIssue,
  emptyCounts,
  MAX_LISTED_ISSUES,
  type ImportIssue,
  type IssueCounts,
} from './import-issues';
import { findDuplicateKeys, naturalKeyOf } from './natural-key';
import { ColumnMemo } from './column-memo';

const IMPORTED = { source: 'imported' } as const;

export interface ConvertOptions {
  /** Called every `progressEvery` rows with (done, total). */
  readonly onProgress?: (done: number, total: number) => void;
  readonly progressEvery?: number;
  /**
   * 留空说明 of the stored slice: natural key → the fields a note explains as left empty. A file row
   * with that key keeps the stored row (and its notes) on replace, so its empty required cells there
   * are counted apart as explained (shared/review/blank-notes.ts).
   */
  readonly explained?: ReadonlyMap<string, readonly string[]>;
}

interface Column {
  readonly index: number;
  readonly field: FieldDef;
  readonly letter: string;
  readonly label: string;
}

function mappedColumns(table: TableDef, mapping: ColumnMapping, labels: readonly string[]): Column[] {
  const byKey = new Map(table.fields.map((f) => [f.key, f]));
  const out: Column[] = [];
  mapping.forEach((key, index) => {
    const field = key === null ? undefined : byKey.get(key);
    if (field) out.push({ index, field, letter: columnLetter(index), label: labels[index] || field.label });
  });
  return out;
}

/** Where a problem is; built only for a cell that has one (the loop below runs 2,000,000 times at 100k rows). */
function where(sheet: string, row: number, c: Column) {
  return { sheet, row, column: c.letter, columnLabel: c.label, fieldKey: c.field.key };
}

/**
 * Converted rows with every problem found in them. convertRows gives rows [start, end) not yet checked
 * against each other: a sheet read in two halves (sheet-split.ts) is converted as two parts, and
 * joinParts adds the checks that need all rows (repeated natural keys). convertSheet is the one-part
 * case, so one code path serves one part or two.
 */
export interface ConvertedPart {
  readonly values: Record<string, CellValue>[];
  readonly sheetRows: number[];
  /** Each row's natural key (naturalKeyOf), null when a part of it is empty. */
  readonly keys: (string | null)[];
  /** At most MAX_LISTED_ISSUES; all are counted. */
  readonly issues: ImportIssue[];
  readonly counts: IssueCounts;
  /** Of counts.required, the cells a stored 留空说明 explains (ConvertOptions.explained). */
  readonly explainedRequired: number;
  readonly skippedEmptyRows: number;
  /**
   * Every cell that cannot be read (a blocking problem, not capped like `issues`): left empty if the
   * user so chooses, and then kept as a note on its row (dropped-notes.ts). `index` counts this part's rows.
   */
  readonly dropped: DroppedCell[];
}

/** What a Worker sends of its part: the rows themselves travel apart (as JSON text). */
export type PartSummary = Omit<ConvertedPart, 'values'>;

/** Converts rows [start, end) of `grid` with `mapping`; see ConvertedPart. */
export function convertRows(
  grid: SheetGrid,
  table: TableDef,
  mapping: ColumnMapping,
  range: { readonly start: number; readonly end: number },
  headerLabels: readonly string[],
  options: ConvertOptions = {},
): ConvertedPart {
  const columns = mappedColumns(table, mapping, headerLabels);
  const unmappedRequired = table.fields.filter((f) => f.required && !mapping.includes(f.key));
  const issues: ImportIssue[] = [];
  const counts = emptyCounts();
  const values: Record<string, CellValue>[] = [];
  const sheetRows: number[] = [];
  const keys: (string | null)[] = [];
  const dropped: DroppedCell[] = [];
  let skippedEmptyRows = 0;
  const { start } = range;
  const end = Math.min(range.end, grid.rowCount);
  const total = Math.max(end - start, 0);
  // The mapped cells of the row at hand: each is read (and converted by the reader) once.
  const cells = new Array<SheetCell>(columns.length).fill(null);
  // Per column: each distinct text's conversion, and a number cell's text (numbers repeat too: ages, years, counts).
  const memos = columns.map(
    (c) => new ColumnMemo<string, ParsedCell>((raw) => parseCellInput(c.field, raw, IMPORTED)),
  );
  const numberTexts = columns.map((c) => new ColumnMemo<number, CellText>((n) => cellText(c.field, n)));
  // Every row gets the same keys in the same order (mapped columns, then unmapped required fields):
  // copying one template and setting its values is cheaper than adding twenty keys to an empty object.
  const template: Record<string, CellValue> = {};
  for (const c of columns) template[c.field.key] = null;
  for (const f of unmappedRequired) template[f.key] = null;
  const every = options.progressEvery ?? 2000;
  const explained = options.explained ?? new Map<string, readonly string[]>();
  let explainedRequired = 0;
  // The fields of the row at hand that came out required-and-empty.
  const rowRequired: string[] = [];
  const add = (issue: ImportIssue): void => {
    if (issue.code === 'required') rowRequired.push(issue.fieldKey);
    addIssue(issues, counts, issue);
  };

  for (let r = start; r < end; r++) {
    if ((r - start) % every === 0) options.onProgress?.(r - start, total);
    let blank = true;
    for (let ci = 0; ci < columns.length; ci++) {
      const cell = grid.cell(r, (columns[ci] as Column).index);
      cells[ci] = cell;
      if (blank && !isBlankCell(cell)) blank = false;
    }
    if (blank) {
      skippedEmptyRows++;
      continue;
    }
    const out: Record<string, CellValue> = { ...template };
    const excelRow = r + 1;
    rowRequired.length = 0;
    for (let ci = 0; ci < columns.length; ci++) {
      const c = columns[ci] as Column;
      const cell = cells[ci] as SheetCell;
      // Text cells, the common case, need no conversion object; a number's text is remembered like a text's value.
      const text =
        typeof cell === 'string'
          ? cell
          : typeof cell === 'number'
            ? (numberTexts[ci] as ColumnMemo<number, CellText>).get(cell)
            : cellText(c.field, cell);
      if (typeof text !== 'string' && !text.ok) {
        const value = cellDisplay(cell);
        dropped.push({
          index: values.length,
          sheetRow: excelRow,
          fieldKey: c.field.key,
          value,
          message: text.message,
        });
        add({
          ...where(grid.name, excelRow, c),
          value,
          code: text.code,
          message: text.message,
          severity: 'error',
          blocking: true,
        });
        out[c.field.key] = null;
        continue;
      }
      const raw = typeof text === 'string' ? text : text.text;
      const parsed = (memos[ci] as ColumnMemo<string, ParsedCell>).get(raw);
      out[c.field.key] = parsed.value;
      if (parsed.error) {
        dropped.push({
          index: values.length,
          sheetRow: excelRow,
          fieldKey: c.field.key,
          value: raw,
          message: parsed.error.message,
        });
        add({
          ...where(grid.name, excelRow, c),
          value: raw,
          code: parsed.error.code,
          message: parsed.error.message,
          severity: 'error',
          blocking: true,
        });
        continue;
      }
      if (parsed.warning) {
        add({
          ...where(grid.name, excelRow, c),
          value: raw,
          code: parsed.warning.code,
          message: parsed.warning.message,
          severity: 'warning',
          blocking: false,
        });
      }
      if (parsed.trimmed) {
        add({
          ...where(grid.name, excelRow, c),
          value: raw,
          code: 'trimmed',
          message: `「${c.field.label}」首尾的空格已去除。`,
          severity: 'notice',
          blocking: false,
        });
      }
      if (!parsed.warning && isReformatted(c.field, raw, parsed.value)) {
        add({
          ...where(grid.name, excelRow, c),
          value: raw,
          code: 'reformatted',
          message: `「${c.field.label}」“${raw.trim()}”已按规范格式存为 ${String(parsed.value)}。`,
          severity: 'notice',
          blocking: false,
        });
      }
      if (parsed.value === null && c.field.required) {
        const issue = validateCellValue(c.field, null);
        if (issue)
          add({
            ...where(grid.name, excelRow, c),
            value: '',
            code: 'required',
            message: issue.message,
            severity: 'error',
            blocking: false,
          });
      }
    }
    for (const f of unmappedRequired) {
      const issue = validateCellValue(f, null);
      if (issue) {
        add({
          sheet: grid.name,
          row: excelRow,
          column: '—',
          columnLabel: f.label,
          fieldKey: f.key,
          value: '',
          code: 'required',
          message: issue.message,
          severity: 'error',
          blocking: false,
        });
      }
    }
    values.push(out);
    sheetRows.push(excelRow);
    const key = naturalKeyOf(table, out);
    keys.push(key);
    if (rowRequired.length > 0 && key !== null && explained.size > 0) {
      const noted = explained.get(key);
      if (noted) for (const f of rowRequired) if (noted.includes(f)) explainedRequired++;
    }
  }
  options.onProgress?.(total, total);
  return { values, sheetRows, keys, issues, counts, explainedRequired, skippedEmptyRows, dropped };
}

/** A sheet's converted parts, in row order, as one: problems listed and counted as one pass would, then repeated keys. */
export function joinParts(
  parts: readonly PartSummary[],
  context: {
    readonly table: TableDef;
    readonly mapping: ColumnMapping;
    readonly labels: readonly string[];
    readonly sheet: string;
  },
): PartSummary {
  const issues: ImportIssue[] = [];
  const counts = emptyCounts();
  let skippedEmptyRows = 0;
  let explainedRequired = 0;
  const dropped: DroppedCell[] = [];
  let offset = 0;
  for (const p of parts) {
    // A later part's row indexes continue after the rows of the parts before it.
    for (const d of p.dropped) dropped.push(offset === 0 ? d : { ...d, index: d.index + offset });
    offset += p.sheetRows.length;
    explainedRequired += p.explainedRequired;
    for (const k of Object.keys(counts) as (keyof IssueCounts)[]) counts[k] += p.counts[k];
    for (const issue of p.issues) {
      if (issues.length >= MAX_LISTED_ISSUES) break;
      issues.push(issue);
    }
    skippedEmptyRows += p.skippedEmptyRows;
  }
  const sheetRows =
    parts.length === 1 ? (parts[0] as PartSummary).sheetRows : parts.flatMap((p) => p.sheetRows);
  const keys = parts.length === 1 ? (parts[0] as PartSummary).keys : parts.flatMap((p) => p.keys);
  const columns = mappedColumns(context.table, context.mapping, context.labels);
  const keyColumn = (key: string) => columns.find((c) => c.field.key === key);
  findDuplicateKeys(context.table, keys, sheetRows, context.sheet, keyColumn, (issue) =>
    addIssue(issues, counts, issue),
  );
  return { sheetRows, keys, issues, counts, explainedRequired, skippedEmptyRows, dropped };
}

/** Converts every row of `grid` from `dataStart` with `mapping`, checked as a whole; see the module header. */
export function convertSheet(
  grid: SheetGrid,
  table: TableDef,
  mapping: ColumnMapping,
  dataStart: number,
  headerLabels: readonly string[],
  options: ConvertOptions = {},
): ConvertedPart {
  const part = convertRows(
    grid,
    table,
    mapping,
    { start: dataStart, end: grid.rowCount },
    headerLabels,
    options,
  );
  return {
    ...joinParts([part], { table, mapping, labels: headerLabels, sheet: grid.name }),
    values: part.values,
  };
}
