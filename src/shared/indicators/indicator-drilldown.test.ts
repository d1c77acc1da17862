import { describe, expect, it } from 'vitest';
import { builtInCatalog } from '../catalog/builtin-catalog';
import { schemaFromTables } from '../rules/rule-data-source';
import { BUILTIN_INDICATORS } from './builtin-indicators';
import { compileIndicators } from './indicator-compiler';
import { indicatorDrillDown } from './indicator-drilldown';
import { fixtureRows, fixtureSource } from './testing/fixture-school';

const { compiled } = compileIndicators(BUILTIN_INDICATORS, schemaFromTables(builtInCatalog().tables));
const find = (id: string) => {
  const c = compiled.find((x) => x.def.id === id);
  if (c === undefined) throw new Error(id);
  return c;
};

describe('indicatorDrillDown', () => {
  it('names each term with the rows its filter keeps', () => {
    const rows = fixtureRows();
    const terms = indicatorDrillDown(find('basic.postgraduate-teachers'), fixtureSource(rows));
    expect(terms.map((t) => [t.part, t.text, t.table, t.rowIds.length])).toEqual([
      ['numerator', 'count(A6-1-1 where 学位 = "博士" or 学位 = "硕士")', 'A6-1-1', 5],
      ['denominator', 'count(A6-1-1)', 'A6-1-1', 10],
    ]);
    expect(terms[0]?.rowIds).toEqual((rows['A6-1-1'] ?? []).slice(0, 5).map((r) => r.id));
  });

  it('lists form-table fields and the terms inside arithmetic and min()', () => {
    const terms = indicatorDrillDown(find('basic.student-teacher-ratio'), fixtureSource());
    expect(terms.filter((t) => t.part === 'numerator').every((t) => t.table === 'A1-X1')).toBe(true);
    expect(terms.filter((t) => t.part === 'denominator').map((t) => t.text)).toEqual([
      'count(A6-1-1)',
      'count(A6-3-1)',
      'count(A6-1-1)',
    ]);
  });
});
