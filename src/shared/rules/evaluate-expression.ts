/**
 * One expression of the rule language evaluated to one value over whole tables (table context): what
 * indicators and the report compute, e.g. `sum(A7-6-2.就业数) / count(A10-1)` or, with last year's data
 * on the source, `count(A10-1) - prev(count(A10-1))`. Pure: reads only the source, never throws.
 *
 * A value is computed only from tables the source holds. When a table (or last year's data that
 * prev(…) reads) is absent the result is the error `unavailable` — never a count of 0 — which is the
 * same 本站无法判断 rule evaluation gives.
 */
import { err, ok, type Result } from '../result';
import type { PeriodSettings } from '../workspace/collection-period';
import { precomputeAggregates } from './aggregates';
import { createEnv, createEvalRun, type EvalRun } from './eval-env';
import { compileExpression, type CompiledExpression } from './expression-compiler';
import type { ExpressionErrorCode } from './expression-tokens';
import type { RuleDataSource, RuleSchema } from './rule-data-source';
import type { Value } from './rule-values';

export interface ExpressionEnv {
  /** The tables to read; `data.prev` is last year's data for prev(…). */
  readonly data: RuleDataSource;
  /** Statistical period settings for periodStart()/periodEnd()/snapshotDate()/inPeriod(). */
  readonly period?: PeriodSettings;
  /** Reuse aggregate caches across calls while the data is unchanged (see createEvalRun). */
  readonly run?: EvalRun;
}

/** Compiling text needs the year's catalog (`schemaFromTables(catalog.tables)`). */
export interface ExpressionTextEnv extends ExpressionEnv {
  readonly schema: RuleSchema;
}

export type EvaluateErrorCode = ExpressionErrorCode | 'unavailable' | 'row-expression';

/** What a compiled expression or rule reads. */
export interface DataNeeds {
  readonly tables: Iterable<string>;
  readonly prevTables: Iterable<string>;
  readonly usesPrev: boolean;
}

/** This year's tables (or 上年…) needed but not held by the source; empty when computable. */
export function missingData(needs: DataNeeds, data: RuleDataSource): string[] {
  const missing = [...needs.tables].filter((t) => !data.hasTable(t));
  if (needs.usesPrev) {
    const prev = data.prev;
    if (prev === undefined) missing.push('上年数据');
    else for (const t of needs.prevTables) if (!prev.hasTable(t)) missing.push(`上年 ${t}`);
  }
  return missing;
}

/**
 * Evaluates `expr` (text, compiled here, or an expression compiled once with compileExpression and
 * `rowTable: null`) in table context. Errors: compile errors of the text (with `detail.position`),
 * `row-expression` for an expression compiled for a row, `unavailable` with `detail.tables`.
 */
export function evaluateExpression(expr: string, env: ExpressionTextEnv): Result<Value, EvaluateErrorCode>;
export function evaluateExpression(
  expr: CompiledExpression,
  env: ExpressionEnv,
): Result<Value, EvaluateErrorCode>;
export function evaluateExpression(
  expr: string | CompiledExpression,
  env: ExpressionEnv | ExpressionTextEnv,
): Result<Value, EvaluateErrorCode> {
  let compiled: CompiledExpression;
  if (typeof expr === 'string') {
    if (!('schema' in env)) return err('unknown-table', '计算表达式需要本年度的表目录');
    const c = compileExpression(expr, { schema: env.schema, rowTable: null });
    if (!c.ok) return c;
    compiled = c.value;
  } else compiled = expr;
  if (compiled.rowTable !== null) {
    return err('row-expression', `表达式是按行（表 ${compiled.rowTable}）编译的，不能对整表求值`);
  }
  const missing = missingData(compiled, env.data);
  if (missing.length > 0) {
    return err('unavailable', `本站没有以下数据，无法计算：${missing.join('、')}`, {
      tables: missing.join(','),
    });
  }
  const run = env.run ?? createEvalRun(env.period);
  // One pass per table for all of this year's aggregates; last year's are computed on first read.
  precomputeAggregates(run, env.data, compiled.aggregates);
  return ok(compiled.evaluate(createEnv(env.data, run)));
}
