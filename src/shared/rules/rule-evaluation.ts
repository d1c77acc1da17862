/**
 * Running compiled rules. Semantics (DHIS2): a rule is violated when `left operator right` is false.
 * Missing values: SKIP_IF_ANY_VALUE_MISSING skips when any referenced value is empty;
 * SKIP_IF_ALL_VALUES_MISSING skips only when all are, counting the others' empties as 0; NEVER_SKIP
 * counts every empty as 0. Pair operators look only at which sides evaluate to a value (empties
 * propagate) and ignore the strategy.
 * A rule needing a table this station does not hold (or last year's data it lacks) is 'undecidable'.
 */
import type { StoredRow } from '../records/record-types';
import type { PeriodSettings } from '../workspace/collection-period';
import { precomputeAggregates } from './aggregates';
import { createEnv, createEvalRun, type EvalEnv, type EvalRun } from './eval-env';
import { missingData } from './evaluate-expression';
import { compareOperands } from './expression-operators';
import type { CompiledRule } from './rule-compiler';
import type { RuleDataSource } from './rule-data-source';
import type { RuleImportance, RuleStatus } from './rule-types';
import { formatValue, isMissing, type ComparisonOp, type Value } from './rule-values';

export interface RowFailure {
  readonly rowId: string;
  readonly left: Value;
  readonly right: Value;
}

export interface RuleResult {
  readonly ruleId: string;
  readonly status: RuleStatus;
  readonly importance: RuleImportance;
  /** The rule's message with {left}/{right} filled in (table rules and single rows), else as written. */
  readonly message: string;
  /** Evaluated sides (table rules; for row rules those of the first failing row). */
  readonly left: Value;
  readonly right: Value;
  /** Row rules: every failing row's id, in table order. */
  readonly failingRowIds: readonly string[];
  /** Row rules: the first `maxRowDetails` failures with their values. */
  readonly failures: readonly RowFailure[];
  readonly rowsChecked: number;
  readonly rowsSkipped: number;
  /** Why the rule is undecidable: this year's tables not held, last year's (prefixed 上年) not available. */
  readonly missingTables: readonly string[];
  /** A Chinese explanation for skipped/undecidable results. */
  readonly reason?: string;
}

export interface EvaluationOptions {
  /** Statistical period settings for periodStart()/periodEnd()/snapshotDate()/inPeriod(). */
  readonly period?: PeriodSettings;
  /** Reuse caches across calls while the data is unchanged. */
  readonly run?: EvalRun;
  /** How many failing rows keep their values (all failing ids are always kept). Default 200. */
  readonly maxRowDetails?: number;
}

interface Judgement {
  status: 'pass' | 'fail' | 'skipped';
  left: Value;
  right: Value;
}

const OPERATOR: Readonly<Record<string, ComparisonOp>> = {
  '==': '=',
  '!=': '!=',
  '<': '<',
  '<=': '<=',
  '>': '>',
  '>=': '>=',
};

/** Evaluates both sides in `env` (row or table context) and applies operator and strategy. */
function judge(c: CompiledRule, env: EvalEnv, out: Judgement): Judgement {
  const { operator, missingValueStrategy: strategy } = c.rule;
  const pair = operator === 'compulsory_pair' || operator === 'exclusive_pair';
  env.zeroMissing = !pair && strategy !== 'SKIP_IF_ANY_VALUE_MISSING';
  env.refs = 0;
  env.missing = 0;
  const left = c.left.evaluate(env);
  const lRefs = env.refs;
  const lMissing = env.missing;
  env.refs = 0;
  env.missing = 0;
  const right = c.right.evaluate(env);
  out.left = left;
  out.right = right;
  if (pair) {
    // A side "has a value" when it evaluates to a non-empty value; empties propagate through arithmetic,
    // so `a + b` has a value only when both do, and `if(c, 1, 空)` lets a side be empty on purpose.
    const lHas = !isMissing(left);
    const rHas = !isMissing(right);
    const passes = operator === 'compulsory_pair' ? lHas === rHas : !(lHas && rHas);
    out.status = passes ? 'pass' : 'fail';
    return out;
  }
  const refs = lRefs + env.refs;
  const missing = lMissing + env.missing;
  if (strategy === 'SKIP_IF_ANY_VALUE_MISSING' && missing > 0) out.status = 'skipped';
  else if (strategy === 'SKIP_IF_ALL_VALUES_MISSING' && refs > 0 && missing === refs) out.status = 'skipped';
  else {
    const cmp = compareOperands(env, OPERATOR[operator] ?? '=', left, right);
    out.status = cmp === null ? 'skipped' : cmp ? 'pass' : 'fail';
  }
  return out;
}

export function formatRuleMessage(message: string, left: Value, right: Value): string {
  return message.replaceAll('{left}', formatValue(left)).replaceAll('{right}', formatValue(right));
}

/** Tables (this year, or 上年…) the rule needs but the source lacks; empty when decidable. */
export function unavailableTables(c: CompiledRule, source: RuleDataSource): string[] {
  return missingData(c, source);
}

