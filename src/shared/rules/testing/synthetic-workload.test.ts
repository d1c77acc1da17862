import { describe, expect, it } from 'vitest';
import { compileRules } from '../rule-compiler';
import { schemaFromTables } from '../rule-data-source';
import { evaluateRules } from '../rule-evaluation';
import { buildSyntheticWorkload, handWrittenAggregates } from './synthetic-workload';

describe('200 rules over 200k rows', () => {
  it('evaluates every rule with the same aggregates as the hand-written loop', () => {
    const w = buildSyntheticWorkload({ tableCount: 4, rowsPerTable: 50_000, ruleCount: 200 });
    const { compiled, issues } = compileRules(w.rules, schemaFromTables(w.tables));
    expect(issues).toEqual([]);
    const results = evaluateRules(compiled, w.source);
    const expected = handWrittenAggregates(w);
    expect(results).toHaveLength(200);
    results.forEach((r, i) => {
      const left = expected[2 * i] ?? null;
      const right = expected[2 * i + 1] ?? null;
      expect(r.left, r.ruleId).toBe(left);
      expect(r.right, r.ruleId).toBe(right === null ? null : right * 10);
      const status = left === null || right === null ? 'skipped' : left <= right * 10 ? 'pass' : 'fail';
      expect(r.status, r.ruleId).toBe(status);
    });
  }, 60_000);
});
