/**
 * Compiling an indicator once against the catalog: both expressions through the rule language's
 * compiler (no second language), the statistical periods of the tables they read checked against
 * what the indicator declares, and the tables and aggregates collected for one-pass computation.
 * Every error is a Chinese message naming the part (分子/分母) and the position within it.
 */
import { PERIOD_LABELS } from '../catalog/catalog-types';
import { err, ok, type Result } from '../result';
import type { AggregateSpec } from '../rules/aggregates';
import { compileExpression, type CompiledExpression } from '../rules/expression-compiler';
import type { ExpressionErrorCode } from '../rules/expression-tokens';
import { findField } from '../rules/field-resolution';
import type { RuleSchema } from '../rules/rule-data-source';
import { allowedPeriods, indicatorDefSchema, type IndicatorDef } from './indicator-types';

export interface CompiledIndicator {
  readonly def: IndicatorDef;
  readonly numerator: CompiledExpression;
  readonly denominator: CompiledExpression | null;
  /** This year's tables either part reads, sorted. */
  readonly tables: readonly string[];
  /** Last year's tables read inside prev(…). */
  readonly prevTables: readonly string[];
  readonly usesPrev: boolean;
  readonly aggregates: readonly AggregateSpec[];
  /** Listed missing fields the catalog now has: the office should update the indicator. */
  readonly notes: readonly string[];
}

export type IndicatorCompileErrorCode = ExpressionErrorCode | 'invalid-indicator' | 'period-mix';

export const PART_LABELS = { numerator: '分子', denominator: '分母' } as const;
export type IndicatorPart = keyof typeof PART_LABELS;

function checkPeriods(
  def: IndicatorDef,
  part: IndicatorPart,
  expr: CompiledExpression,
  schema: RuleSchema,
): Result<null, 'period-mix'> {
  const allowed = allowedPeriods(def);
  for (const code of [...expr.tables, ...expr.prevTables]) {
    const table = schema.table(code);
    if (table === undefined || allowed.has(table.period)) continue;
    return err(
      'period-mix',
      `${PART_LABELS[part]}引用的表 ${code}（${table.name}）按${PERIOD_LABELS[table.period]}统计，` +
        `而指标按${PERIOD_LABELS[def.period]}统计；如确需混合周期，请在“允许混合的周期”中声明${PERIOD_LABELS[table.period]}`,
      { part, table: code },
    );
  }
  return ok(null);
}

/** Validates and compiles an indicator. Expression errors carry `detail.part` and `detail.position`. */
export function compileIndicator(
  input: unknown,
  schema: RuleSchema,
): Result<CompiledIndicator, IndicatorCompileErrorCode> {
  const parsed = indicatorDefSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return err(
      'invalid-indicator',
      `指标格式不正确：${issue?.path.join('.') ?? ''} ${issue?.message ?? ''}`.trim(),
    );
  }
  const def = parsed.data;
  const parts: [IndicatorPart, string][] = [['numerator', def.numerator]];
  if (def.denominator !== null) parts.push(['denominator', def.denominator]);
  const compiled: CompiledExpression[] = [];
  for (const [part, text] of parts) {
    const r = compileExpression(text, { schema, rowTable: null });
    if (!r.ok) {
      return err(r.error.code, `${def.name}的${PART_LABELS[part]}：${r.error.message}`, {
        ...r.error.detail,
        part,
      });
    }
    const periods = checkPeriods(def, part, r.value, schema);
    if (!periods.ok)
      return err(periods.error.code, `${def.name}：${periods.error.message}`, periods.error.detail);
    compiled.push(r.value);
  }
  const [numerator, denominator] = compiled;
  if (numerator === undefined) throw new Error('compileIndicator: numerator missing');
  const all = denominator === undefined ? [numerator] : [numerator, denominator];
  const notes = def.missingFields
    .filter((m) => {
      const t = schema.table(m.table);
      return t !== undefined && findField(t, m.field) !== undefined;
    })
    .map((m) => `目录中已有 ${m.table}“${m.field}”，请更新指标“${def.name}”的算式并移除缺少字段说明`);
  return ok({
    def,
    numerator,
    denominator: denominator ?? null,
    tables: [...new Set(all.flatMap((e) => [...e.tables]))].sort(),
    prevTables: [...new Set(all.flatMap((e) => [...e.prevTables]))].sort(),
    usesPrev: all.some((e) => e.usesPrev),
    aggregates: all.flatMap((e) => e.aggregates),
    notes,
  });
}

export interface IndicatorCompileIssue {
  readonly indicatorId: string;
  readonly code: IndicatorCompileErrorCode;
  readonly message: string;
}

/** Compiles a set; indicators that do not compile are reported and left out, the rest still run. */
export function compileIndicators(
  defs: readonly IndicatorDef[],
  schema: RuleSchema,
): { compiled: CompiledIndicator[]; issues: IndicatorCompileIssue[] } {
  const compiled: CompiledIndicator[] = [];
  const issues: IndicatorCompileIssue[] = [];
  for (const d of defs) {
    const r = compileIndicator(d, schema);
    if (r.ok) compiled.push(r.value);
    else issues.push({ indicatorId: d.id, code: r.error.code, message: r.error.message });
  }
  return { compiled, issues };
}
