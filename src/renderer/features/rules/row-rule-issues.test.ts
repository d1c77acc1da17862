import { describe, expect, it } from 'vitest';
import { builtInCatalog } from '../../../shared/catalog/builtin-catalog';
import { compileRules, schemaFromTables } from '../../../shared/rules';
import { STARTER_RULES } from '../../../shared/rules/starter-rules';
import { rowsOf } from '../../../shared/rules/testing/rule-test-helpers';
import { createRowRuleChecker } from './row-rule-issues';

const tables = builtInCatalog().tables;
const table = tables.find((t) => t.code === 'A7-6-1');
if (!table) throw new Error('A7-6-1 missing');
const { compiled } = compileRules(STARTER_RULES, schemaFromTables(tables));

describe('inline row rules', () => {
  it('reports the failed row rules of an edited row with the cells they read', () => {
    const [row] = rowsOf([{ directionid: 'd1', planenrolnum: 100, enrolednum: 100, regnum: 101 }]);
    if (!row) throw new Error('no row');
    const issues = createRowRuleChecker(table, compiled, [row]).check(row);
    const first = issues.find((i) => i.ruleId === 'A7-6-1.reg-le-enrol');
    expect(first?.importance).toBe('high');
    expect(first?.message).toContain('101');
    expect(first?.fieldKeys).toEqual(expect.arrayContaining(['regnum', 'enrolednum']));
  });

  it('says nothing about a valid row, and checks one row well under 10 ms', () => {
    const rows = rowsOf(
      Array.from({ length: 5000 }, (_, i) => ({
        directionid: `d${i}`,
        planenrolnum: 100,
        enrolednum: 90,
        regnum: 80,
        provregnum: 10,
      })),
    );
    const checker = createRowRuleChecker(table, compiled, rows);
    const row = rows[42];
    if (!row) throw new Error('no row');
    expect(checker.check(row)).toEqual([]);
    const t0 = performance.now();
    for (let i = 0; i < 100; i++) checker.check({ ...row, values: { ...row.values, regnum: i } });
    expect((performance.now() - t0) / 100).toBeLessThan(10);
  });
});
