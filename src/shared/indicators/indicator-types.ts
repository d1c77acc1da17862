/**
 * Indicators (指标): the one definition of every derived number of the app — the 对标分析 view, the
 * quality report, the annexes and the year sign-off all read values computed from these definitions
 * (docs/indicators.md). An indicator is a ratio of two expressions of the rule language
 * (src/shared/rules), so a zero or missing denominator can be named instead of producing Infinity/NaN.
 * Indicators are edited by the office and travel in setup bundles: the type has a strict validator.
 */
import { z } from 'zod';
import { PERIOD_KINDS, TABLE_CODE_PATTERN, type PeriodKind } from '../catalog/catalog-types';
import { MAX_EXPRESSION_LENGTH } from '../rules/expression-tokens';

/** higher: a larger value is better (生均图书); lower: a smaller one is (生师比). */
export const INDICATOR_DIRECTIONS = ['higher', 'lower'] as const;
export type IndicatorDirection = (typeof INDICATOR_DIRECTIONS)[number];

/**
 * basic: 基本办学条件指标 (教发〔2004〕2号 — one below its 限制招生 value means a yellow card);
 * monitoring: 监测办学条件指标; scale: size figures (在校生数, 教师总数); other: everything else.
 */
export const INDICATOR_KINDS = ['basic', 'monitoring', 'scale', 'other'] as const;
export type IndicatorKind = (typeof INDICATOR_KINDS)[number];

export const INDICATOR_KIND_LABELS: Readonly<Record<IndicatorKind, string>> = {
  basic: '基本办学条件指标',
  monitoring: '监测办学条件指标',
  scale: '规模',
  other: '其他',
};

export const INDICATOR_DIRECTION_LABELS: Readonly<Record<IndicatorDirection, string>> = {
  higher: '越高越好',
  lower: '越低越好',
};

export const INDICATOR_ID_PATTERN = /^[A-Za-z0-9_.-]{1,64}$/;

const expression = z.string().trim().min(1).max(MAX_EXPRESSION_LENGTH);
const label = z.string().trim().min(1).max(100);

/** A field an indicator needs that the catalog does not have: the indicator says so instead of guessing. */
export const missingFieldSchema = z
  .object({
    table: z.string().regex(TABLE_CODE_PATTERN),
    field: label,
    note: z.string().max(500),
  })
  .strict();
export type MissingField = z.infer<typeof missingFieldSchema>;

export const indicatorDefSchema = z
  .object({
    id: z.string().regex(INDICATOR_ID_PATTERN),
    name: label,
    kind: z.enum(INDICATOR_KINDS),
    /** Table-context expression (tables written as `表.字段`, usually inside aggregates). */
    numerator: expression,
    numeratorLabel: label,
    /** null: the indicator is the numerator itself (a count or a size). */
    denominator: expression.nullable(),
    denominatorLabel: label.nullable(),
    /** Multiplies numerator ÷ denominator: 100 for a percentage or 百名学生, 10000 for 万元 → 元. */
    scale: z.number().finite().positive(),
    unit: z.string().max(20),
    /** Decimal places shown (values are kept unrounded). */
    precision: z.number().int().min(0).max(4),
    /** The indicator's statistical period: 时点, 学年, or 自然年 (finance tables). */
    period: z.enum(PERIOD_KINDS),
    /** Other periods the indicator declares it mixes (生均财政拨款: 自然年 income ÷ 时点 students). */
    periodMix: z.array(z.enum(PERIOD_KINDS)).max(2),
    direction: z.enum(INDICATOR_DIRECTIONS),
    /** 指标内涵: what the number means and how it is computed, in words. */
    definition: z.string().trim().min(1).max(2000),
    /** The document the definition comes from (文件名、文号、条款). */
    source: z.string().trim().min(1).max(500),
    /** false: the definition (a factor, a denominator, a field mapping) is not yet checked against the document. */
    verified: z.boolean(),
    /** Fields the catalog lacks; while any is listed the indicator is 无法计算 and says which. */
    missingFields: z.array(missingFieldSchema).max(20),
    enabled: z.boolean(),
  })
  .strict()
  .refine((d) => (d.denominator === null) === (d.denominatorLabel === null) || d.missingFields.length > 0, {
    message: '分母与分母名称须同时填写或同时为空',
    path: ['denominatorLabel'],
  })
  .refine((d) => !d.periodMix.includes(d.period), {
    message: '允许混合的周期不应包含指标本身的周期',
    path: ['periodMix'],
  });
export type IndicatorDef = z.infer<typeof indicatorDefSchema>;

export const indicatorSetSchema = z
  .array(indicatorDefSchema)
  .max(500)
  .superRefine((list, ctx) => {
    const seen = new Set<string>();
    list.forEach((d, i) => {
      if (seen.has(d.id)) ctx.addIssue({ code: 'custom', message: `指标编号“${d.id}”重复`, path: [i, 'id'] });
      seen.add(d.id);
    });
  });

/** Periods an indicator may read tables of: its own and those it declares. */
export function allowedPeriods(def: Pick<IndicatorDef, 'period' | 'periodMix'>): ReadonlySet<PeriodKind> {
  return new Set([def.period, ...def.periodMix]);
}
