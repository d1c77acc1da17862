/**
 * Rules benches, run in headless Chromium by bench/run.mjs through
 * `window.runRulesBench(rows)`:
 *   rules-200-N: evaluateRules (200 table rules, filtered counts and sums over 4 tables of N/4 rows) vs
 *                the hand-written loop computing the same aggregates (synthetic-workload.ts), in the
 *                same page, alternating, median of 5. Goal ≤ 2×. The values are checked equal first.
 *   inline-row-N: one edited row of A7-6-1 (N rows) checked against its row rules as the grid does it —
 *                checker rebuilt over the new rows, then check(row); median of 51. Goal ≤ 10 ms.
 */
import { builtInCatalog } from '../../shared/catalog/builtin-catalog';
import { compileRules, evaluateRules, schemaFromTables } from '../../shared/rules';
import { STARTER_RULES } from '../../shared/rules/starter-rules';
import { buildSyntheticWorkload, handWrittenAggregates } from '../../shared/rules/testing/synthetic-workload';
import { rowsOf } from '../../shared/rules/testing/rule-test-helpers';
import { createRowRuleChecker } from '../features/rules/row-rule-issues';
import { median, pairedRatio, round2, sizeLabel, timed, type PageBenchResult } from './bench-stats';

export type RulesBenchResult = PageBenchResult;

function ruleEngineBench(rows: number): RulesBenchResult {
  const w = buildSyntheticWorkload({ tableCount: 4, rowsPerTable: Math.ceil(rows / 4), ruleCount: 200 });
  const { compiled, issues } = compileRules(w.rules, schemaFromTables(w.tables));
  if (issues.length) throw new Error(`synthetic rules do not compile: ${issues[0]?.message ?? ''}`);
  // Same numbers first: a fast wrong answer is not a result.
  const results = evaluateRules(compiled, w.source);
  const hand = handWrittenAggregates(w);
  results.forEach((r, i) => {
    if (r.status !== 'skipped' && r.left !== hand[2 * i])
      throw new Error(`rule ${r.ruleId}: engine ${String(r.left)} ≠ loop ${String(hand[2 * i])}`);
  });
  const ours: number[] = [];
  const floor: number[] = [];
  for (let i = 0; i < 5; i++) {
    floor.push(timed(() => handWrittenAggregates(w)));
    ours.push(timed(() => evaluateRules(compiled, w.source)));
  }
  const ms = median(ours);
  const floorMs = median(floor);
  return {
    name: `rules-200-${sizeLabel(rows)}`,
    ms: round2(ms),
    floorMs: round2(floorMs),
    ratio: pairedRatio(ours, floor),
    goal: 2,
    rows,
    runsMs: { ours: ours.map(round2), floor: floor.map(round2) },
  };
}

function inlineBench(rows: number): RulesBenchResult {
  const tables = builtInCatalog().tables;
  const table = tables.find((t) => t.code === 'A7-6-1');
  if (!table) throw new Error('A7-6-1 missing');
  const { compiled } = compileRules(STARTER_RULES, schemaFromTables(tables));
  const data = rowsOf(
    Array.from({ length: rows }, (_, i) => ({
      directionid: `d${i}`,
      planenrolnum: 100,
      enrolednum: 90 + (i % 20),
      regnum: 85,
      provregnum: 40,
    })),
  );
  const runs: number[] = [];
  for (let i = 0; i < 51; i++) {
    const at = (i * 7919) % rows;
    const old = data[at];
    if (!old) continue;
    const edited = { ...old, values: { ...old.values, regnum: 80 + i } };
    // The grid already holds its new rows array; copying 100k references is not the check's cost.
    const next = data.slice();
    next[at] = edited;
    runs.push(timed(() => createRowRuleChecker(table, compiled, next, undefined, tables).check(edited)));
  }
  return {
    name: `inline-row-${sizeLabel(rows)}`,
    ms: round2(median(runs)),
    goalMs: 10,
    rows,
    runsMs: { ours: runs.map(round2) },
  };
}

export function runRulesBench(rows: number): RulesBenchResult[] {
  return [ruleEngineBench(rows * 2), inlineBench(rows)];
}

declare global {
  interface Window {
    runRulesBench?: typeof runRulesBench;
  }
}

window.runRulesBench = runRulesBench;
