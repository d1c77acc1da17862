import { describe, expect, it } from 'vitest';
import { builtInCatalog } from '../catalog/builtin-catalog';
import type { CellValue, StoredRow } from '../records/record-types';
import type { RuleDataSource } from '../rules/rule-data-source';
import { schemaFromTables } from '../rules/rule-data-source';
import { storedRow } from '../rules/testing/rule-test-helpers';
import { BUILTIN_INDICATORS } from './builtin-indicators';
import { compileIndicators } from './indicator-compiler';
import { computeIndicators, createIndicatorEngine } from './indicator-engine';
import { evaluateIndicator, type IndicatorValue } from './indicator-value';
import { createEnv, createEvalRun } from '../rules/eval-env';
import { fixtureRows } from './testing/fixture-school';

const tables = builtInCatalog().tables;
const { compiled } = compileIndicators(BUILTIN_INDICATORS, schemaFromTables(tables));

/** A source over rows the test replaces between edits, as the app's stores do. */
function mutableSource(data: Record<string, StoredRow[]>): RuleDataSource {
  const defs = new Map(tables.map((t) => [t.code, t]));
  return {
    hasTable: (code) => data[code] !== undefined,
    rows: (code) => data[code] ?? [],
    tableDef: (code) => defs.get(code),
  };
}

function expectSame(a: ReadonlyMap<string, IndicatorValue>, b: ReadonlyMap<string, IndicatorValue>): void {
  expect([...a.keys()]).toEqual([...b.keys()]);
  for (const [id, x] of a) {
    const y = b.get(id);
    if (x.ok && y?.ok) expect(x.value, id).toBeCloseTo(y.value, 9);
    else expect(x, id).toEqual(y);
  }
}

/** Deterministic pseudo-random numbers (a fixed LCG) so every run tries the same edits. */
function lcg(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}

const EDITS: ReadonlyArray<[string, string, () => CellValue]> = [
  ['A6-1-1', 'academicdegree', () => '硕士'],
  ['A6-1-1', 'doublequalifiedteacher', () => false],
  ['A7-6-1', 'planenrolnum', () => 0],
  ['A7-6-1', 'enrolednum', () => 77],
  ['A7-1-1', 'majorcode', () => '560101'],
  ['A1-X1', 'senioredustunum', () => 300],
  ['A1-X1', 'oversea', () => null],
  ['A3', 'numofbook', () => '2.5'],
  ['A4-1', 'numofworker', () => 'abc'],
];

describe('indicator engine', () => {
  it('keeps every value equal to a full recomputation through random edits, adds and removals', () => {
    const data = fixtureRows();
    const source = mutableSource(data);
    const engine = createIndicatorEngine(compiled, source);
    const next = lcg(7);
    let id = 5000;
    for (let step = 0; step < 200; step++) {
      const [table, field, value] = EDITS[Math.floor(next() * EDITS.length)] ?? EDITS[0]!;
      const rows = data[table] ?? [];
      const at = Math.floor(next() * rows.length);
      const old = rows[at] ?? null;
      const action = next();
      let before: StoredRow | null = old;
      let after: StoredRow | null;
      if (action < 0.15 || old === null) {
        after = storedRow(id++, { [field]: value() });
        before = null;
        data[table] = [...rows, after];
      } else if (action < 0.25) {
        after = null;
        data[table] = rows.filter((_, i) => i !== at);
      } else {
        after = { ...old, values: { ...old.values, [field]: value() } };
        data[table] = rows.map((r, i) => (i === at ? (after as StoredRow) : r));
      }
      const incremental = engine.rowChanged(table, before, after);
      expectSame(incremental, computeIndicators(compiled, mutableSource(data)));
    }
  });

  it('computes what evaluating each indicator alone through the rule language computes, on random schools', () => {
    // The engine's one pass per table (shared filtered counts included) against each indicator's
    // expressions evaluated on their own, every aggregate computed by its own compiled filter.
    const CELLS: readonly CellValue[] = [
      '博士',
      ' 硕士',
      '学士',
      '',
      null,
      true,
      false,
      '是',
      '否',
      '正高级',
      '副高级 ',
      3,
      '7',
    ];
    const next = lcg(11);
    const pick = () => CELLS[Math.floor(next() * CELLS.length)] ?? null;
    for (let school = 0; school < 25; school++) {
      const data = fixtureRows();
      data['A6-1-1'] = Array.from({ length: Math.floor(next() * 40) }, (_, i) =>
        storedRow(9000 + i, {
          academicdegree: pick(),
          majordeep: pick(),
          doublequalifiedteacher: pick(),
          isprofessionalteacher: pick(),
        }),
      );
      const source = mutableSource(data);
      const alone = new Map(
        compiled.map((ci) => [ci.def.id, evaluateIndicator(ci, createEnv(source, createEvalRun(), true))]),
      );
      const engine = computeIndicators(compiled, source);
      expect([...engine.keys()]).toEqual([...alone.keys()]);
      for (const [id, v] of engine) expect(v, id).toEqual(alone.get(id));
    }
  });

  it('gives each one-shot computation its own source’s values (the reused passes keep nothing)', () => {
    const data = fixtureRows();
    const first = computeIndicators(compiled, mutableSource(data));
    const kept = createIndicatorEngine(compiled, mutableSource(data));
    const fewer = { ...data, 'A6-1-1': (data['A6-1-1'] ?? []).slice(0, 2), 'A7-1-1': [] };
    const other = computeIndicators(compiled, mutableSource(fewer));
    expect(other.get('teachers.full-time')).toMatchObject({ ok: true, value: 2 });
    expectSame(computeIndicators(compiled, mutableSource(data)), first);
    // An engine kept for edits owns its passes: the one-shot runs did not change its values.
    expectSame(kept.values(), first);
  });

  it('re-reads a table after a bulk change', () => {
    const data = fixtureRows();
    const engine = createIndicatorEngine(compiled, mutableSource(data));
    data['A6-1-1'] = (data['A6-1-1'] ?? []).slice(0, 4);
    const v = engine.tableChanged('A6-1-1').get('teachers.full-time');
    expect(v).toMatchObject({ ok: true, value: 4 });
  });

  it('ignores edits to tables no indicator reads', () => {
    const data = fixtureRows();
    const engine = createIndicatorEngine(compiled, mutableSource(data));
    const before = engine.values();
    expect(engine.rowChanged('A2', null, storedRow(1, { name: '校长' }))).toBe(before);
  });
});
