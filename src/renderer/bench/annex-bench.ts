/**
 * Annex bench, run in headless Chromium by bench/run.mjs through `window.runAnnexBench(rows)`:
 *   annex-all-N: every annex table of the year computed from a generated school of N rows (2× the bench
 *                size, so 200k at the default) — the indicators the annexes read, the data source the
 *                report reads them through, and the six tables — vs computing those indicators alone,
 *                alternating, median of 9 samples of ≈1M rows each. Goal ≤ 1.2×: an annex adds layout,
 *                never a computation of its own.
 */
import { annexIndicatorIds } from '../../shared/annex/annex-compute';
import { createAnnexResolver } from '../../shared/annex/annex-resolver';
import { BUILTIN_ANNEXES } from '../../shared/annex/builtin-annexes';
import { builtInCatalog } from '../../shared/catalog/builtin-catalog';
import { BUILTIN_INDICATORS, compileIndicators, computeIndicators } from '../../shared/indicators';
import { syntheticSchool } from '../../shared/indicators/testing/synthetic-school';
import { createStaticSource } from '../../shared/report/static-source';
import { memoryDataSource, schemaFromTables } from '../../shared/rules';
import { median, pairedRatio, round2, sizeLabel, timed, type PageBenchResult } from './bench-stats';

const SNAPSHOT = { kind: 'lock', id: 'lock:bench', label: '锁定数据' } as const;

export function runAnnexBench(rows: number): PageBenchResult[] {
  const total = rows * 2;
  const tables = builtInCatalog().tables;
  const ids = annexIndicatorIds(BUILTIN_ANNEXES);
  const defs = BUILTIN_INDICATORS.filter((d) => ids.has(d.id));
  const { compiled } = compileIndicators(defs, schemaFromTables(tables));
  const source = memoryDataSource({ tables, rows: syntheticSchool(total) });
  const indicatorsOnly = () => computeIndicators(compiled, source);
  const annexes = () => {
    const values = computeIndicators(compiled, source);
    const report = createStaticSource(
      SNAPSHOT,
      compiled.map((c) => {
        const v = values.get(c.def.id);
        return {
          info: {
            id: c.def.id,
            name: c.def.name,
            unit: c.def.unit,
            precision: c.def.precision,
            definition: c.def.definition,
            sourceTables: c.tables,
            standard: null,
          },
          reading: v?.ok ? { value: v.value, previous: null } : { reason: v?.reason ?? '无法计算' },
        };
      }),
    );
    const resolver = createAnnexResolver(BUILTIN_ANNEXES, report, new Map());
    return BUILTIN_ANNEXES.map((a) => resolver.table(a.id));
  };
  if (annexes().some((t) => t === null)) throw new Error('an annex table did not compute');
  const reps = Math.max(1, Math.ceil(1_000_000 / total));
  const ours: number[] = [];
  const floor: number[] = [];
  for (let i = 0; i < 9; i++) {
    floor.push(
      timed(() => {
        for (let r = 0; r < reps; r++) indicatorsOnly();
      }) / reps,
    );
    ours.push(
      timed(() => {
        for (let r = 0; r < reps; r++) annexes();
      }) / reps,
    );
  }
  return [
    {
      name: `annex-all-${sizeLabel(total)}`,
      ms: round2(median(ours)),
      floorMs: round2(median(floor)),
      ratio: pairedRatio(ours, floor),
      goal: 1.2,
      rows: total,
      runsMs: { ours: ours.map(round2), floor: floor.map(round2) },
    },
  ];
}

declare global {
  interface Window {
    runAnnexBench?: typeof runAnnexBench;
  }
}

window.runAnnexBench = runAnnexBench;
