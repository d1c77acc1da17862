/**
 * The annexes as the report reads them: one resolver per open report, built from the report's data
 * source (the indicator values of the lock, or the current data while the year is open, with last
 * year's values) and the entered figures. The annex node in the editor, the .docx/HTML exports and the
 * .xlsx upload all read the same resolver, so they show the same numbers. docs/annexes.md.
 */
import type { IndicatorValue } from '../indicators/indicator-value';
import type { ReportDataSource } from '../report/data-source';
import { formatValue, withUnit } from '../report/live-values';
import {
  annexIndicatorIds,
  computeAnnexTable,
  type AnnexInputs,
  type AnnexTableResult,
} from './annex-compute';
import type { AnnexTableDef, EnteredAnnexValue } from './annex-types';
import type { EnterpriseRows } from '../enterprise/enterprise-rows';

export interface AnnexResolver {
  /** The annex tables of the year, in their order. */
  list(): readonly AnnexTableDef[];
  /** One annex computed now, or null when no annex has this id (deleted). */
  table(annexId: string): AnnexTableResult | null;
  /** An enterprise report's rows of a collected table that name the enterprise (when tables are loaded). */
  enterpriseRows?(tableCode: string, names: readonly string[]): EnterpriseRows;
}

type Entered = ReadonlyMap<string, readonly [EnteredAnnexValue | null, EnteredAnnexValue | null]>;

const PREVIOUS_LABEL = '上一年度数据';

function failed(reason: string): IndicatorValue {
  return { ok: false, code: 'no-data', reason, missingTables: [] };
}

function okValue(value: number, text: string): IndicatorValue {
  return { ok: true, value, numerator: value, denominator: null, text };
}

/** Indicator values of this year and last year, as the annex computation reads them, from a data source. */
export function annexInputsFromSource(
  defs: readonly AnnexTableDef[],
  source: ReportDataSource,
  entered: Entered,
): AnnexInputs {
  const current = new Map<string, IndicatorValue>();
  const previous = new Map<string, IndicatorValue>();
  const decimals = new Map<string, number>();
  let anyPrevious = false;
  for (const id of annexIndicatorIds(defs)) {
    const info = source.info(id);
    if (!info) continue;
    decimals.set(id, info.precision);
    // The annex carries the figure the report prints (17.2, not 17.2047…), in every export and the .xlsx.
    const shown = (v: number) => Number(formatValue(v, info.precision));
    const r = source.value(id);
    if (!r.ok) {
      current.set(id, failed(r.reason));
      previous.set(id, failed(r.reason));
      continue;
    }
    current.set(id, okValue(shown(r.value), withUnit(formatValue(r.value, info.precision), info.unit)));
    if (r.previous === null) previous.set(id, failed('无法计算（上一年没有该项数据）'));
    else {
      anyPrevious = true;
      previous.set(
        id,
        okValue(shown(r.previous), withUnit(formatValue(r.previous, info.precision), info.unit)),
      );
    }
  }
  return {
    current,
    previous: anyPrevious ? previous : null,
    entered,
    lockLabel: source.snapshot.label,
    previousLockLabel: anyPrevious ? PREVIOUS_LABEL : null,
    decimals,
  };
}

/** A resolver over `defs`, the data source and the entered figures; tables are computed on demand. */
export function createAnnexResolver(
  defs: readonly AnnexTableDef[],
  source: ReportDataSource,
  entered: Entered,
): AnnexResolver {
  let inputs: AnnexInputs | null = null;
  const cache = new Map<string, AnnexTableResult>();
  return {
    list: () => defs,
    table(annexId) {
      const def = defs.find((d) => d.id === annexId);
      if (!def) return null;
      let hit = cache.get(annexId);
      if (!hit) {
        inputs ??= annexInputsFromSource(defs, source, entered);
        hit = computeAnnexTable(def, inputs);
        cache.set(annexId, hit);
      }
      return hit;
    },
  };
}
