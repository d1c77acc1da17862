/**
 * The mutable environment compiled expressions read while evaluating. Expressions are compiled to
 * closures once; evaluating one row only swaps `values`/`row` on a reused environment, so the hot loop
 * allocates nothing. `refs`/`missing` count the field and aggregate references an evaluation touched,
 * which is what the missing-value strategies (DHIS2) need.
 */
import type { CellValue, StoredRow } from '../records/record-types';
import type { PeriodSettings } from '../workspace/collection-period';
import type { RuleDataSource } from './rule-data-source';
import type { Value } from './rule-values';

export type Evaluator = (env: EvalEnv) => Value;

/** State shared by all rules of one evaluation run: caches live exactly as long as the data is unchanged. */
export interface EvalRun {
  readonly period: PeriodSettings | undefined;
  /** Aggregate results per data source (this year, last year) and aggregate signature. */
  readonly aggregates: WeakMap<RuleDataSource, Map<string, Value>>;
  /** Last year's rows indexed by natural key, per source and table. */
  readonly prevIndex: WeakMap<RuleDataSource, Map<string, ReadonlyMap<string, StoredRow>>>;
}

export interface EvalEnv {
  values: Readonly<Record<string, CellValue>>;
  row: StoredRow | null;
  /** Table of `row` (row rules, where-filters); null in table context. */
  tableCode: string | null;
  source: RuleDataSource;
  run: EvalRun;
  /** NEVER_SKIP / SKIP_IF_ALL_VALUES_MISSING: missing operands count as 0 in arithmetic and comparisons. */
  zeroMissing: boolean;
  refs: number;
  missing: number;
}

export const EMPTY_VALUES: Readonly<Record<string, CellValue>> = Object.freeze({});

/** Starts an evaluation run. Reuse a run only while the data it reads is unchanged (caches). */
export function createEvalRun(period?: PeriodSettings): EvalRun {
  return { period, aggregates: new WeakMap(), prevIndex: new WeakMap() };
}

export function createEnv(source: RuleDataSource, run: EvalRun, zeroMissing = false): EvalEnv {
  return { values: EMPTY_VALUES, row: null, tableCode: null, source, run, zeroMissing, refs: 0, missing: 0 };
}

export function aggregateCache(run: EvalRun, source: RuleDataSource): Map<string, Value> {
  let cache = run.aggregates.get(source);
  if (cache === undefined) {
    cache = new Map();
    run.aggregates.set(source, cache);
  }
  return cache;
}

function naturalKeyOf(values: Readonly<Record<string, CellValue>>, keys: readonly string[]): string {
  let s = '';
  for (const k of keys) s += `${String(values[k] ?? '')}\u0001`;
  return s;
}

/**
 * Last year's row matching the current row by the table's natural key (学号, 专业方向 …). A form
 * table (one record) matches its single row; a list table without a natural key matches nothing.
 */
export function matchPrevRow(env: EvalEnv, prev: RuleDataSource): StoredRow | null {
  const code = env.tableCode;
  if (code === null || env.row === null) return null;
  const def = prev.tableDef(code) ?? env.source.tableDef(code);
  const rows = prev.rows(code);
  if (def === undefined) return null;
  if (def.naturalKey.length === 0)
    return def.shape === 'form' && rows.length === 1 ? (rows[0] ?? null) : null;
  let byTable = env.run.prevIndex.get(prev);
  if (byTable === undefined) {
    byTable = new Map();
    env.run.prevIndex.set(prev, byTable);
  }
  let index = byTable.get(code);
  if (index === undefined) {
    const m = new Map<string, StoredRow>();
    for (const r of rows) m.set(naturalKeyOf(r.values, def.naturalKey), r);
    index = m;
    byTable.set(code, index);
  }
  return index.get(naturalKeyOf(env.row.values, def.naturalKey)) ?? null;
}
