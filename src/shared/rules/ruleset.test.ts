import { describe, expect, it } from 'vitest';
import { builtInCatalog } from '../catalog/builtin-catalog';
import { compileRules } from './rule-compiler';
import { schemaFromTables } from './rule-data-source';
import { nextRulesetVersion, parseRuleset, rulesForTable, starterRuleset, tableThresholds } from './ruleset';
import { STARTER_RULES } from './starter-rules';

describe('ruleset', () => {
  it('starts a year with every starter rule, and they compile against the built-in catalog', () => {
    const r = starterRuleset('2025-09-01T00:00:00.000Z');
    expect(r.version).toBe(1);
    expect(r.rules).toHaveLength(STARTER_RULES.length);
    expect(parseRuleset(r).ok).toBe(true);
    expect(compileRules(r.rules, schemaFromTables(builtInCatalog().tables)).issues).toEqual([]);
  });

  it('refuses duplicate rule ids, bad threshold keys and prototype keys at the trust boundary', () => {
    const r = starterRuleset('t');
    const first = r.rules[0];
    if (!first) throw new Error('no starter rule');
    const dup = parseRuleset({ ...r, rules: [...r.rules, first] });
    expect(dup.ok).toBe(false);
    if (!dup.ok) expect(dup.error.message).toContain('规则编号重复');
    expect(parseRuleset({ ...r, thresholds: { __proto__x: {} } }).ok).toBe(false);
    expect(parseRuleset({ ...r, thresholds: { 'A3.areacovered': { outlierThreshold: -1 } } }).ok).toBe(false);
    expect(parseRuleset({ ...r, extra: 1 }).ok).toBe(false);
  });

  it('numbers each saved change as the next version', () => {
    const v2 = nextRulesetVersion(starterRuleset('t'), { manualChecks: [] }, 'later', '吴督导');
    expect([v2.version, v2.updatedBy, v2.manualChecks.length]).toEqual([2, '吴督导', 0]);
  });

  it('gives one table its per-field thresholds in the shapes the checks take', () => {
    const t = tableThresholds(
      {
        thresholds: {
          'A3.areacovered': { outlierThreshold: 5, yoyEnabled: false },
          'A1.x': { maxRelativeChange: 0.5 },
        },
      },
      'A3',
    );
    expect(t.outlier).toEqual({ areacovered: { threshold: 5 } });
    expect(t.yoy).toEqual({ areacovered: { enabled: false } });
  });

  it('finds the rules of a table, including cross-table rules that name it', () => {
    const rules = rulesForTable(STARTER_RULES, 'A7-6-2');
    expect(rules.length).toBeGreaterThan(1);
    expect(
      rules.every((r) =>
        r.scope.kind === 'table' ? r.scope.table === 'A7-6-2' : r.scope.tables.includes('A7-6-2'),
      ),
    ).toBe(true);
  });
});
