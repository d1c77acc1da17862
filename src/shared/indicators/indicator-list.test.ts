import { describe, expect, it } from 'vitest';
import { builtInIndicatorSet } from './indicator-set';
import { filterIndicators, newIndicatorDraft, newIndicatorId, NO_FILTER } from './indicator-list';
import { checkIndicatorDraft, withIndicator } from './indicator-edit';
import { builtInCatalog } from '../catalog/builtin-catalog';
import { schemaFromTables } from '../rules/rule-data-source';

const set = builtInIndicatorSet('2026-09-01T00:00:00.000Z');

describe('the indicator list', () => {
  it('filters by text, category, verified and enabled, together', () => {
    const all = filterIndicators(set.indicators, NO_FILTER);
    expect(all).toHaveLength(set.indicators.length);
    expect(filterIndicators(set.indicators, { ...NO_FILTER, query: '生师比' }).map((d) => d.name)).toEqual([
      '生师比',
    ]);
    // By id, case-insensitively, and by the words of the definition.
    expect(filterIndicators(set.indicators, { ...NO_FILTER, query: 'TEACHERS.TOTAL' })).toHaveLength(1);
    const basic = filterIndicators(set.indicators, { ...NO_FILTER, kind: 'basic' });
    expect(basic.length).toBeGreaterThan(0);
    expect(basic.every((d) => d.kind === 'basic')).toBe(true);
    const unverifiedBasic = filterIndicators(set.indicators, {
      ...NO_FILTER,
      kind: 'basic',
      verified: false,
    });
    expect(unverifiedBasic.every((d) => d.kind === 'basic' && !d.verified)).toBe(true);
    const verifiedBasic = filterIndicators(set.indicators, { ...NO_FILTER, kind: 'basic', verified: true });
    expect(verifiedBasic.every((d) => d.kind === 'basic' && d.verified)).toBe(true);
    expect(unverifiedBasic.length + verifiedBasic.length).toBe(basic.length);
    const disabled = withIndicator(set, { ...set.indicators[0]!, enabled: false });
    expect(filterIndicators(disabled.indicators, { ...NO_FILTER, enabled: false })).toEqual([
      { ...set.indicators[0]!, enabled: false },
    ]);
  });

  it('starts a new indicator with a free id, refused by the live check until it is filled in', () => {
    const draft = newIndicatorDraft(set);
    expect(set.indicators.some((d) => d.id === draft.id)).toBe(false);
    const schema = schemaFromTables(builtInCatalog().tables);
    expect(checkIndicatorDraft(draft, schema)).toMatchObject({ ok: false, message: '指标名称不能为空' });
    const filled = {
      ...draft,
      name: '校外兼职教师数',
      numerator: 'count(A6-3-1)',
      numeratorLabel: '校外兼职教师数',
      definition: 'A6-3-1 的行数。',
      source: '本校口径',
    };
    expect(checkIndicatorDraft(filled, schema)).toEqual({ ok: true });
    const next = withIndicator(set, filled);
    expect(next.version).toBe(set.version + 1);
    expect(next.indicators.at(-1)).toEqual(filled);
    // The next new one takes another id.
    expect(newIndicatorId(next)).not.toBe(filled.id);
  });
});
