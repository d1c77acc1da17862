import { describe, expect, it } from 'vitest';
import { compileRule, type CompiledRule } from './rule-compiler';
import { schemaFromTables } from './rule-data-source';
import { evaluateRule, evaluateRuleOnRow, evaluateRules, isBlocking } from './rule-evaluation';
import type { Rule } from './rule-types';
import { draftCatalogTables } from './testing/draft-catalog-fixture';
import { makeRule, rowId, rowsOf, sourceOf, storedRow } from './testing/rule-test-helpers';

const tables = draftCatalogTables();
const schema = schemaFromTables(tables);

function compiled(rule: Rule): CompiledRule {
  const c = compileRule(rule, schema);
  if (!c.ok) throw new Error(c.error.message);
  return c.value;
}

const enrol = rowsOf([
  { directionid: 'd1', regnum: 95, enrolednum: 100 },
  { directionid: 'd2', regnum: 120, enrolednum: 100 },
  { directionid: 'd3', regnum: null, enrolednum: 80 },
  { directionid: 'd4', regnum: null, enrolednum: null },
]);
const source = sourceOf(tables, { 'A7-6-1': enrol });

describe('operators', () => {
  const cases: [Rule['operator'], number, number][] = [
    ['==', 5, 5],
    ['!=', 5, 6],
    ['<', 5, 6],
    ['<=', 5, 5],
    ['>', 6, 5],
    ['>=', 5, 5],
  ];
  for (const [op, pass, other] of cases) {
    it(`${op} passes and fails as written`, () => {
      const ok = compiled(
        makeRule({ context: 'table', operator: op, left: String(pass), right: String(other) }),
      );
      expect(evaluateRule(ok, source).status).toBe('pass');
      const bad = compiled(
        makeRule({
          context: 'table',
          operator: op,
          left: String(op === '!=' ? other : other + 10),
          right: String(op === '>' || op === '>=' ? other + 20 : other),
        }),
      );
      expect(evaluateRule(bad, source).status).toBe('fail');
    });
  }

  it('row rule reports failing row ids and values', () => {
    const r = evaluateRule(
      compiled(
        makeRule({ left: '实际报到数', right: '实际录取数', message: '报到 {left} 超过录取 {right}' }),
      ),
      source,
    );
    expect(r.status).toBe('fail');
    expect(r.failingRowIds).toEqual([rowId(2)]);
    expect(r.failures).toEqual([{ rowId: rowId(2), left: 120, right: 100 }]);
    expect(r.message).toBe('报到 120 超过录取 100');
    expect(r.rowsChecked).toBe(4);
    expect(r.rowsSkipped).toBe(2);
    expect(isBlocking(r)).toBe(true);
    expect(isBlocking({ ...r, importance: 'medium' })).toBe(false);
  });

  it('compulsory pair passes when both sides are present or both are missing', () => {
    const r = evaluateRule(
      compiled(makeRule({ operator: 'compulsory_pair', left: '实际报到数', right: '实际录取数' })),
      source,
    );
    expect(r.failingRowIds).toEqual([rowId(3)]);
  });

  it('exclusive pair fails when both sides are present', () => {
    const r = evaluateRule(
      compiled(makeRule({ operator: 'exclusive_pair', left: '实际报到数', right: '实际录取数' })),
      source,
    );
    expect(r.failingRowIds).toEqual([rowId(1), rowId(2)]);
  });
});

describe('missing-value strategies', () => {
  const rule = (s: Rule['missingValueStrategy']) =>
    compiled(
      makeRule({ left: '实际报到数 + 1', right: '实际录取数', missingValueStrategy: s, operator: '<' }),
    );
  const row = (values: Record<string, number | null>) => storedRow(9, values);

  it('SKIP_IF_ANY_VALUE_MISSING skips when one value is missing', () => {
    expect(
      evaluateRuleOnRow(rule('SKIP_IF_ANY_VALUE_MISSING'), row({ regnum: null, enrolednum: 80 }), { source })
        .status,
    ).toBe('skipped');
    expect(
      evaluateRuleOnRow(rule('SKIP_IF_ANY_VALUE_MISSING'), row({ regnum: 10, enrolednum: 80 }), { source })
        .status,
    ).toBe('pass');
  });

  it('SKIP_IF_ALL_VALUES_MISSING counts single gaps as 0 and skips only when all are missing', () => {
    expect(
      evaluateRuleOnRow(rule('SKIP_IF_ALL_VALUES_MISSING'), row({ regnum: null, enrolednum: 80 }), { source })
        .status,
    ).toBe('pass');
    expect(
      evaluateRuleOnRow(rule('SKIP_IF_ALL_VALUES_MISSING'), row({ regnum: 5, enrolednum: null }), { source })
        .status,
    ).toBe('fail');
    expect(
      evaluateRuleOnRow(rule('SKIP_IF_ALL_VALUES_MISSING'), row({ regnum: null, enrolednum: null }), {
        source,
      }).status,
    ).toBe('skipped');
  });

  it('NEVER_SKIP counts every missing value as 0', () => {
    const out = evaluateRuleOnRow(rule('NEVER_SKIP'), row({ regnum: null, enrolednum: null }), { source });
    expect(out.status).toBe('fail');
    expect(out.message).toBe('左侧 1，右侧 空');
  });

  it('an empty table skips a row rule and a table rule over a missing sum', () => {
    const empty = sourceOf(tables, { 'A7-6-1': [] });
    expect(evaluateRule(rule('SKIP_IF_ANY_VALUE_MISSING'), empty).status).toBe('skipped');
    const t = compiled(
      makeRule({ context: 'table', left: 'sum(A7-6-1.实际报到数)', right: '0', operator: '>' }),
    );
    expect(evaluateRule(t, empty).status).toBe('skipped');
    expect(
      evaluateRule({ ...t, rule: { ...t.rule, missingValueStrategy: 'NEVER_SKIP' } }, empty).status,
    ).toBe('fail');
  });
});

