/**
 * What the report reads its numbers through: the indicator layer (definitions + a value or the reason it
 * cannot be computed) and grouped queries over collected tables, both against one named snapshot — the
 * current data while the year is open (草稿数据), the year lock once locked. The report never computes
 * a number itself; the renderer binds this to the real indicator layer.
 */
import type { AnnexResolver } from '../annex/annex-resolver';
import type { AggregateQuery } from './live-attrs';

export interface IndicatorStandard {
  readonly op: '>=' | '<=' | '>' | '<';
  readonly value: number;
  /** What the value is (合格标准, 设置标准 …); the phrase says 标准 when absent. */
  readonly label?: string;
  /** Where the standard comes from, e.g. 《高等职业学校设置标准（暂行）》. */
  readonly source: string;
}

export interface IndicatorInfo {
  readonly id: string;
  readonly name: string;
  readonly unit: string;
  readonly precision: number;
  readonly definition: string;
  readonly sourceTables: readonly string[];
  readonly standard: IndicatorStandard | null;
}

/** The data a value was read from: current data (draft) or a year lock. */
export interface DataSnapshot {
  readonly kind: 'draft' | 'lock';
  /** Stable id (the lock's id and time; 'draft' for current data). */
  readonly id: string;
  readonly label: string;
  /**
   * What the editor marks live values with when they are not simply this station's data: at a
   * department, indicator values are the office's snapshot of a date and grouped queries its own tables.
   * Absent at the office (values marked 草稿数据 while the year is open).
   */
  readonly marks?: { readonly value: string; readonly aggregate: string };
}

export type IndicatorReading =
  | {
      readonly ok: true;
      readonly value: number;
      /** Last year's value (for 较上年), or null when unknown. */
      readonly previous: number | null;
      readonly snapshot: DataSnapshot;
    }
  | { readonly ok: false; readonly reason: string };

export interface AggregateRow {
  readonly group: string;
  readonly value: number;
}

export type AggregateReading =
  | { readonly ok: true; readonly rows: readonly AggregateRow[]; readonly snapshot: DataSnapshot }
  | { readonly ok: false; readonly reason: string };

export interface ReportDataSource {
  readonly snapshot: DataSnapshot;
  list(): readonly IndicatorInfo[];
  /** undefined when no indicator has this id (deleted). */
  info(id: string): IndicatorInfo | undefined;
  value(id: string): IndicatorReading;
  aggregate(query: AggregateQuery): AggregateReading;
  /** The annex tables (附表) with their entered figures, when the caller supplies them (docs/annexes.md). */
  readonly annexes?: AnnexResolver;
}
