/**
 * Compiling a rule once: both expressions are parsed and resolved against the catalog, and the tables
 * the rule needs (this year and last year) are collected so evaluation can tell 本站无法判断 without
 * running anything.
 */
import { err, ok, type Result } from '../result';
import type { AggregateSpec } from './aggregates';
import { compileExpression, type CompiledExpression } from './expression-compiler';
import type { ExpressionErrorCode } from './expression-tokens';
import type { RuleSchema } from './rule-data-source';
import { ruleSchema, scopeTables, type Rule } from './rule-types';

export interface CompiledRule {
  readonly rule: Rule;
  readonly left: CompiledExpression;
  readonly right: CompiledExpression;
  /** The table whose rows a row rule checks; null for table rules. */
  readonly rowTable: string | null;
  /** This year's tables the rule needs: referenced tables plus a row rule's table, sorted. */
  readonly tables: readonly string[];
  /** Last year's tables read inside prev(…). */
  readonly prevTables: readonly string[];
  readonly usesPrev: boolean;
  /** More than one table involved. */
  readonly crossTable: boolean;
  readonly aggregates: readonly AggregateSpec[];
}

export type RuleCompileErrorCode = ExpressionErrorCode | 'invalid-rule';

/**
 * Validates and compiles a rule. Expression errors say which side they are on (`detail.side`) and
 * where (`detail.position`, 0-based within that side).
 */
export function compileRule(input: unknown, schema: RuleSchema): Result<CompiledRule, RuleCompileErrorCode> {
  const parsed = ruleSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return err(
      'invalid-rule',
      `规则格式不正确：${issue?.path.join('.') ?? ''} ${issue?.message ?? ''}`.trim(),
    );
  }
  const rule = parsed.data;
  const rowTable = rule.context === 'row' && rule.scope.kind === 'table' ? rule.scope.table : null;
  const periodTable = scopeTables(rule.scope)[0] ?? null;
  if (schema.table(periodTable ?? '') === undefined) {
    return err('unknown-table', `规则所属的表“${periodTable ?? ''}”不在目录中`);
  }
  const sides = [
    ['left', '左侧表达式', rule.left],
    ['right', '右侧表达式', rule.right],
  ] as const;
  const compiled: CompiledExpression[] = [];
  for (const [side, label, text] of sides) {
    const r = compileExpression(text, { schema, rowTable, periodTable });
    if (!r.ok) {
      return err(r.error.code, `${label}：${r.error.message}`, { ...r.error.detail, side });
    }
    compiled.push(r.value);
  }
  const [left, right] = compiled as [CompiledExpression, CompiledExpression];
  const tables = new Set<string>([...left.tables, ...right.tables]);
  if (rowTable !== null) tables.add(rowTable);
  const prevTables = new Set<string>([...left.prevTables, ...right.prevTables]);
  const all = new Set<string>([...tables, ...prevTables, ...scopeTables(rule.scope)]);
  return ok({
    rule,
    left,
    right,
    rowTable,
    tables: [...tables].sort(),
    prevTables: [...prevTables].sort(),
    usesPrev: left.usesPrev || right.usesPrev,
    crossTable: all.size > 1,
    aggregates: [...left.aggregates, ...right.aggregates],
  });
}

export interface RuleCompileIssue {
  readonly ruleId: string;
  readonly code: RuleCompileErrorCode;
  readonly message: string;
  readonly detail?: Readonly<Record<string, string | number>>;
}

/** Compiles a rule set; broken rules are reported, never silently dropped. */
export function compileRules(
  rules: readonly unknown[],
  schema: RuleSchema,
): { readonly compiled: CompiledRule[]; readonly issues: RuleCompileIssue[] } {
  const compiled: CompiledRule[] = [];
  const issues: RuleCompileIssue[] = [];
  rules.forEach((r, i) => {
    const res = compileRule(r, schema);
    if (res.ok) {
      compiled.push(res.value);
      return;
    }
    const id =
      typeof r === 'object' && r !== null && 'id' in r && typeof r.id === 'string' ? r.id : `#${i + 1}`;
    issues.push({
      ruleId: id,
      code: res.error.code,
      message: res.error.message,
      ...(res.error.detail ? { detail: res.error.detail } : {}),
    });
  });
  return { compiled, issues };
}
