/**
 * Editing indicators at the office: the live check of one indicator as it is typed (the indicator
 * compiler itself, so what the editor accepts is exactly what runs), Chinese messages for every part of
 * the definition, and the next version of the set with one indicator replaced. The data writer
 * validates the whole set with validateIndicatorSet before storing it (docs/indicators.md).
 */
import type { z } from 'zod';
import { err, ok, type Result } from '../result';
import { issueText } from '../zod-issue-text';
import type { RuleSchema } from '../rules/rule-data-source';
import { compileIndicator, compileIndicators, type IndicatorPart } from './indicator-compiler';
import type { IndicatorSet } from './indicator-set';
import { indicatorDefSchema, indicatorSetSchema, type IndicatorDef } from './indicator-types';

/** The definition's parts, as the editor names them. */
export const INDICATOR_FIELD_LABELS: Readonly<Record<string, string>> = {
  id: '指标编号',
  name: '指标名称',
  kind: '指标类别',
  numerator: '分子',
  numeratorLabel: '分子名称',
  denominator: '分母',
  denominatorLabel: '分母名称',
  scale: '倍数',
  unit: '单位',
  precision: '小数位数',
  period: '统计周期',
  periodMix: '允许混合的周期',
  direction: '方向',
  definition: '指标内涵',
  source: '来源',
  verified: '已核实',
  missingFields: '缺少字段说明',
  enabled: '启用',
};

/** One zod issue in Chinese, naming the part of the definition. */
export function indicatorIssueText(issue: z.core.$ZodIssue): string {
  return issueText(issue, INDICATOR_FIELD_LABELS);
}

export type IndicatorDraftProblem =
  | { readonly ok: true }
  | { readonly ok: false; readonly part: IndicatorPart | null; readonly message: string };

/** The editor's live check: the definition's fields first, then both expressions through the compiler. */
export function checkIndicatorDraft(def: IndicatorDef, schema: RuleSchema): IndicatorDraftProblem {
  const parsed = indicatorDefSchema.safeParse(def);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return {
      ok: false,
      part: null,
      message: issue === undefined ? '指标格式不正确' : indicatorIssueText(issue),
    };
  }
  const r = compileIndicator(parsed.data, schema);
  if (r.ok) return { ok: true };
  const part = r.error.detail?.part;
  return {
    ok: false,
    part: part === 'numerator' || part === 'denominator' ? part : null,
    message: r.error.message,
  };
}

/** The set's next version with `def` in place of the indicator of the same id (or added at the end). */
export function withIndicator(set: IndicatorSet, def: IndicatorDef): IndicatorSet {
  const at = set.indicators.findIndex((d) => d.id === def.id);
  const indicators = at < 0 ? [...set.indicators, def] : set.indicators.map((d, i) => (i === at ? def : d));
  return { ...set, version: set.version + 1, indicators };
}

/** A whole set as the data writer stores it: every indicator valid and compiling, else a Chinese message. */
export function validateIndicatorSet(
  input: readonly unknown[],
  schema: RuleSchema,
): Result<IndicatorDef[], 'invalid-indicators'> {
  const parsed = indicatorSetSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const index = issue?.path[0];
    const list = Array.isArray(input) ? input : [];
    const entry: unknown = typeof index === 'number' ? list[index] : undefined;
    const named =
      typeof entry === 'object' && entry !== null && 'name' in entry && typeof entry.name === 'string'
        ? entry.name.trim()
        : '';
    const name = named !== '' ? `“${named}”的` : typeof index === 'number' ? `第 ${index + 1} 个指标的` : '';
    return err(
      'invalid-indicators',
      `指标有误，未保存：${name}${issue === undefined ? '' : indicatorIssueText(issue)}`,
    );
  }
  const { issues } = compileIndicators(parsed.data, schema);
  const first = issues[0];
  if (first !== undefined) return err('invalid-indicators', `指标有误，未保存：${first.message}`);
  return ok(parsed.data);
}
