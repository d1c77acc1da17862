/**
 * Statistical periods of a collection year (docs/domain.md §1): the academic year runs Sep 1 – Aug 31,
 * the two finance tables (A5-1, A5-2) run over the calendar year, snapshot tables over one date (时点),
 * which is configurable per year because the platform's exact date was not verified.
 */
import type { PeriodKind } from '../catalog/catalog-types';

export interface DateRange {
  /** YYYYMMDD, inclusive. */
  readonly from: string;
  readonly to: string;
}

/** 2025 → 2025-09-01 … 2026-08-31, as YYYYMMDD. */
export function academicYearRange(startYear: number): DateRange {
  return { from: `${startYear}0901`, to: `${startYear + 1}0831` };
}

export function calendarYearRange(year: number): DateRange {
  return { from: `${year}0101`, to: `${year}1231` };
}

/** "2025-2026学年" */
export function academicYearLabel(startYear: number): string {
  return `${startYear}-${startYear + 1}学年`;
}

export interface PeriodSettings {
  readonly academicYearStart: number;
  readonly financeYear: number;
  /** YYYYMMDD */
  readonly snapshotDate: string;
}

/** The range a table of the given period kind covers; a snapshot table covers its single date. */
export function periodRange(kind: PeriodKind, s: PeriodSettings): DateRange {
  switch (kind) {
    case 'academic-year':
      return academicYearRange(s.academicYearStart);
    case 'calendar-year':
      return calendarYearRange(s.financeYear);
    case 'point':
      return { from: s.snapshotDate, to: s.snapshotDate };
  }
}

/** Human-readable period for headers and templates: "2025-09-01 至 2026-08-31" or "时点 2025-09-01". */
export function periodText(kind: PeriodKind, s: PeriodSettings): string {
  const r = periodRange(kind, s);
  const fmt = (d: string) => `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6, 8)}`;
  return kind === 'point' ? `时点 ${fmt(r.from)}` : `${fmt(r.from)} 至 ${fmt(r.to)}`;
}
