/**
 * Year-over-year jumps: a value that changed by more than 30 % (configurable per field) against last
 * year's value is flagged for the reviewer. When last year's value is 0 a relative change is undefined
 * (division by zero), so the explicit fallback is an absolute threshold: flagged when
 * |this year − last year| > absoluteThreshold (configurable; default 10). Missing values on either side
 * are not compared — completeness checks report those.
 */
import type { TableDef } from '../catalog/catalog-types';
import type { CellValue, StoredRow } from '../records/record-types';
import { isNumericField } from './field-resolution';
import { toNumber } from './rule-values';

export const DEFAULT_MAX_RELATIVE_CHANGE = 0.3;
export const DEFAULT_ABSOLUTE_THRESHOLD_WHEN_ZERO = 10;

export interface YearOverYearConfig {
  /** Largest accepted |change| / |last year|, as a fraction (0.3 = 30 %). */
  readonly maxRelativeChange?: number;
  /** Largest accepted |change| when last year's value is 0. */
  readonly absoluteThresholdWhenZero?: number;
  readonly enabled?: boolean;
}

export interface YearOverYearCheck {
  readonly flagged: boolean;
  /** 'relative' normally, 'absolute' under the last-year-0 fallback. */
  readonly method: 'relative' | 'absolute';
  readonly current: number;
  readonly previous: number;
  readonly change: number;
  /** change / |previous|; null when previous is 0. */
  readonly relativeChange: number | null;
}

/** Compares one value with last year's; null when either is missing or not numeric. */
export function checkYearOverYear(
  current: CellValue,
  previous: CellValue,
  config: YearOverYearConfig = {},
): YearOverYearCheck | null {
  if (config.enabled === false) return null;
  const c = current === null || current === '' ? null : toNumber(current);
  const p = previous === null || previous === '' ? null : toNumber(previous);
  if (c === null || p === null) return null;
  const change = c - p;
  if (p === 0) {
    const limit = config.absoluteThresholdWhenZero ?? DEFAULT_ABSOLUTE_THRESHOLD_WHEN_ZERO;
    return {
      flagged: Math.abs(change) > limit,
      method: 'absolute',
      current: c,
      previous: p,
      change,
      relativeChange: null,
    };
  }
  const relativeChange = change / Math.abs(p);
  const limit = config.maxRelativeChange ?? DEFAULT_MAX_RELATIVE_CHANGE;
  // A tiny tolerance so that exactly +30 % is not flagged because of binary fractions.
  return {
    flagged: Math.abs(relativeChange) > limit + 1e-12,
    method: 'relative',
    current: c,
    previous: p,
    change,
    relativeChange,
  };
}

export interface YearOverYearFlag extends YearOverYearCheck {
  readonly rowId: string;
  readonly fieldKey: string;
  readonly previousRowId: string;
}

function keyOf(values: Readonly<Record<string, CellValue>>, keys: readonly string[]): string {
  return keys.map((k) => String(values[k] ?? '')).join('\u0001');
}

/**
 * Flags the numeric cells of a table that jumped against last year. Rows are matched by the table's
 * natural key (学号, 专业方向 …); a form table's single record matches last year's single record.
 * Rows without a match (new majors, new students) are not flagged here.
 */
export function findYearOverYearJumps(
  table: TableDef,
  rows: readonly StoredRow[],
  prevRows: readonly StoredRow[],
  config: Readonly<Record<string, YearOverYearConfig>> = {},
): YearOverYearFlag[] {
  const pairs: [StoredRow, StoredRow][] = [];
  if (table.naturalKey.length === 0) {
    const [a] = rows;
    const [b] = prevRows;
    if (rows.length === 1 && prevRows.length === 1 && a !== undefined && b !== undefined) pairs.push([a, b]);
  } else {
    const prevByKey = new Map(prevRows.map((r) => [keyOf(r.values, table.naturalKey), r]));
    for (const r of rows) {
      const p = prevByKey.get(keyOf(r.values, table.naturalKey));
      if (p !== undefined) pairs.push([r, p]);
    }
  }
  const flags: YearOverYearFlag[] = [];
  const numeric = table.fields.filter(isNumericField);
  for (const [r, p] of pairs) {
    for (const f of numeric) {
      const check = checkYearOverYear(r.values[f.key] ?? null, p.values[f.key] ?? null, config[f.key]);
      if (check?.flagged === true)
        flags.push({ ...check, rowId: r.id, previousRowId: p.id, fieldKey: f.key });
    }
  }
  return flags;
}
