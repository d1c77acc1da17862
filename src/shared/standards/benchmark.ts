/**
 * Judging indicator values against standards (对标): a traffic light per indicator and the
 * 教发〔2004〕2号 yellow/red card for the school. The rules are stated in CARD_RULE_TEXT and
 * NEAR_RULE_TEXT, which the analysis view shows as written.
 */
import type { IndicatorDef } from '../indicators/indicator-types';
import type { IndicatorValue } from '../indicators/indicator-value';
import type { SchoolCategory, StandardLevel, StandardSet, StandardValue, Target } from './standard-types';

export const BENCHMARK_STATUSES = ['met', 'near', 'below', 'no-standard', 'not-computable'] as const;
export type BenchmarkStatus = (typeof BENCHMARK_STATUSES)[number];

export const BENCHMARK_STATUS_LABELS: Readonly<Record<BenchmarkStatus, string>> = {
  met: '达标',
  near: '接近',
  below: '未达标',
  'no-standard': '无对标值',
  'not-computable': '无法计算',
};

/** 接近: not reaching the standard, but within this share of it (and not below 限制招生). */
export const NEAR_MARGIN = 0.1;

export const NEAR_RULE_TEXT =
  '达标：达到合格值（无合格值时按达标工程值或设置标准）；接近：未达到，但与该值相差不超过 10%，且未低于限制招生值；未达标：其余情况。';

export const CARD_RULE_TEXT =
  '教发〔2004〕2号：有一项基本办学条件指标达不到限制招生值，为限制招生（黄牌），当年招生数不得超过当年毕业生数；有两项及以上达不到，或连续三年被黄牌，为暂停招生（红牌）。生师比高于限制值、其余指标低于限制值即为达不到。';

export interface IndicatorStandards {
  readonly qualified: StandardValue | null;
  readonly restricted: StandardValue | null;
  readonly setting: StandardValue | null;
  readonly dabiao: StandardValue | null;
  readonly target: Target | null;
}

/** The standards of one indicator for the school's category (a category's own value before 'all'). */
export function standardsOf(
  set: StandardSet,
  indicatorId: string,
  category: SchoolCategory | null,
): IndicatorStandards {
  const pick = (level: StandardLevel): StandardValue | null => {
    const mine = set.values.filter((v) => v.indicatorId === indicatorId && v.level === level);
    return (
      mine.find((v) => category !== null && v.category === category) ??
      mine.find((v) => v.category === 'all') ??
      null
    );
  };
  return {
    qualified: pick('qualified'),
    restricted: pick('restricted'),
    setting: pick('setting'),
    dabiao: pick('dabiao'),
    target: set.targets.find((t) => t.indicatorId === indicatorId) ?? null,
  };
}

export function meets(value: number, threshold: number, def: Pick<IndicatorDef, 'direction'>): boolean {
  return def.direction === 'higher' ? value >= threshold : value <= threshold;
}

export interface Judgement {
  readonly indicatorId: string;
  readonly status: BenchmarkStatus;
  readonly value: number | null;
  /** The value the light compares with (合格, else 达标工程, else 设置标准). */
  readonly reference: StandardValue | null;
  readonly standards: IndicatorStandards;
  /** Below its 限制招生 value (only decided when one is entered). */
  readonly belowRestricted: boolean;
  readonly targetMet: boolean | null;
}

export function judgeIndicator(
  def: IndicatorDef,
  value: IndicatorValue,
  set: StandardSet,
  category: SchoolCategory | null = set.category,
): Judgement {
  const standards = standardsOf(set, def.id, category);
  const reference = standards.qualified ?? standards.dabiao ?? standards.setting;
  const base = { indicatorId: def.id, standards, reference };
  if (!value.ok)
    return { ...base, status: 'not-computable', value: null, belowRestricted: false, targetMet: null };
  const v = value.value;
  const belowRestricted = standards.restricted !== null && !meets(v, standards.restricted.value, def);
  const targetMet = standards.target === null ? null : meets(v, standards.target.value, def);
  let status: BenchmarkStatus;
  if (reference === null) status = 'no-standard';
  else if (meets(v, reference.value, def)) status = 'met';
  else {
    const gap = Math.abs(v - reference.value) / Math.max(Math.abs(reference.value), Number.EPSILON);
    status = gap <= NEAR_MARGIN && !belowRestricted ? 'near' : 'below';
  }
  return { ...base, status, value: v, belowRestricted, targetMet };
}

export type Card = 'none' | 'yellow' | 'red' | 'unknown';

export const CARD_LABELS: Readonly<Record<Card, string>> = {
  none: '无黄牌风险',
  yellow: '黄牌风险（限制招生）',
  red: '红牌风险（暂停招生）',
  unknown: '无法判断（限制招生值未录入）',
};

export interface CardVerdict {
  readonly card: Card;
  /** Basic indicators below their 限制招生 value. */
  readonly below: readonly string[];
  /** Basic indicators without a 限制招生 value or without a value. */
  readonly undecided: readonly string[];
  readonly explanation: string;
}

/**
 * The school's card from its basic indicators. `yellowBefore` is how many immediately preceding years
 * were yellow (from earlier workspaces): a third consecutive yellow year is red.
 */
export function schoolCard(
  defs: readonly IndicatorDef[],
  judgements: ReadonlyMap<string, Judgement>,
  yellowBefore = 0,
): CardVerdict {
  const below: string[] = [];
  const undecided: string[] = [];
  for (const d of defs) {
    if (d.kind !== 'basic' || !d.enabled) continue;
    const j = judgements.get(d.id);
    if (j === undefined || j.value === null || j.standards.restricted === null) undecided.push(d.name);
    else if (j.belowRestricted) below.push(d.name);
  }
  if (below.length >= 2)
    return {
      card: 'red',
      below,
      undecided,
      explanation: `${below.join('、')}达不到限制招生值（两项及以上）`,
    };
  if (below.length === 1) {
    if (yellowBefore >= 2)
      return { card: 'red', below, undecided, explanation: `${below[0]}达不到限制招生值，且已连续两年黄牌` };
    return { card: 'yellow', below, undecided, explanation: `${below[0]}达不到限制招生值` };
  }
  if (undecided.length > 0)
    return {
      card: 'unknown',
      below,
      undecided,
      explanation: `${undecided.join('、')}无法判断（未录入限制招生值或无法计算）`,
    };
  return { card: 'none', below, undecided, explanation: '各项基本办学条件指标均达到限制招生值' };
}
