import { describe, expect, it } from 'vitest';
import { BUILTIN_INDICATORS } from '../indicators/builtin-indicators';
import type { IndicatorValue } from '../indicators/indicator-value';
import { builtInStandards } from './builtin-standards';
import type { StandardSet } from './standard-types';
import { belowStreakText, indicatorTrends } from './trend';

const RATIO = 'basic.student-teacher-ratio';
const BOOKS = 'basic.books-per-student';
const basic = BUILTIN_INDICATORS.filter((d) => d.kind === 'basic');
const ok = (value: number): IndicatorValue => ({
  ok: true,
  value,
  numerator: value,
  denominator: null,
  text: `${value}`,
});
const none: IndicatorValue = {
  ok: false,
  code: 'no-data',
  reason: '无法计算（A3 未填报）',
  missingTables: [],
};

/** Engineering school with a 限制招生 value for every basic indicator, so the card can be decided. */
function standards(): StandardSet {
  const s = builtInStandards('2026-09-01T00:00:00.000Z');
  const restricted = basic.map((d) => ({
    indicatorId: d.id,
    category: 'engineering' as const,
    level: 'restricted' as const,
    value: d.id === RATIO ? 22 : d.id === BOOKS ? 30 : 1,
    source: '教发〔2004〕2号',
    verified: true,
    note: '',
  }));
  return { ...s, category: 'engineering', values: [...s.values, ...restricted] };
}

/** A year where every basic indicator is fine except those given. */
function year(academicYearStart: number, over: Record<string, IndicatorValue>) {
  const values = new Map<string, IndicatorValue>(
    basic.map((d) => [d.id, ok(d.direction === 'lower' ? 10 : 1e6)]),
  );
  for (const [id, v] of Object.entries(over)) values.set(id, v);
  return { academicYearStart, values };
}

describe('indicators over the years', () => {
  it('lists each year’s value and counts consecutive 未达标 years up to this one', () => {
    const t = indicatorTrends(
      basic,
      [
        year(2023, { [RATIO]: ok(20) }),
        year(2024, { [RATIO]: ok(21), [BOOKS]: ok(50) }),
        year(2025, { [RATIO]: ok(23), [BOOKS]: none }),
      ],
      standards(),
    );
    expect(t.points.get(RATIO)?.map((p) => [p.academicYearStart, p.text, p.status])).toEqual([
      [2023, '20', 'below'],
      [2024, '21', 'below'],
      [2025, '23', 'below'],
    ]);
    expect(t.belowStreak.get(RATIO)).toBe(3);
    expect(belowStreakText(t.belowStreak.get(RATIO) ?? 0)).toBe('连续三年未达标');
    // 未达标 last year but not computable this year: no streak this year.
    expect(t.points.get(BOOKS)?.map((p) => p.status)).toEqual(['met', 'below', 'not-computable']);
    expect(t.belowStreak.get(BOOKS)).toBe(0);
    expect(belowStreakText(1)).toBeNull();
    expect(belowStreakText(2)).toBe('连续两年未达标');
  });

  it('counts the yellow-card years just before this one, for the third-year red card', () => {
    const yellow = { [BOOKS]: ok(20) };
    const t = indicatorTrends(
      basic,
      [year(2023, yellow), year(2024, yellow), year(2025, yellow)],
      standards(),
    );
    expect(t.yellowBefore).toBe(2);
    const broken = indicatorTrends(
      basic,
      [year(2023, yellow), year(2024, {}), year(2025, yellow)],
      standards(),
    );
    expect(broken.yellowBefore).toBe(0);
  });

  it('shows a year that lacks an indicator as empty', () => {
    const thin = { academicYearStart: 2024, values: new Map<string, IndicatorValue>() };
    const t = indicatorTrends(basic, [thin, year(2025, {})], standards());
    expect(t.points.get(RATIO)?.[0]).toEqual({
      academicYearStart: 2024,
      text: null,
      value: null,
      status: null,
    });
  });
});
