/**
 * Where the report meets the indicator layer: builds the ReportDataSource the editor, the consistency
 * check and the exports read. Grouped queries over collected tables are answered here from the loaded
 * rows (src/shared/report/aggregate.ts).
 */
import type { StoredRow } from '../../../../shared/records/record-types';
import { aggregateRows } from '../../../../shared/report/aggregate';
import type { DataSnapshot, ReportDataSource } from '../../../../shared/report/data-source';
import { createStaticSource, type StaticIndicator } from '../../../../shared/report/static-source';
import { FALLBACK_INDICATORS } from './fallback-indicators';

/** Tables the indicators read: loaded whenever the report opens. */
export const INDICATOR_TABLES: readonly string[] = [
  ...new Set(FALLBACK_INDICATORS.flatMap((i) => i.info.sourceTables)),
];

export function buildSource(
  snapshot: DataSnapshot,
  tables: ReadonlyMap<string, readonly StoredRow[]>,
  previous: ReadonlyMap<string, readonly StoredRow[]>,
): ReportDataSource {
  const indicators: StaticIndicator[] = FALLBACK_INDICATORS.map((f) => {
    const v = f.compute((t) => tables.get(t));
    const p = previous.size > 0 ? f.compute((t) => previous.get(t)) : null;
    return {
      info: f.info,
      reading:
        typeof v === 'string' ? { reason: v } : { value: v, previous: typeof p === 'number' ? p : null },
    };
  });
  return createStaticSource(snapshot, indicators, (q) => {
    const rows = tables.get(q.tableCode);
    if (!rows) return { ok: false, reason: `表 ${q.tableCode} 未载入` };
    if (rows.length === 0) return { ok: false, reason: `表 ${q.tableCode} 尚无数据` };
    return { ok: true, rows: aggregateRows(rows, q), snapshot };
  });
}
