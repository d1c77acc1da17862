import { describe, expect, it } from 'vitest';
import { createEvalRun } from './eval-env';
import { evaluateExpression } from './evaluate-expression';
import { compileExpression } from './expression-compiler';
import { schemaFromTables, type RuleDataSource } from './rule-data-source';
import { draftCatalogTables } from './testing/draft-catalog-fixture';
import { rowsOf, sourceOf } from './testing/rule-test-helpers';

const tables = draftCatalogTables();
const schema = schemaFromTables(tables);
const lastYear = sourceOf(tables, {
  'A10-1': rowsOf([{ no: '1' }, { no: '2' }]),
  'A7-6-2': rowsOf([{ directionid: 'd1', empnum: 50 }]),
});
const data = sourceOf(
  tables,
  {
    'A7-6-2': rowsOf([
      { directionid: 'd1', empnum: 40, samepfsnum: 30 },
      { directionid: 'd2', empnum: 60, samepfsnum: 50 },
    ]),
    'A10-1': rowsOf([{ no: '1' }, { no: '2' }, { no: '3' }]),
  },
  lastYear,
);

describe('evaluateExpression', () => {
  it('computes one number from whole tables, written with Chinese labels', () => {
    expect(evaluateExpression('sum(A7-6-2.就业数) / count(A10-1)', { data, schema })).toEqual({
      ok: true,
      value: 100 / 3,
    });
    expect(
      evaluateExpression('round(sum(A7-6-2.对口就业数) / sum(A7-6-2.就业数) * 100, 1)', { data, schema }),
    ).toEqual({ ok: true, value: 80 });
  });

  it('reads last year through prev()', () => {
    const growth = evaluateExpression('count(A10-1) - prev(count(A10-1))', { data, schema });
    expect(growth).toEqual({ ok: true, value: 1 });
    const ratio = evaluateExpression('sum(A7-6-2.就业数) / prev(sum(A7-6-2.就业数))', { data, schema });
    expect(ratio).toEqual({ ok: true, value: 2 });
  });

  it('evaluates an expression compiled once, against several sources and a shared run', () => {
    const compiled = compileExpression('count(A10-1 where no != "2")', { schema, rowTable: null });
    if (!compiled.ok) throw new Error(compiled.error.message);
    const run = createEvalRun();
    expect(evaluateExpression(compiled.value, { data, run })).toEqual({ ok: true, value: 2 });
    expect(evaluateExpression(compiled.value, { data: lastYear, run })).toEqual({ ok: true, value: 1 });
  });

  it('says which tables are missing instead of counting them as empty', () => {
    const partial: RuleDataSource = sourceOf(tables, { 'A10-1': rowsOf([{ no: '1' }]) });
    const r = evaluateExpression('count(A10-1) + count(A7-6-2)', { data: partial, schema });
    expect(r).toMatchObject({ ok: false, error: { code: 'unavailable', detail: { tables: 'A7-6-2' } } });
    if (!r.ok) expect(r.error.message).toContain('A7-6-2');
    const noPrev = evaluateExpression('prev(count(A10-1))', { data: partial, schema });
    expect(noPrev).toMatchObject({
      ok: false,
      error: { code: 'unavailable', detail: { tables: '上年数据' } },
    });
  });

  it('returns compile errors with their position, and refuses a row expression', () => {
    const r = evaluateExpression('count(A99-9)', { data, schema });
    expect(r).toMatchObject({ ok: false, error: { code: 'unknown-table', detail: { position: 6 } } });
    const row = compileExpression('就业数 + 1', { schema, rowTable: 'A7-6-2' });
    if (!row.ok) throw new Error(row.error.message);
    expect(evaluateExpression(row.value, { data })).toMatchObject({
      ok: false,
      error: { code: 'row-expression' },
    });
  });
});
