/**
 * The office's list of all indicators (enabled or not): filtering by a search text, category and
 * verified flag, and the blank definition 新建指标 starts from, with an id no indicator of the set has.
 */
import type { IndicatorSet } from './indicator-set';
import type { IndicatorDef, IndicatorKind } from './indicator-types';

export interface IndicatorFilter {
  /** Matched against name, id, part names, definition and source (case-insensitive). */
  readonly query: string;
  readonly kind: IndicatorKind | null;
  readonly verified: boolean | null;
  readonly enabled: boolean | null;
}

export const NO_FILTER: IndicatorFilter = { query: '', kind: null, verified: null, enabled: null };

export function filterIndicators(defs: readonly IndicatorDef[], f: IndicatorFilter): IndicatorDef[] {
  const q = f.query.trim().toLowerCase();
  return defs.filter(
    (d) =>
      (f.kind === null || d.kind === f.kind) &&
      (f.verified === null || d.verified === f.verified) &&
      (f.enabled === null || d.enabled === f.enabled) &&
      (q === '' ||
        [d.name, d.id, d.numeratorLabel, d.denominatorLabel ?? '', d.definition, d.source].some((t) =>
          t.toLowerCase().includes(q),
        )),
  );
}

/** The next free id of the form custom.N. */
export function newIndicatorId(set: IndicatorSet): string {
  const ids = new Set(set.indicators.map((d) => d.id));
  let n = set.indicators.length + 1;
  while (ids.has(`custom.${n}`)) n++;
  return `custom.${n}`;
}

/**
 * A new indicator's starting definition: not yet valid (no name, no expression), so the editor's live
 * check says what to fill in before it can be saved; enabled, 未核实, 时点, two decimals.
 */
export function newIndicatorDraft(set: IndicatorSet): IndicatorDef {
  return {
    id: newIndicatorId(set),
    name: '',
    kind: 'other',
    numerator: '',
    numeratorLabel: '',
    denominator: null,
    denominatorLabel: null,
    scale: 1,
    unit: '',
    precision: 2,
    period: 'point',
    periodMix: [],
    direction: 'higher',
    definition: '',
    source: '',
    verified: false,
    missingFields: [],
    enabled: true,
  };
}
