/**
 * Loads what the 对标分析 page shows: the workspace's indicators and standards, every indicator's value
 * this year and last year (computed by the indicator engine over the station's data), and each one's
 * judgement against its standards, and every indicator over the earlier years the station holds. A department sees only the indicators its own tables compute.
 */
import { useEffect, useState } from 'react';
import {
  compileIndicators,
  computeIndicators,
  type CompiledIndicator,
  type IndicatorDef,
  type IndicatorSet,
  type IndicatorValue,
} from '../../../shared/indicators';
import { schemaFromTables, type RuleDataSource } from '../../../shared/rules';
import {
  indicatorTrends,
  judgeIndicator,
  type Judgement,
  type StandardSet,
  type Trends,
} from '../../../shared/standards';
import type { WorkspaceData } from '../../data/workspace-data-store';
import { repository } from '../../data/repository-instance';
import { heldTables } from '../../rules-runtime/held-tables';
import { earlierYearValues, loadEarlierYears } from '../../rules-runtime/earlier-years';
import { loadStationSource, needsOf } from '../../rules-runtime/station-source';

export interface AnalysisRow {
  readonly def: IndicatorDef;
  /** For drill-down into the rows behind the value. */
  readonly compiled: CompiledIndicator;
  readonly value: IndicatorValue;
  readonly prev: IndicatorValue | null;
  readonly judgement: Judgement;
}

export interface AnalysisState {
  readonly rows: readonly AnalysisRow[];
  /** The workspace's indicators (the latest version), which the editor saves the next version of. */
  readonly set: IndicatorSet;
  readonly standards: StandardSet;
  readonly judgements: ReadonlyMap<string, Judgement>;
  readonly defs: readonly IndicatorDef[];
  /** The station's data the values were computed from (drill-down reads the same rows). */
  readonly source: RuleDataSource;
  /** Each indicator over the years the station holds, this year last. */
  readonly trends: Trends;
}

export function useAnalysis(data: WorkspaceData | null, reload: number): AnalysisState | null {
  const [state, setState] = useState<AnalysisState | null>(null);
  useEffect(() => {
    if (!data) return;
    let live = true;
    void (async () => {
      const ws = data.workspace;
      const [set, standards] = await Promise.all([
        repository().loadIndicatorSet(ws),
        repository().loadStandardSet(ws),
      ]);
      const defs = set.indicators.filter((d) => d.enabled);
      const { compiled } = compileIndicators(defs, schemaFromTables(data.catalog.tables));
      const held = heldTables(ws, data.tasks);
      const mine =
        ws.station.role === 'department'
          ? compiled.filter((c) => c.tables.every((t) => held.has(t)))
          : compiled;
      const { source } = await loadStationSource(ws, data.catalog, data.tasks, {
        tables: needsOf(mine).tables,
        prevTables: needsOf(mine).tables,
      });
      const values = computeIndicators(mine, source);
      const prevValues = source.prev ? computeIndicators(mine, source.prev) : null;
      const rows = mine.map((c) => {
        const value = values.get(c.def.id) as IndicatorValue;
        return {
          def: c.def,
          compiled: c,
          value,
          prev: prevValues?.get(c.def.id) ?? null,
          judgement: judgeIndicator(c.def, value, standards),
        };
      });
      const earlier = await loadEarlierYears(ws, needsOf(mine).tables);
      const mineDefs = mine.map((c) => c.def);
      const years = [
        ...earlierYearValues(mineDefs, earlier),
        { academicYearStart: ws.academicYearStart, values },
      ];
      const trends = indicatorTrends(mineDefs, years, standards);
      if (live)
        setState({
          trends,
          rows,
          set,
          standards,
          judgements: new Map(rows.map((r) => [r.def.id, r.judgement])),
          defs: rows.map((r) => r.def),
          source,
        });
    })();
    return () => {
      live = false;
    };
  }, [data, reload]);
  return state;
}