function undecidable(c: CompiledRule, missingTables: string[]): RuleResult {
  return {
    ruleId: c.rule.id,
    status: 'undecidable',
    importance: c.rule.importance,
    message: c.rule.message,
    left: null,
    right: null,
    failingRowIds: [],
    failures: [],
    rowsChecked: 0,
    rowsSkipped: 0,
    missingTables,
    reason: `本站无法判断：缺少 ${missingTables.join('、')}`,
  };
}

function evaluateRowRule(
  c: CompiledRule,
  table: string,
  source: RuleDataSource,
  run: EvalRun,
  maxDetails: number,
): RuleResult {
  const env = createEnv(source, run);
  env.tableCode = table;
  const rows = source.rows(table);
  const out: Judgement = { status: 'skipped', left: null, right: null };
  const failingRowIds: string[] = [];
  const failures: RowFailure[] = [];
  let passed = 0;
  let skipped = 0;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    env.values = row.values;
    env.row = row;
    judge(c, env, out);
    if (out.status === 'fail') {
      failingRowIds.push(row.id);
      if (failures.length < maxDetails) failures.push({ rowId: row.id, left: out.left, right: out.right });
    } else if (out.status === 'pass') passed++;
    else skipped++;
  }
  const first = failures[0];
  const status: RuleStatus = failingRowIds.length > 0 ? 'fail' : passed > 0 ? 'pass' : 'skipped';
  return {
    ruleId: c.rule.id,
    status,
    importance: c.rule.importance,
    message:
      first === undefined ? c.rule.message : formatRuleMessage(c.rule.message, first.left, first.right),
    left: first?.left ?? null,
    right: first?.right ?? null,
    failingRowIds,
    failures,
    rowsChecked: rows.length,
    rowsSkipped: skipped,
    missingTables: [],
    ...(status === 'skipped'
      ? { reason: rows.length === 0 ? '表中没有数据' : '所有行都缺少规则所需的值' }
      : {}),
  };
}

/** Evaluates one compiled rule over the source (row rules on every row of their table). */
export function evaluateRule(
  c: CompiledRule,
  source: RuleDataSource,
  options: EvaluationOptions = {},
): RuleResult {
  const run = options.run ?? createEvalRun(options.period);
  const missing = unavailableTables(c, source);
  if (missing.length > 0) return undecidable(c, missing);
  if (c.rowTable !== null) return evaluateRowRule(c, c.rowTable, source, run, options.maxRowDetails ?? 200);
  const j = judge(c, createEnv(source, run), { status: 'skipped', left: null, right: null });
  return {
    ruleId: c.rule.id,
    status: j.status,
    importance: c.rule.importance,
    message: formatRuleMessage(c.rule.message, j.left, j.right),
    left: j.left,
    right: j.right,
    failingRowIds: [],
    failures: [],
    rowsChecked: 0,
    rowsSkipped: 0,
    missingTables: [],
    ...(j.status === 'skipped' ? { reason: '缺少规则所需的值，按缺失值策略跳过' } : {}),
  };
}

/**
 * Evaluates all enabled rules over all tables (a review level's full check). Every distinct aggregate
 * is computed once, in one pass per table, before any rule runs.
 */
export function evaluateRules(
  rules: readonly CompiledRule[],
  source: RuleDataSource,
  options: EvaluationOptions = {},
): RuleResult[] {
  const run = options.run ?? createEvalRun(options.period);
  const enabled = rules.filter((c) => c.rule.enabled);
  const decidable = enabled.filter((c) => unavailableTables(c, source).length === 0);
  precomputeAggregates(
    run,
    source,
    decidable.flatMap((c) => c.aggregates),
  );
  return enabled.map((c) => evaluateRule(c, source, { ...options, run }));
}

export interface RowOutcome {
  readonly status: RuleStatus;
  readonly left: Value;
  readonly right: Value;
  readonly message: string;
  readonly missingTables: readonly string[];
}

export interface RowEvaluationContext extends EvaluationOptions {
  readonly source: RuleDataSource;
}

/**
 * Checks one (possibly unsaved) row against a row rule as the user types. Pass `run` to reuse
 * aggregate caches between keystrokes while other rows are unchanged.
 */
export function evaluateRuleOnRow(c: CompiledRule, row: StoredRow, ctx: RowEvaluationContext): RowOutcome {
  const missing = unavailableTables(c, ctx.source).filter((t) => t !== c.rowTable);
  if (missing.length > 0)
    return {
      status: 'undecidable',
      left: null,
      right: null,
      message: c.rule.message,
      missingTables: missing,
    };
  const env = createEnv(ctx.source, ctx.run ?? createEvalRun(ctx.period));
  env.tableCode = c.rowTable;
  env.values = row.values;
  env.row = row;
  const j = judge(c, env, { status: 'skipped', left: null, right: null });
  return {
    status: j.status,
    left: j.left,
    right: j.right,
    message: formatRuleMessage(c.rule.message, j.left, j.right),
    missingTables: [],
  };
}

/** A failed high-importance rule blocks approval; other failures need a 合理性说明. */
export function isBlocking(r: Pick<RuleResult, 'status' | 'importance'>): boolean {
  return r.status === 'fail' && r.importance === 'high';
}
