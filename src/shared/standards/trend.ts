/**
 * Indicators over the years the station holds (this year and earlier years' workspaces or imported
 * archives): each year's value judged against today's standards, how many consecutive years up to
 * this one an indicator has been 未达标 (连续两年未达标 …), and how many years immediately before this
 * one the school was yellow-carded, which schoolCard needs for the 连续三年黄牌 rule. See
 * docs/indicators.md.
 */
import type { IndicatorDef } from '../indicators/indicator-types';
import type { IndicatorValue } from '../indicators/indicator-value';
import { judgeIndicator, schoolCard, type BenchmarkStatus, type Judgement } from './benchmark';
import type { StandardSet } from './standard-types';

/** One year's computed values (an indicator missing from `values` did not compile for that year). */
export interface YearValues {
  readonly academicYearStart: number;
  readonly values: ReadonlyMap<string, IndicatorValue>;
}

export interface TrendPoint {
  readonly academicYearStart: number;
  /** The value's text, or why it cannot be computed; null when that year has no such indicator. */
  readonly text: string | null;
  readonly value: number | null;
  readonly status: BenchmarkStatus | null;
}

export interface Trends {
  /** Per indicator, its points from the oldest year to this one. */
  readonly points: ReadonlyMap<string, readonly TrendPoint[]>;
  /** Per indicator, the consecutive years up to and including this one it was 未达标 (0: not this year). */
  readonly belowStreak: ReadonlyMap<string, number>;
  /** Consecutive years immediately before this one with a yellow (or red) card. */
  readonly yellowBefore: number;
}

const CHINESE_COUNTS = ['零', '一', '两', '三', '四', '五', '六', '七', '八', '九', '十'];

/** "连续两年未达标"; null below two years. */
export function belowStreakText(years: number): string | null {
  if (years < 2) return null;
  return `连续${CHINESE_COUNTS[years] ?? String(years)}年未达标`;
}

/** `years` from the oldest to this year (the last); every year is judged against `standards`. */
export function indicatorTrends(
  defs: readonly IndicatorDef[],
  years: readonly YearValues[],
  standards: StandardSet,
): Trends {
  const judged = years.map((y) => {
    const judgements = new Map<string, Judgement>();
    for (const d of defs) {
      const v = y.values.get(d.id);
      if (v !== undefined) judgements.set(d.id, judgeIndicator(d, v, standards));
    }
    return { year: y, judgements };
  });
  const points = new Map<string, TrendPoint[]>();
  const belowStreak = new Map<string, number>();
  for (const d of defs) {
    points.set(
      d.id,
      judged.map(({ year, judgements }) => {
        const v = year.values.get(d.id);
        return {
          academicYearStart: year.academicYearStart,
          text: v === undefined ? null : v.ok ? v.text : v.reason,
          value: v?.ok ? v.value : null,
          status: judgements.get(d.id)?.status ?? null,
        };
      }),
    );
    let streak = 0;
    for (let i = judged.length - 1; i >= 0 && judged[i]?.judgements.get(d.id)?.status === 'below'; i--)
      streak++;
    belowStreak.set(d.id, streak);
  }
  let yellowBefore = 0;
  for (let i = judged.length - 2; i >= 0; i--) {
    const card = schoolCard(defs, judged[i]?.judgements ?? new Map()).card;
    if (card !== 'yellow' && card !== 'red') break;
    yellowBefore++;
  }
  return { points, belowStreak, yellowBefore };
}
