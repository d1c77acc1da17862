import { describe, expect, it } from 'vitest';
import { builtInStandards, type StandardSet } from '../standards';
import { indicatorStandard } from './indicator-standard';
import { resolveIndicatorValue } from './live-values';
import { createStaticSource } from './static-source';
import { DRAFT, SSB } from './testing/fixture-report';

const AT = '2026-01-01T00:00:00.000Z';
const withCategory = (category: StandardSet['category']): StandardSet => ({
  ...builtInStandards(AT),
  category,
});
const ratio = { id: 'basic.student-teacher-ratio', direction: 'lower' } as const;

describe('indicatorStandard', () => {
  it("states the school category's 合格 value as an upper bound where lower is better", () => {
    expect(indicatorStandard(ratio, withCategory('comprehensive'))).toMatchObject({
      op: '<=',
      value: 18,
      label: '合格标准',
    });
    expect(indicatorStandard(ratio, withCategory('arts'))?.value).toBe(13);
  });

  it('falls back to the 设置标准 that applies to every category, as a lower bound where higher is better', () => {
    const space = { id: 'basic.teaching-admin-space', direction: 'higher' } as const;
    expect(indicatorStandard(space, withCategory(null))).toMatchObject({
      op: '>=',
      value: 20,
      label: '设置标准',
    });
    expect(indicatorStandard(space, withCategory('engineering'))).toMatchObject({ value: 16 });
  });

  it('marks a value the office has not checked, and has none for an indicator without standards', () => {
    expect(indicatorStandard(ratio, withCategory('medical'))?.source).toMatch(/（未核实）$/);
    expect(indicatorStandard(ratio, withCategory(null))).toBeNull();
  });

  it('follows an edited standard set: the phrase changes with the value the office entered', () => {
    const set = withCategory('comprehensive');
    const edited: StandardSet = {
      ...set,
      values: set.values.map((v) =>
        v.indicatorId === ratio.id && v.category === 'comprehensive' ? { ...v, value: 16 } : v,
      ),
    };
    const phrase = (s: StandardSet) =>
      resolveIndicatorValue(
        { indicatorId: 'ssb', phrase: 'standard' },
        createStaticSource(DRAFT, [
          {
            info: { ...SSB, standard: indicatorStandard(ratio, s) },
            reading: { value: 17.24, previous: null },
          },
        ]),
      ).text;
    expect(phrase(set)).toBe('达到合格标准（≤ 18）');
    expect(phrase(edited)).toBe('未达到合格标准（≤ 16）');
  });
});
