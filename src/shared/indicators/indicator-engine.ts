/**
 * Computing indicators over a station's data, and keeping them current as rows are edited. All
 * aggregates of all indicators are computed in one pass per table (an aggregate several indicators
 * share is computed once, and filtered counts share their field reads and tests); the values go into the rule language's evaluation cache, so the indicator
 * expressions are then evaluated by the rule language itself. An edited row moves the aggregates of
 * its table by the edit's difference (delta-aggregates.ts) and re-evaluates only the indicators that
 * read that table.
 */
import type { StoredRow } from '../records/record-types';
import { aggregateCache, createEnv, createEvalRun, type EvalRun } from '../rules/eval-env';
import type { AggregateSpec } from '../rules/aggregates';
import type { RuleDataSource } from '../rules/rule-data-source';
import type { PeriodSettings } from '../workspace/collection-period';
import type { DeltaAggregate } from './delta-aggregates';
import type { CompiledIndicator } from './indicator-compiler';
import { evaluateIndicator, type IndicatorValue } from './indicator-value';
import { planPass, TablePass, type PassPlan } from './table-pass';

export interface IndicatorEngineOptions {
  readonly period?: PeriodSettings;
}

export interface IndicatorEngine {
  /** Every indicator's value by id, in the order the indicators were given. */
  values(): ReadonlyMap<string, IndicatorValue>;
  /**
   * One row of `table` was added (before null), removed (after null) or edited. The source must
   * already return the table's new rows. Returns the values after the change.
   */
  rowChanged(
    table: string,
    before: StoredRow | null,
    after: StoredRow | null,
  ): ReadonlyMap<string, IndicatorValue>;
  /** Many rows of `table` changed (an import): its aggregates are read again from its rows. */
  tableChanged(table: string): ReadonlyMap<string, IndicatorValue>;
}

/** Per indicator set, the pass plan of each table it reads: made once, like the compilation itself. */
const PLANS = new WeakMap<readonly CompiledIndicator[], ReadonlyMap<string, PassPlan>>();

function passPlans(indicators: readonly CompiledIndicator[]): ReadonlyMap<string, PassPlan> {
  const known = PLANS.get(indicators);
  if (known !== undefined) return known;
  const byTable = new Map<string, AggregateSpec[]>();
  const seen = new Set<string>();
  for (const ci of indicators) {
    for (const spec of ci.aggregates) {
      if (seen.has(spec.key)) continue;
      seen.add(spec.key);
      let list = byTable.get(spec.table);
      if (list === undefined) {
        list = [];
        byTable.set(spec.table, list);
      }
      list.push(spec);
    }
  }
  const plans = new Map<string, PassPlan>();
  for (const [table, specs] of byTable) plans.set(table, planPass(specs));
  PLANS.set(indicators, plans);
  return plans;
}

/**
 * Table passes a one-shot computation borrows (computeIndicators): a pass's state is all reset when it
 * fills, and a one-shot engine is dropped before the call returns, so the next one can fill the same
 * passes instead of building them again. Engines kept for edits own their passes.
 */
const LOANED = new WeakMap<readonly CompiledIndicator[], Map<string, TablePass>>();

function loanedPass(indicators: readonly CompiledIndicator[], table: string, plan: PassPlan): TablePass {
  let passes = LOANED.get(indicators);
  if (passes === undefined) {
    passes = new Map();
    LOANED.set(indicators, passes);
  }
  let pass = passes.get(table);
  if (pass === undefined) {
    pass = new TablePass(plan);
    passes.set(table, pass);
  }
  return pass;
}

export function createIndicatorEngine(
  indicators: readonly CompiledIndicator[],
  source: RuleDataSource,
  options: IndicatorEngineOptions = {},
): IndicatorEngine {
  return startEngine(indicators, source, options, false);
}

function startEngine(
  indicators: readonly CompiledIndicator[],
  source: RuleDataSource,
  options: IndicatorEngineOptions,
  oneShot: boolean,
): IndicatorEngine {
  const run: EvalRun = createEvalRun(options.period);
  const cache = aggregateCache(run, source);
  const byTable = new Map<string, TablePass>();
  for (const [table, plan] of passPlans(indicators)) {
    if (!source.hasTable(table)) continue;
    byTable.set(table, oneShot ? loanedPass(indicators, table, plan) : new TablePass(plan));
  }
  const env = createEnv(source, run, true);
  const filterEnv = createEnv(source, run);
  const values = new Map<string, IndicatorValue>();

  function publish(accs: readonly DeltaAggregate[]): void {
    for (const a of accs) cache.set(a.spec.key, a.result());
  }

  function readTable(table: string): void {
    const pass = byTable.get(table);
    if (pass === undefined) return;
    filterEnv.tableCode = table;
    pass.fill(source.rows(table), filterEnv);
    publish(pass.accs);
  }

  function evaluate(only: string | null): ReadonlyMap<string, IndicatorValue> {
    for (const ci of indicators) {
      if (only !== null && values.has(ci.def.id) && !ci.tables.includes(only)) continue;
      values.set(ci.def.id, evaluateIndicator(ci, env));
    }
    return values;
  }

  for (const table of byTable.keys()) readTable(table);
  evaluate(null);

  return {
    values: () => values,
    rowChanged(table, before, after) {
      const accs = byTable.get(table)?.accs;
      if (accs === undefined) return values;
      filterEnv.tableCode = table;
      let exact = true;
      for (const [row, sign] of [
        [before, -1],
        [after, 1],
      ] as const) {
        if (row === null || !exact) continue;
        filterEnv.values = row.values;
        filterEnv.row = row;
        for (const a of accs) {
          if (sign < 0 && !a.reversible) {
            exact = false;
            break;
          }
          if (!a.apply(filterEnv, row.values, sign)) {
            exact = false;
            break;
          }
        }
      }
      if (exact) publish(accs);
      else readTable(table);
      return evaluate(table);
    },
    tableChanged(table) {
      readTable(table);
      return evaluate(table);
    },
  };
}

/** Computes a set of indicators once (no incremental updates needed). */
export function computeIndicators(
  indicators: readonly CompiledIndicator[],
  source: RuleDataSource,
  options: IndicatorEngineOptions = {},
): ReadonlyMap<string, IndicatorValue> {
  return startEngine(indicators, source, options, true).values();
}
