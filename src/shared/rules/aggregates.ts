/**
 * Aggregates over table rows (count, sum, avg, min, max, distinct count, and the value of a form
 * table's field). Each distinct aggregate — identified by a signature of kind, table, field key and
 * the canonical text of its filter — is computed once per source per run and cached, and
 * `precomputeAggregates` computes all aggregates of one table in a single pass over its rows, which is
 * what keeps 200 rules over 200k rows close to a hand-written loop.
 */
import type { StoredRow } from '../records/record-types';
import { aggregateCache, createEnv, type EvalEnv, type EvalRun, type Evaluator } from './eval-env';
import type { FilterPlan } from './filter-plan';
import type { RuleDataSource } from './rule-data-source';
import { isTrue, toNumber, type Value } from './rule-values';

export type AggregateKind = 'count' | 'countDistinct' | 'sum' | 'avg' | 'min' | 'max' | 'value';

export interface AggregateSpec {
  /** Signature: equal signatures mean equal results on the same data. */
  readonly key: string;
  readonly table: string;
  readonly kind: AggregateKind;
  /** Field key; null for count(T). */
  readonly field: string | null;
  readonly filter: Evaluator | null;
  /** The filter as a plan a table pass can share between aggregates (filter-plan.ts), when it has that shape. */
  readonly plan?: FilterPlan | null;
}

class Accumulator {
  count = 0;
  n = 0;
  sum = 0;
  min = Infinity;
  max = -Infinity;
  first: Value = null;
  distinct: Set<string | number | boolean> | null = null;

  constructor(readonly spec: AggregateSpec) {
    if (spec.kind === 'countDistinct') this.distinct = new Set();
  }

  add(raw: Value | undefined): void {
    const kind = this.spec.kind;
    if (kind === 'count') {
      this.count++;
      return;
    }
    if (raw === null || raw === undefined || raw === '') return;
    if (this.distinct !== null) {
      this.distinct.add(typeof raw === 'string' ? raw.trim() : raw);
      return;
    }
    const x = typeof raw === 'number' ? raw : toNumber(raw);
    if (x === null) {
      if (this.first === null) this.first = raw;
      return;
    }
    this.n++;
    this.sum += x;
    if (x < this.min) this.min = x;
    if (x > this.max) this.max = x;
  }

  result(): Value {
    return aggregateResult(this.spec.kind, this);
  }
}

/** The running state of an aggregate (also kept by the indicator engine, which can take rows back out). */
export interface AggregateState {
  readonly count: number;
  readonly n: number;
  readonly sum: number;
  readonly min: number;
  readonly max: number;
  /** First non-numeric value seen: the value of a text field of a form table. */
  readonly first: Value;
  readonly distinct: ReadonlySet<string | number | boolean> | null;
}

/** The aggregate's value from its state; empty (null) when no value was seen. */
export function aggregateResult(kind: AggregateKind, s: AggregateState): Value {
  switch (kind) {
    case 'count':
      return s.count;
    case 'countDistinct':
      return s.distinct?.size ?? 0;
    case 'sum':
      return s.n === 0 ? null : s.sum;
    case 'avg':
      return s.n === 0 ? null : s.sum / s.n;
    case 'min':
      return s.n === 0 ? null : s.min;
    case 'max':
      return s.n === 0 ? null : s.max;
    case 'value':
      // A form table's field: the value of its record; several records (one per department) add up.
      return s.n > 0 ? s.sum : s.first;
  }
}

/** One pass over `rows` computing every spec (all specs must be of the table the rows belong to). */
function computeOnePass(specs: readonly AggregateSpec[], rows: readonly StoredRow[], env: EvalEnv): Value[] {
  const accs = specs.map((s) => new Accumulator(s));
  const fields = specs.map((s) => s.field);
  const filters = specs.map((s) => s.filter);
  const m = accs.length;
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r]!;
    const values = row.values;
    env.values = values;
    env.row = row;
    for (let i = 0; i < m; i++) {
      const filter = filters[i];
      if (filter !== null && filter !== undefined) {
        const keep = filter(env);
        if (keep !== true && (keep === false || keep === null || !isTrue(keep))) continue;
      }
      const f = fields[i];
      accs[i]!.add(f === null || f === undefined ? null : values[f]);
    }
  }
  return accs.map((a) => a.result());
}

function filterEnv(source: RuleDataSource, run: EvalRun, table: string): EvalEnv {
  const env = createEnv(source, run);
  env.tableCode = table;
  return env;
}

/** The cached value of one aggregate, computing it (alone) on a miss. */
export function aggregateValue(run: EvalRun, source: RuleDataSource, spec: AggregateSpec): Value {
  const cache = aggregateCache(run, source);
  const hit = cache.get(spec.key);
  if (hit !== undefined || cache.has(spec.key)) return hit ?? null;
  const [v] = computeOnePass([spec], source.rows(spec.table), filterEnv(source, run, spec.table));
  const value = v ?? null;
  cache.set(spec.key, value);
  return value;
}

/**
 * Fills the run's cache for all given aggregates the source holds, one pass per table. Aggregates
 * already cached are skipped; those of tables not held are left out (their rules are undecidable).
 */
export function precomputeAggregates(
  run: EvalRun,
  source: RuleDataSource,
  specs: Iterable<AggregateSpec>,
): void {
  const cache = aggregateCache(run, source);
  const byTable = new Map<string, Map<string, AggregateSpec>>();
  for (const s of specs) {
    if (cache.has(s.key) || !source.hasTable(s.table)) continue;
    let group = byTable.get(s.table);
    if (group === undefined) {
      group = new Map();
      byTable.set(s.table, group);
    }
    group.set(s.key, s);
  }
  for (const [table, group] of byTable) {
    const list = [...group.values()];
    const results = computeOnePass(list, source.rows(table), filterEnv(source, run, table));
    list.forEach((s, i) => cache.set(s.key, results[i] ?? null));
  }
}
