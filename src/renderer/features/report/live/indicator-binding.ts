/**
 * Where the report meets the indicator layer (src/shared/indicators): the ReportDataSource the editor,
 * the consistency check and the exports read. Values are the layer's own (computed once over the
 * loaded rows, a value or the reason it cannot be computed); last year's come from the previous
 * workspace's rows. Grouped queries over collected tables are answered from the same rows
 * (src/shared/report/aggregate.ts).
 */
import type { Catalog } from '../../../../shared/catalog/catalog-types';
import {
  compileIndicators,
  computeIndicators,
  type CompiledIndicator,
  type IndicatorDef,
} from '../../../../shared/indicators';
import type { StoredRow } from '../../../../shared/records/record-types';
import { aggregateRows } from '../../../../shared/report/aggregate';
import type { DataSnapshot, IndicatorInfo, ReportDataSource } from '../../../../shared/report/data-source';
import { indicatorStandard } from '../../../../shared/report/indicator-standard';
import { createStaticSource, type StaticIndicator } from '../../../../shared/report/static-source';
import type { StandardSet } from '../../../../shared/standards';
import { memoryDataSource, schemaFromTables } from '../../../../shared/rules';

type Rows = ReadonlyMap<string, readonly StoredRow[]>;

/** The year's indicator definitions and standards (对标值), as the office keeps them on 对标分析. */
export interface ReportAnalysis {
  readonly defs: readonly IndicatorDef[];
  readonly standards: StandardSet;
}

let compiledFor: {
  catalog: Catalog;
  defs: readonly IndicatorDef[];
  compiled: readonly CompiledIndicator[];
} | null = null;

/** The enabled indicators compiled against this year's catalog (kept while both are the same). */
export function compiledIndicators(
  catalog: Catalog,
  defs: readonly IndicatorDef[],
): readonly CompiledIndicator[] {
  if (compiledFor?.catalog !== catalog || compiledFor.defs !== defs) {
    const enabled = defs.filter((d) => d.enabled);
    compiledFor = {
      catalog,
      defs,
      compiled: compileIndicators(enabled, schemaFromTables(catalog.tables)).compiled,
    };
  }
  return compiledFor.compiled;
}

/** Tables the indicators read: loaded whenever the report opens. */
export function indicatorTables(catalog: Catalog, defs: readonly IndicatorDef[]): string[] {
  return [...new Set(compiledIndicators(catalog, defs).flatMap((c) => [...c.tables, ...c.prevTables]))];
}

function infoOf(c: CompiledIndicator, standards: StandardSet): IndicatorInfo {
  return {
    id: c.def.id,
    name: c.def.name,
    unit: c.def.unit,
    precision: c.def.precision,
    definition: c.def.definition,
    sourceTables: c.tables,
    // The same reference value 对标分析 judges by, so the phrase and the light never disagree.
    standard: indicatorStandard(c.def, standards),
  };
}

function rowsSource(catalog: Catalog, rows: Rows) {
  return memoryDataSource({ tables: catalog.tables, rows: Object.fromEntries(rows) });
}

export function buildSource(
  snapshot: DataSnapshot,
  catalog: Catalog,
  tables: Rows,
  previous: Rows,
  analysis: ReportAnalysis,
): ReportDataSource {
  const compiled = compiledIndicators(catalog, analysis.defs);
  const prevSource = previous.size > 0 ? rowsSource(catalog, previous) : undefined;
  const source = { ...rowsSource(catalog, tables), ...(prevSource ? { prev: prevSource } : {}) };
  const now = computeIndicators(compiled, source);
  const before = prevSource ? computeIndicators(compiled, prevSource) : new Map();
  const indicators: StaticIndicator[] = compiled.map((c) => {
    const v = now.get(c.def.id);
    const p = before.get(c.def.id);
    return {
      info: infoOf(c, analysis.standards),
      reading: v?.ok
        ? { value: v.value, previous: p?.ok ? p.value : null }
        : { reason: v?.reason ?? '无法计算' },
    };
  });
  return createStaticSource(snapshot, indicators, (q) => {
    const rows = tables.get(q.tableCode);
    if (!rows) return { ok: false, reason: `表 ${q.tableCode} 未载入` };
    if (rows.length === 0) return { ok: false, reason: `表 ${q.tableCode} 尚无数据` };
    return { ok: true, rows: aggregateRows(rows, q), snapshot };
  });
}
