import { describe, expect, it } from 'vitest';
import { builtInCatalog } from '../../catalog/builtin-catalog';
import { memoryDataSource, schemaFromTables } from '../../rules/rule-data-source';
import { BUILTIN_INDICATORS } from '../builtin-indicators';
import { compileIndicators } from '../indicator-compiler';
import { computeIndicators } from '../indicator-engine';
import { FIXTURE_EXPECTED, fixtureRows } from './fixture-school';
import { handIndicators, syntheticSchool } from './synthetic-school';

const tables = builtInCatalog().tables;
const { compiled } = compileIndicators(BUILTIN_INDICATORS, schemaFromTables(tables));

describe('the bench floor (hand-written loop)', () => {
  it('computes the hand values of the fixture school', () => {
    const hand = handIndicators(fixtureRows());
    for (const [id, want] of Object.entries(FIXTURE_EXPECTED)) {
      if (typeof want === 'number') expect(hand[id], id).toBeCloseTo(want, 9);
      else expect(hand[id], id).toBeNull();
    }
  });

  it('computes what the engine computes on a generated school', () => {
    const rows = syntheticSchool(5000);
    const values = computeIndicators(compiled, memoryDataSource({ tables, rows }));
    const hand = handIndicators(rows);
    expect(Object.keys(hand).sort()).toEqual([...values.keys()].sort());
    for (const [id, v] of values) {
      if (v.ok) expect(hand[id], id).toBeCloseTo(v.value, 6);
      else expect(hand[id], id).toBeNull();
    }
  });
});
