import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { builtInCatalog } from '../catalog/builtin-catalog';
import type { CellValue } from '../records/record-types';
import { aggregateValue } from './aggregates';
import { createEnv, createEvalRun } from './eval-env';
import { compileExpression } from './expression-compiler';
import { MAX_PLAN_TESTS } from './filter-plan';
import { isPlannedCount, planLayout, PlannedCounter } from './planned-counts';
import { memoryDataSource, schemaFromTables } from './rule-data-source';
import { rowsOf } from './testing/rule-test-helpers';

const tables = builtInCatalog().tables;
const schema = schemaFromTables(tables);
const FIELDS: ReadonlyArray<[label: string, key: string]> = [
  ['学位', 'academicdegree'],
  ['专业技术职务（最高）—等级', 'majordeep'],
  ['是否双师素质教师', 'doublequalifiedteacher'],
  ['是否专业教师', 'isprofessionalteacher'],
];
const CELLS: readonly (CellValue | undefined)[] = [
  '博士',
  ' 博士',
  '硕士 ',
  '学士',
  '',
  null,
  undefined,
  true,
  false,
  '是',
  '否',
  1,
  0,
  '1',
  'true',
  '正高级',
];
const LITERALS = ['"博士"', '"硕士"', '" 博士 "', '"正高级"', '是', '否', 'true', 'false', '"1"', '"是"'];

const leaf = fc
  .tuple(fc.constantFrom(...FIELDS), fc.constantFrom('=', '!='), fc.constantFrom(...LITERALS))
  .map(([[label], op, lit]) => `${label} ${op} ${lit}`);
const filterText: fc.Arbitrary<string> = fc.letrec<{ f: string }>((tie) => ({
  f: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leaf,
    fc.tuple(tie('f'), fc.constantFrom('and', 'or'), tie('f')).map(([a, op, b]) => `(${a}) ${op} (${b})`),
    tie('f').map((a) => `not (${a})`),
  ),
})).f;
const row = fc.array(fc.constantFrom(...CELLS), { minLength: 4, maxLength: 4 }).map((cells) => {
  const v: Record<string, CellValue> = {};
  FIELDS.forEach(([, key], i) => {
    const c = cells[i];
    if (c !== undefined) v[key] = c;
  });
  return v;
});

describe('planned counts', () => {
  it('count exactly what running each compiled filter counts, on random filters and rows', () => {
    const seen = { planned: 0, direct: 0 };
    fc.assert(
      fc.property(
        fc.array(filterText, { minLength: 1, maxLength: 6 }),
        fc.array(row, { maxLength: 60 }),
        fc.boolean(),
        (filters, values, zeroMissing) => {
          const specs = filters.map((f) => {
            const r = compileExpression(`count(A6-1-1 where ${f})`, { schema, rowTable: null });
            if (!r.ok) throw new Error(r.error.message);
            const spec = r.value.aggregates[0];
            if (spec === undefined) throw new Error('no aggregate');
            return spec;
          });
          const planned = specs.filter(isPlannedCount);
          const source = memoryDataSource({ tables, rows: { 'A6-1-1': rowsOf(values) } });
          const run = createEvalRun();
          const expected = planned.map((s) => aggregateValue(run, source, s));
          const layout = planLayout(planned.map((s) => s.plan!));
          seen.planned += planned.length;
          if (!layout.shared) seen.direct++;
          const counter = new PlannedCounter(layout);
          const env = createEnv(source, createEvalRun(), zeroMissing);
          env.tableCode = 'A6-1-1';
          counter.reset();
          for (const r of source.rows('A6-1-1')) {
            env.values = r.values;
            env.row = r;
            counter.add(env, r.values);
          }
          expect(counter.finish()).toEqual(expected);
        },
      ),
      { numRuns: 300 },
    );
    // Most random filters are planned, and some passes have too many tests for one histogram.
    expect(seen.planned).toBeGreaterThan(300);
    expect(seen.direct).toBeGreaterThan(0);
  });

  it('plans only filters of field-versus-literal tests, and not too many of them', () => {
    const plan = (text: string) => {
      const r = compileExpression(`count(A6-1-1 where ${text})`, { schema, rowTable: null });
      if (!r.ok) throw new Error(r.error.message);
      return r.value.aggregates[0]?.plan ?? null;
    };
    expect(plan('学位 = "博士" or 学位 = "硕士"')?.tests).toHaveLength(2);
    // The same test twice is one test.
    expect(plan('(学位 = "博士" and 是否专业教师 = 是) or (学位 = "博士")')?.tests).toHaveLength(2);
    expect(plan('学位 = ""')).toBeNull();
    expect(plan('len(学位) > 1')).toBeNull();
    const many = Array.from({ length: MAX_PLAN_TESTS + 1 }, (_, i) => `学位 = "x${i}"`).join(' or ');
    expect(plan(many)).toBeNull();
    // A member of the filtered table itself is its field; the table's own code must match.
    expect(plan('A6-1-1.学位 = "博士"')?.tests).toHaveLength(1);
  });
});
