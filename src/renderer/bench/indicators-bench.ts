/**
 * Indicator benches, run in headless Chromium by bench/run.mjs through `window.runIndicatorsBench(rows)`:
 *   indicators-all-N: every built-in indicator over a generated school of N rows (2× the bench size, so
 *                200k at the default) vs the hand-written loop computing the same numbers
 *                (testing/synthetic-school.ts), alternating, median of 9 samples of ≈1M rows each. Goal ≤ 1.5×. Values are
 *                checked equal first.
 *   indicators-edit-N: one edited row, then every indicator current again (engine.rowChanged), median
 *                of 21 edits alternating a 专任教师 row (moved by difference) and a 开设专业 row (its
 *                distinct count re-reads the table). Goal ≤ 50 ms.
 */
import { builtInCatalog } from '../../shared/catalog/builtin-catalog';
import type { StoredRow } from '../../shared/records/record-types';
import { memoryDataSource, schemaFromTables, type RuleDataSource } from '../../shared/rules';
import {
  BUILTIN_INDICATORS,
  compileIndicators,
  computeIndicators,
  createIndicatorEngine,
} from '../../shared/indicators';
import { handIndicators, syntheticSchool } from '../../shared/indicators/testing/synthetic-school';
import { median, pairedRatio, round2, sizeLabel, timed, type PageBenchResult } from './bench-stats';

export type IndicatorsBenchResult = PageBenchResult;

function setup(total: number) {
  const tables = builtInCatalog().tables;
  const { compiled, issues } = compileIndicators(BUILTIN_INDICATORS, schemaFromTables(tables));
  if (issues.length > 0) throw new Error(`built-in indicators do not compile: ${issues[0]?.message ?? ''}`);
  const data = syntheticSchool(total);
  const defs = new Map(tables.map((t) => [t.code, t]));
  // A source over rows the edit bench replaces, as the app's stores do.
  const source: RuleDataSource = {
    hasTable: (code) => data[code] !== undefined,
    rows: (code) => data[code] ?? [],
    tableDef: (code) => defs.get(code),
  };
  return { tables, compiled, data, source };
}

function repeat(n: number, fn: () => unknown): void {
  for (let i = 0; i < n; i++) fn();
}

function allBench(total: number): IndicatorsBenchResult {
  const { tables, compiled, data } = setup(total);
  const source = memoryDataSource({ tables, rows: data });
  const hand = handIndicators(data);
  for (const [id, v] of computeIndicators(compiled, source)) {
    const h = hand[id];
    const same = v.ok
      ? h !== null && h !== undefined && Math.abs(h - v.value) <= 1e-6 * Math.abs(h)
      : h === null;
    if (!same) throw new Error(`indicator ${id}: engine ${v.ok ? v.value : v.reason} ≠ loop ${String(h)}`);
  }
  // Each sample repeats the work over about a million rows, so small sizes are not below the timer's
  // resolution; figures are per computation.
  const reps = Math.max(1, Math.ceil(1_000_000 / total));
  const ours: number[] = [];
  const floor: number[] = [];
  for (let i = 0; i < 9; i++) {
    floor.push(timed(() => repeat(reps, () => handIndicators(data))) / reps);
    ours.push(timed(() => repeat(reps, () => computeIndicators(compiled, source))) / reps);
  }
  const ms = median(ours);
  const floorMs = median(floor);
  return {
    name: `indicators-all-${sizeLabel(total)}`,
    ms: round2(ms),
    floorMs: round2(floorMs),
    ratio: pairedRatio(ours, floor),
    goal: 1.5,
    // Gated at twice the goal like the others. Each table's cells are read into columns in one walk
    // by a reader whose property reads have only ever seen that table's keys (column-reader.ts: the
    // generic keyed read is what kept the teacher table at several times the loop's named reads), and
    // every aggregate then walks its column (table-pass.ts). The floor is unchanged.
    rows: total,
    runsMs: { ours: ours.map(round2), floor: floor.map(round2) },
  };
}

function editBench(total: number): IndicatorsBenchResult {
  const { compiled, data, source } = setup(total);
  const engine = createIndicatorEngine(compiled, source);
  const runs: number[] = [];
  for (let i = 0; i < 21; i++) {
    const table = i % 2 === 0 ? 'A6-1-1' : 'A7-1-1';
    const rows = data[table] ?? [];
    const at = (i * 7919) % rows.length;
    const old = rows[at];
    if (old === undefined) continue;
    const values =
      table === 'A6-1-1'
        ? { ...old.values, academicdegree: i % 4 === 0 ? '硕士' : '学士' }
        : { ...old.values, majorcode: String(520000 + i) };
    const edited: StoredRow = { ...old, values };
    // The grid already holds its new rows array; copying the references is not the engine's cost.
    const next = rows.slice();
    next[at] = edited;
    data[table] = next;
    runs.push(timed(() => engine.rowChanged(table, old, edited)));
  }
  return {
    name: `indicators-edit-${sizeLabel(total)}`,
    ms: round2(median(runs)),
    goalMs: 50,
    rows: total,
    runsMs: { ours: runs.map(round2) },
  };
}

export function runIndicatorsBench(rows: number): IndicatorsBenchResult[] {
  return [allBench(rows * 2), editBench(rows * 2)];
}

declare global {
  interface Window {
    runIndicatorsBench?: typeof runIndicatorsBench;
  }
}

window.runIndicatorsBench = runIndicatorsBench;
