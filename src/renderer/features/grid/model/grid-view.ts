/**
 * Sort and filter are a view over the stored rows (a list of stored indices), not a rewrite of them:
 * the stored order stays the order rows were entered or imported, which is what bundles carry and what
 * a reviewer sees. Clearing the sort shows that order again. Search walks the view.
 */
import type { CellValue, StoredRow } from '../../../../shared/records/record-types';
import { formatCellValue } from '../../../../shared/values/format-cell-value';
import { rowConfirmation } from '../../../../shared/tasks/row-freshness';
import type { GridColumn } from './grid-columns';
import type { RowChange } from './row-changes';
import type { Cell } from './selection';
import { formatLocalTime } from '../../../ui/local-time';

export interface SortSpec {
  readonly col: number;
  readonly dir: 'asc' | 'desc';
}

export interface FilterSpec {
  /** Text a row must contain (in any column, or in `col`). */
  readonly text: string;
  readonly col: number | null;
  /** Only rows with an error or an empty required cell. */
  readonly onlyIssues: boolean;
  /** Only rows carried from last year and not yet confirmed (待核实). */
  readonly onlyCarried?: boolean;
}

export const NO_FILTER: FilterSpec = { text: '', col: null, onlyIssues: false };

export function cellText(column: GridColumn | undefined, row: StoredRow | undefined): string {
  if (!column || !row) return '';
  if (column.kind === 'meta') return column.meta === 'by' ? byText(row) : atText(row);
  return formatCellValue(column.field, row.values[column.field.key] ?? null);
}

/** Who last changed the row; a row carried from last year says it is 待核实 (its `by` is last year's). */
const byText = (row: StoredRow): string => (row.src === 'carried' ? `待核实（${row.by}）` : row.by);

/** When the row was last confirmed; a carried row has no confirmation this year until someone gives one. */
const atText = (row: StoredRow): string => {
  const at = rowConfirmation(row).at;
  return at === null ? '待核实' : formatTime(at);
};

/** Local time as 2025-09-02 08:00 (what an officer reads; the stored value stays ISO). */
export const formatTime = formatLocalTime;

function sortKey(column: GridColumn, row: StoredRow): CellValue {
  if (column.kind === 'meta') return column.meta === 'by' ? row.by : row.at;
  return row.values[column.field.key] ?? null;
}

const collator = new Intl.Collator('zh-CN', { numeric: true });

function compareValues(a: CellValue, b: CellValue): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'boolean' && typeof b === 'boolean') return Number(b) - Number(a);
  if (typeof a === 'number') return -1;
  if (typeof b === 'number') return 1;
  return collator.compare(String(a), String(b));
}

function rowMatches(
  columns: readonly GridColumn[],
  row: StoredRow,
  needle: string,
  col: number | null,
): boolean {
  if (col !== null) return cellText(columns[col], row).toLowerCase().includes(needle);
  for (const c of columns) if (cellText(c, row).toLowerCase().includes(needle)) return true;
  return false;
}

/** Stored indices in view order; null when nothing is sorted or filtered (the stored order). */
export function computeView(
  rows: readonly StoredRow[],
  columns: readonly GridColumn[],
  sort: SortSpec | null,
  filter: FilterSpec,
  rowHasIssue: (row: StoredRow) => boolean,
): number[] | null {
  const needle = filter.text.trim().toLowerCase();
  if (!sort && needle === '' && !filter.onlyIssues && !filter.onlyCarried) return null;
  const out: number[] = [];
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i] as StoredRow;
    if (filter.onlyIssues && !rowHasIssue(row)) continue;
    if (filter.onlyCarried && row.src !== 'carried') continue;
    if (needle !== '' && !rowMatches(columns, row, needle, filter.col)) continue;
    out.push(i);
  }
  const column = sort ? columns[sort.col] : undefined;
  if (sort && column) {
    const keys = rows.map((r) => sortKey(column, r));
    const sign = sort.dir === 'asc' ? 1 : -1;
    out.sort((x, y) => {
      const a = keys[x] ?? null;
      const b = keys[y] ?? null;
      // Empty cells stay at the bottom in both directions, as in Excel.
      const ea = a === null || a === '';
      const eb = b === null || b === '';
      if (ea || eb) return ea === eb ? x - y : ea ? 1 : -1;
      return sign * compareValues(a, b) || x - y;
    });
  }
  return out;
}

/**
 * The view after row changes, without re-sorting: deleted rows leave it, inserted rows appear where
 * they were inserted (or at the end when appended), so the rows do not jump under the user's cursor.
 */
export function patchView(view: readonly number[] | null, changes: readonly RowChange[]): number[] | null {
  if (view === null) return null;
  const deleted = changes
    .filter((c) => c.after === null && c.before !== null)
    .map((c) => c.index)
    .sort((a, b) => a - b);
  const inserted = changes
    .filter((c) => c.before === null && c.after !== null)
    .map((c) => c.index)
    .sort((a, b) => a - b);
  let out = view.slice();
  if (deleted.length > 0) {
    const gone = new Set(deleted);
    const below = (v: number) => {
      let lo = 0;
      let hi = deleted.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if ((deleted[mid] as number) < v) lo = mid + 1;
        else hi = mid;
      }
      return lo;
    };
    out = out.filter((v) => !gone.has(v)).map((v) => v - below(v));
  }
  for (const p of inserted) {
    out = out.map((v) => (v >= p ? v + 1 : v));
    const at = out.indexOf(p + 1);
    out.splice(at < 0 ? out.length : at, 0, p);
  }
  return out;
}

/** The next cell after `from` (row-major, wrapping) whose text contains `text`, or null. */
export function findNext(
  rows: readonly StoredRow[],
  view: readonly number[] | null,
  columns: readonly GridColumn[],
  text: string,
  from: Cell,
  backwards = false,
): Cell | null {
  const needle = text.trim().toLowerCase();
  const n = view ? view.length : rows.length;
  const w = columns.length;
  if (needle === '' || n === 0 || w === 0) return null;
  const total = n * w;
  const start = Math.min(from.row, n - 1) * w + from.col;
  for (let k = 1; k <= total; k++) {
    const i = (((start + (backwards ? -k : k)) % total) + total) % total;
    const viewRow = Math.floor(i / w);
    const col = i % w;
    const row = rows[view ? (view[viewRow] ?? -1) : viewRow];
    if (cellText(columns[col], row).toLowerCase().includes(needle)) return { col, row: viewRow };
  }
  return null;
}