describe('undecidable and cross-table rules', () => {
  const cross = compiled(
    makeRule({
      id: 'x1',
      scope: { kind: 'cross-table', tables: ['A10-1', 'A1-X1'] },
      context: 'table',
      operator: '==',
      left: 'count(A10-1)',
      right: 'A1-X1.全日制普通高职学历教育在校生总数',
    }),
  );

  it('is 本站无法判断 when the station does not hold a table', () => {
    const r = evaluateRule(cross, sourceOf(tables, { 'A10-1': rowsOf([{ no: '1' }]) }));
    expect(r.status).toBe('undecidable');
    expect(r.missingTables).toEqual(['A1-X1']);
    expect(r.reason).toContain('本站无法判断');
    expect(cross.crossTable).toBe(true);
  });

  it('decides when both tables are held', () => {
    const both = sourceOf(tables, {
      'A10-1': rowsOf([{ no: '1' }, { no: '2' }]),
      'A1-X1': rowsOf([{ senioredustunum: 2 }]),
    });
    const r = evaluateRule(cross, both);
    expect([r.status, r.left, r.right]).toEqual(['pass', 2, 2]);
  });

  it('evaluateRules skips disabled rules and returns one result per enabled rule', () => {
    const off = { ...cross, rule: { ...cross.rule, id: 'off', enabled: false } };
    const results = evaluateRules([cross, off], source);
    expect(results.map((r) => [r.ruleId, r.status])).toEqual([['x1', 'undecidable']]);
  });
});

describe('prev()', () => {
  const growth = compiled(
    makeRule({
      context: 'table',
      operator: '<=',
      left: 'count(A10-1)',
      right: 'prev(count(A10-1)) * 1.3',
      importance: 'low',
    }),
  );
  const thisYear = rowsOf([{ no: '1' }, { no: '2' }, { no: '3' }]);

  it('compares with last year and is undecidable without last year', () => {
    const prev = sourceOf(tables, { 'A10-1': rowsOf([{ no: '1' }, { no: '2' }]) });
    expect(evaluateRule(growth, sourceOf(tables, { 'A10-1': thisYear }, prev))).toMatchObject({
      status: 'fail',
      left: 3,
      right: 2.6,
    });
    expect(evaluateRule(growth, sourceOf(tables, { 'A10-1': thisYear }))).toMatchObject({
      status: 'undecidable',
      missingTables: ['上年数据'],
    });
    expect(evaluateRule(growth, sourceOf(tables, { 'A10-1': thisYear }, sourceOf(tables, {})))).toMatchObject(
      { missingTables: ['上年 A10-1'] },
    );
  });

  it("matches last year's row by the natural key in row rules", () => {
    const rule = compiled(makeRule({ operator: '<=', left: '实际报到数', right: 'prev(实际报到数) * 2' }));
    const prev = sourceOf(tables, {
      'A7-6-1': rowsOf([
        { directionid: 'd2', regnum: 50 },
        { directionid: 'd1', regnum: 10 },
      ]),
    });
    const r = evaluateRule(rule, sourceOf(tables, { 'A7-6-1': enrol }, prev));
    expect(r.failingRowIds).toEqual([rowId(1), rowId(2)]);
    expect(r.failures.map((f) => f.right)).toEqual([20, 100]);
  });
});

describe('rule validation', () => {
  it('rejects malformed rules and row rules over several tables', () => {
    expect(compileRule({ id: 'x' }, schema).ok).toBe(false);
    const multi = compileRule(
      makeRule({ scope: { kind: 'cross-table', tables: ['A10-1', 'A3'] }, left: '1', right: '1' }),
      schema,
    );
    expect(!multi.ok && multi.error.message).toContain('行级规则只能属于一张表');
  });

  it('says which side has the error', () => {
    const r = compileRule(makeRule({ left: '实际报到数', right: 'foo(1)' }), schema);
    expect(!r.ok && r.error.detail).toMatchObject({ side: 'right', position: 0 });
    expect(!r.ok && r.error.message).toMatch(/^右侧表达式：/);
  });
});
