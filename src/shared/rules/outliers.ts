/**
 * Outliers by modified z-score (Iglewicz & Hoaglin; DHIS2 uses the same idea):
 * M = 0.6745 · (x − median) / MAD, flagged when |M| > threshold (3.5 by default, configurable per field).
 * The median absolute deviation is robust to the outliers themselves, unlike mean ± k·sd.
 *
 * MAD = 0 means more than half of the values equal the median, so the score would divide by zero. The
 * explicit fallback: the column is treated as constant, and every value different from that constant
 * is flagged (score reported as Infinity, method 'constant'). Columns with fewer than `minCount`
 * values are not scored: with two or three numbers a "typical value" means nothing.
 */
import type { TableDef } from '../catalog/catalog-types';
import type { StoredRow } from '../records/record-types';
import { isNumericField } from './field-resolution';
import { toNumber } from './rule-values';

export const DEFAULT_OUTLIER_THRESHOLD = 3.5;
export const DEFAULT_OUTLIER_MIN_COUNT = 5;
const MODIFIED_Z_FACTOR = 0.6745;

export interface OutlierConfig {
  /** |modified z-score| above which a value is flagged. Default 3.5. */
  readonly threshold?: number;
  /** Fewest non-empty values for the column to be checked. Default 5. */
  readonly minCount?: number;
  /** false turns the check off for the field. */
  readonly enabled?: boolean;
}

export interface OutlierFlag {
  readonly rowId: string;
  readonly fieldKey: string;
  readonly value: number;
  readonly median: number;
  /** Modified z-score; ±Infinity under the MAD = 0 fallback. */
  readonly score: number;
  readonly method: 'modified-z' | 'constant';
}

export interface ColumnStats {
  readonly count: number;
  readonly median: number;
  readonly mad: number;
}

export function median(sorted: readonly number[]): number {
  const n = sorted.length;
  if (n === 0) return NaN;
  const mid = n >> 1;
  return n % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function columnStats(values: readonly number[]): ColumnStats {
  const sorted = Float64Array.from(values).sort();
  const med = median(Array.from(sorted));
  const deviations = Float64Array.from(sorted, (x) => Math.abs(x - med)).sort();
  return { count: values.length, median: med, mad: median(Array.from(deviations)) };
}

/** Modified z-score of x; ±Infinity (or 0 when x equals the median) when MAD = 0. */
export function modifiedZScore(x: number, stats: ColumnStats): number {
  if (stats.mad === 0) return x === stats.median ? 0 : x > stats.median ? Infinity : -Infinity;
  return (MODIFIED_Z_FACTOR * (x - stats.median)) / stats.mad;
}

/** Flags the outliers among (rowId, value) pairs of one numeric column. */
export function findColumnOutliers(
  fieldKey: string,
  cells: readonly { readonly rowId: string; readonly value: number }[],
  config: OutlierConfig = {},
): OutlierFlag[] {
  if (config.enabled === false || cells.length < (config.minCount ?? DEFAULT_OUTLIER_MIN_COUNT)) return [];
  const threshold = config.threshold ?? DEFAULT_OUTLIER_THRESHOLD;
  const stats = columnStats(cells.map((c) => c.value));
  const method = stats.mad === 0 ? 'constant' : 'modified-z';
  const flags: OutlierFlag[] = [];
  for (const c of cells) {
    const score = modifiedZScore(c.value, stats);
    const flagged = method === 'constant' ? c.value !== stats.median : Math.abs(score) > threshold;
    if (flagged)
      flags.push({ rowId: c.rowId, fieldKey, value: c.value, median: stats.median, score, method });
  }
  return flags;
}

/** Outliers of every numeric field of a table; `config` is per field key. Empty cells are ignored. */
export function findTableOutliers(
  table: TableDef,
  rows: readonly StoredRow[],
  config: Readonly<Record<string, OutlierConfig>> = {},
): OutlierFlag[] {
  const flags: OutlierFlag[] = [];
  for (const f of table.fields) {
    if (!isNumericField(f)) continue;
    const cells: { rowId: string; value: number }[] = [];
    for (const r of rows) {
      const v = r.values[f.key];
      const n = v === undefined || v === null || v === '' ? null : toNumber(v);
      if (n !== null) cells.push({ rowId: r.id, value: n });
    }
    flags.push(...findColumnOutliers(f.key, cells, config[f.key]));
  }
  return flags;
}
