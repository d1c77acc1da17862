import { describe, expect, it } from 'vitest';
import { BUILTIN_INDICATORS } from '../indicators/builtin-indicators';
import { builtInStandards } from './builtin-standards';
import { standardEntries, withIndicatorStandards } from './standard-edit';
import { validateStandardSet } from './standard-validate';

const AT = '2026-09-01T00:00:00.000Z';
const BOOKS = 'basic.books-per-student';

describe('editing one indicator’s standards', () => {
  it('shows the school category’s values and 设置标准 for all categories', () => {
    const set = { ...builtInStandards(AT), category: 'engineering' as const };
    const entries = standardEntries(set, BOOKS, 'engineering');
    expect(entries.map((e) => [e.level, e.category])).toEqual([
      ['qualified', 'engineering'],
      ['restricted', 'engineering'],
      ['setting', 'all'],
      ['dabiao', 'engineering'],
    ]);
    expect(entries[0]).toMatchObject({ value: 60, verified: true });
  });

  it('replaces this indicator’s entries and target only, as the next version that validates', () => {
    const set = { ...builtInStandards(AT), category: 'engineering' as const };
    const entries = standardEntries(set, BOOKS, 'engineering').map((e) =>
      e.level === 'restricted' ? { ...e, value: 30, source: ' 教发〔2004〕2号 ', verified: false } : e,
    );
    const next = withIndicatorStandards(set, BOOKS, entries, { value: 70, note: '学校规划' });
    expect(next.version).toBe(set.version + 1);
    expect(next.values.filter((v) => v.indicatorId !== BOOKS)).toEqual(
      set.values.filter((v) => v.indicatorId !== BOOKS),
    );
    expect(standardEntries(next, BOOKS, 'engineering')[1]).toMatchObject({
      value: 30,
      source: '教发〔2004〕2号',
      verified: false,
    });
    expect(next.targets).toContainEqual({ indicatorId: BOOKS, value: 70, note: '学校规划' });
    expect(validateStandardSet(next, BUILTIN_INDICATORS).ok).toBe(true);
    // Clearing a value removes it; a target of null removes the target.
    const cleared = withIndicatorStandards(
      next,
      BOOKS,
      standardEntries(next, BOOKS, 'engineering').map((e) => ({ ...e, value: null })),
      null,
    );
    expect(
      cleared.values.some(
        (v) => v.indicatorId === BOOKS && v.category !== 'all' && v.category !== 'engineering',
      ),
    ).toBe(
      set.values.some((v) => v.indicatorId === BOOKS && v.category !== 'all' && v.category !== 'engineering'),
    );
    expect(standardEntries(cleared, BOOKS, 'engineering').every((e) => e.value === null)).toBe(true);
    expect(cleared.targets.some((t) => t.indicatorId === BOOKS)).toBe(false);
  });

  it('is refused whole when a value lacks its source', () => {
    const set = builtInStandards(AT);
    const entries = standardEntries(set, BOOKS, null).map((e) =>
      e.level === 'dabiao' ? { ...e, value: 80, source: '' } : e,
    );
    const r = validateStandardSet(withIndicatorStandards(set, BOOKS, entries, null), BUILTIN_INDICATORS);
    expect(r.ok ? '' : r.error.message).toMatch(/^对标值有误，整份未采用：第 \d+ 个对标值的来源不能为空$/);
  });
});
