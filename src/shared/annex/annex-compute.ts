/**
 * Computes an annex table's two columns (上一年 and 本年, or 上一届 and 本届). Computed rows read the indicator
 * values the caller computed from a locked snapshot — this year's lock and last year's — so an annex never
 * computes a number of its own; a value that cannot be computed shows its 无法计算 reason. Entered rows show
 * what was typed, with its source; a row nobody has entered yet says so.
 */
import type { IndicatorValue } from '../indicators/indicator-value';
import {
  ANNEX_COLUMN_LABELS,
  type AnnexRowDef,
  type AnnexTableDef,
  type EnteredAnnexValue,
} from './annex-types';

export type AnnexCell =
  | {
      readonly ok: true;
      /** The figure as shown: a computed value rounded to its indicator's precision. */
      readonly value: number;
      readonly text: string;
      readonly source: string;
      /** Decimal places the figure is printed with (the indicator's precision, or as typed). */
      readonly decimals?: number;
    }
  | { readonly ok: false; readonly reason: string };

export interface AnnexRowResult {
  readonly def: AnnexRowDef;
  /** [上一年/上一届, 本年/本届] */
  readonly cells: readonly [AnnexCell, AnnexCell];
}

export interface AnnexTableResult {
  readonly def: AnnexTableDef;
  readonly columnLabels: readonly [string, string];
  readonly rows: readonly AnnexRowResult[];
}

/** What the annex reads: indicator values of this year's and last year's lock, and the entered figures. */
export interface AnnexInputs {
  readonly current: ReadonlyMap<string, IndicatorValue>;
  /** null when no earlier locked year is held. */
  readonly previous: ReadonlyMap<string, IndicatorValue> | null;
  /** Entered figures by row id: [上一年, 本年]. */
  readonly entered: ReadonlyMap<string, readonly [EnteredAnnexValue | null, EnteredAnnexValue | null]>;
  /** Where computed values come from, shown with each cell (e.g. "2025学年锁定 2026-10-20 …"). */
  readonly lockLabel: string;
  readonly previousLockLabel: string | null;
  /** Decimal places of each indicator's figures (its precision). */
  readonly decimals?: ReadonlyMap<string, number>;
}

export const NOT_ENTERED = '未填报';

function indicatorCell(
  v: IndicatorValue | undefined,
  source: string | null,
  missing: string,
  decimals: number | undefined,
): AnnexCell {
  if (source === null) return { ok: false, reason: missing };
  if (v === undefined) return { ok: false, reason: '无法计算（指标已删除）' };
  if (!v.ok) return { ok: false, reason: v.reason };
  return { ok: true, value: v.value, text: v.text, source, ...(decimals === undefined ? {} : { decimals }) };
}

/** Decimal places of a typed figure as it was typed (95.20 is stored as 95.2 and printed so). */
export function typedDecimals(value: number): number {
  const t = String(value);
  return /e/i.test(t) ? 0 : (t.split('.')[1]?.length ?? 0);
}

function enteredCell(e: EnteredAnnexValue | null | undefined, unit: string): AnnexCell {
  if (!e) return { ok: false, reason: NOT_ENTERED };
  const text = !unit ? String(e.value) : unit === '%' ? `${e.value}%` : `${e.value} ${unit}`;
  return { ok: true, value: e.value, text, source: e.source, decimals: typedDecimals(e.value) };
}

export function computeAnnexRow(def: AnnexRowDef, inputs: AnnexInputs): AnnexRowResult {
  if (def.source.kind === 'indicator') {
    const id = def.source.indicatorId;
    const decimals = inputs.decimals?.get(id);
    return {
      def,
      cells: [
        indicatorCell(
          inputs.previous?.get(id),
          inputs.previousLockLabel,
          '无法计算（没有上一年的锁定数据）',
          decimals,
        ),
        indicatorCell(inputs.current.get(id), inputs.lockLabel, '无法计算（本年尚未锁定）', decimals),
      ],
    };
  }
  const [prev, cur] = inputs.entered.get(def.id) ?? [null, null];
  return { def, cells: [enteredCell(prev, def.unit), enteredCell(cur, def.unit)] };
}

export function computeAnnexTable(def: AnnexTableDef, inputs: AnnexInputs): AnnexTableResult {
  return {
    def,
    columnLabels: ANNEX_COLUMN_LABELS[def.columns],
    rows: def.rows.map((r) => computeAnnexRow(r, inputs)),
  };
}

/** The indicator ids an annex set reads, so a caller computes only those. */
export function annexIndicatorIds(defs: readonly AnnexTableDef[]): ReadonlySet<string> {
  const ids = new Set<string>();
  for (const t of defs)
    for (const r of t.rows) if (r.source.kind === 'indicator') ids.add(r.source.indicatorId);
  return ids;
}
