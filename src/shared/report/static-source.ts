/**
 * A ReportDataSource over values already computed (a lock's stored readings, test fixtures): the same
 * answers the live indicator layer gives, from a plain list.
 */
import type {
  AggregateReading,
  DataSnapshot,
  IndicatorInfo,
  IndicatorReading,
  ReportDataSource,
} from './data-source';
import type { AggregateQuery } from './live-attrs';

export interface StaticIndicator {
  readonly info: IndicatorInfo;
  readonly reading:
    { readonly value: number; readonly previous: number | null } | { readonly reason: string };
}

export function createStaticSource(
  snapshot: DataSnapshot,
  indicators: readonly StaticIndicator[],
  aggregate: (q: AggregateQuery) => AggregateReading = () => ({ ok: false, reason: '没有可查询的数据表' }),
): ReportDataSource {
  const byId = new Map(indicators.map((i) => [i.info.id, i]));
  const infos = indicators.map((i) => i.info);
  return {
    snapshot,
    list: () => infos,
    info: (id) => byId.get(id)?.info,
    value: (id): IndicatorReading => {
      const i = byId.get(id);
      if (!i) return { ok: false, reason: '指标不存在' };
      const r = i.reading;
      return 'reason' in r ? { ok: false, reason: r.reason } : { ok: true, ...r, snapshot };
    },
    aggregate,
  };
}
