import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { builtInCatalog } from '../catalog/builtin-catalog';
import type { CellValue, StoredRow } from '../records/record-types';
import type { AggregateSpec } from '../rules/aggregates';
import { createEnv, createEvalRun } from '../rules/eval-env';
import { compileExpression } from '../rules/expression-compiler';
import { memoryDataSource, schemaFromTables } from '../rules/rule-data-source';
import { rowsOf } from '../rules/testing/rule-test-helpers';
import { POOLED_MIN_ROWS } from './column-reader';
import { DeltaAggregate } from './delta-aggregates';
import { planPass, TablePass } from './table-pass';

const tables = builtInCatalog().tables;
const schema = schemaFromTables(tables);
const TABLE = 'A7-6-1';
/** Label and key of the fields the random aggregates read. */
const FIELDS: ReadonlyArray<[string, string]> = [
  ['专业方向', 'directionid'],
  ['计划招生数', 'planenrolnum'],
  ['实际录取数', 'enrolednum'],
  ['实际报到数', 'regnum'],
  ['投档线超过上年分数', 'overlastyearscore'],
];
const CELLS: readonly (CellValue | undefined)[] = [
  'd1',
  ' d1',
  'd2 ',
  '',
  null,
  undefined,
  true,
  false,
  '是',
  0,
  7,
  -2.5,
  0.1,
  1e21,
  '7',
  ' 3.5 ',
  'abc',
];
const label = fc.constantFrom(...FIELDS.map(([l]) => l));
const literal = fc.constantFrom('"d1"', '"d2"', '" d1 "', '是', '否', '"7"', '""');
const leaf = fc.tuple(label, fc.constantFrom('=', '!='), literal).map(([l, op, v]) => `${l} ${op} ${v}`);
const filter = fc.oneof(
  leaf,
  fc.tuple(leaf, fc.constantFrom('and', 'or'), leaf).map(([a, op, b]) => `(${a}) ${op} (${b})`),
  // Not a plain field-literal test: evaluated row by row through the compiled filter.
  label.map((l) => `${l} > 1`),
);
const aggregate = fc.oneof(
  fc.constant(`count(${TABLE})`),
  filter.map((f) => `count(${TABLE} where ${f})`),
  fc
    .tuple(fc.constantFrom('sum', 'avg', 'min', 'max'), fc.constantFrom(...FIELDS.slice(1).map(([l]) => l)))
    .map(([k, l]) => `${k}(${TABLE}.${l})`),
  fc
    .tuple(fc.constantFrom('sum', 'max'), fc.constantFrom(...FIELDS.slice(1).map(([l]) => l)), filter)
    .map(([k, l, f]) => `${k}(${TABLE}.${l} where ${f})`),
  label.map((l) => `count(distinct ${TABLE}.${l})`),
);
/** A row: any of the fields, in a random order (rows of one table mostly share one). */
const row = fc
  .tuple(fc.shuffledSubarray(FIELDS.map(([, k]) => k)), fc.array(fc.constantFrom(...CELLS), { minLength: 5 }))
  .map(([keys, cells]) => {
    const v: Record<string, CellValue> = {};
    keys.forEach((k, i) => {
      const c = cells[i];
      if (c !== undefined) v[k] = c;
    });
    return v;
  });

function specsOf(texts: readonly string[]): AggregateSpec[] {
  const byKey = new Map<string, AggregateSpec>();
  for (const t of texts) {
    const r = compileExpression(t, { schema, rowTable: null });
    if (!r.ok) throw new Error(`${t}: ${r.error.message}`);
    for (const s of r.value.aggregates) byKey.set(s.key, s);
  }
  return [...byKey.values()];
}

/** The old path: every aggregate adds every row through DeltaAggregate.apply, row by row. */
function rowByRow(specs: readonly AggregateSpec[], rows: readonly StoredRow[]) {
  const source = memoryDataSource({ tables, rows: { [TABLE]: rows } });
  const env = createEnv(source, createEvalRun());
  env.tableCode = TABLE;
  const accs = specs.map((s) => new DeltaAggregate(s));
  for (const r of rows) {
    env.values = r.values;
    env.row = r;
    for (const a of accs) a.apply(env, r.values, 1);
  }
  return accs.map((a) => a.result());
}

function fused(specs: readonly AggregateSpec[], rows: readonly StoredRow[], pooled: boolean) {
  const source = memoryDataSource({ tables, rows: { [TABLE]: rows } });
  const env = createEnv(source, createEvalRun());
  env.tableCode = TABLE;
  const pass = new TablePass(planPass(specs), pooled);
  pass.fill(rows, env);
  return pass.accs.map((a) => a.result());
}

describe('table pass', () => {
  it('gives every aggregate exactly what adding the rows one by one gives, through either reader', () => {
    fc.assert(
      fc.property(
        fc.array(aggregate, { minLength: 1, maxLength: 8 }),
        fc.array(row, { minLength: 1, maxLength: 12 }),
        fc.nat({ max: 3 * POOLED_MIN_ROWS }),
        (texts, shapes, n) => {
          // n rows cycling through a few shapes, so tables below and above the pooled size both occur.
          const rows = rowsOf(Array.from({ length: n }, (_, i) => ({ ...shapes[i % shapes.length] })));
          const specs = specsOf(texts);
          const expected = rowByRow(specs, rows);
          expect(fused(specs, rows, true)).toEqual(expected);
          expect(fused(specs, rows, false)).toEqual(expected);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('reads the same after another table took the pooled reader sites (many field lists)', () => {
    // More field lists than the pool holds: the later ones are read generically, with the same results.
    const rows = rowsOf(
      Array.from({ length: 2 * POOLED_MIN_ROWS }, (_, i) => ({
        directionid: `d${i % 5}`,
        planenrolnum: i,
        enrolednum: i % 3 === 0 ? String(i) : i,
        regnum: i % 7 === 0 ? null : -i,
        overlastyearscore: i / 4,
      })),
    );
    const lists = FIELDS.flatMap(([a], i) => FIELDS.slice(i + 1).map(([b]) => [a, b] as const));
    for (const [a, b] of [...lists, ...lists]) {
      const specs = specsOf([`count(distinct ${TABLE}.${a})`, `count(${TABLE} where ${b} = "d1")`]);
      expect(fused(specs, rows, true)).toEqual(rowByRow(specs, rows));
    }
  });
});
