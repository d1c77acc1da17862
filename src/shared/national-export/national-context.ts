/** What every sheet of the 上报数据包 says about the school, the period and the lock it was read from. */
import type { PeriodKind, TableDef } from '../catalog/catalog-types';
import { academicYearLabel, periodText, type PeriodSettings } from '../workspace/collection-period';
import type { LockCorrection } from '../review/lock-corrections';
import type { LockedSlice } from './locked-year';

export interface LockRef {
  /** ISO timestamp of the lock. */
  readonly at: string;
  readonly by: string;
  /** The 锁定清单's hash. */
  readonly hash: string;
}

export interface NationalContext {
  readonly schoolName: string;
  /** 10-digit 学校标识码, when known. */
  readonly schoolIdentifier: string | null;
  readonly schoolCode: string;
  readonly period: PeriodSettings;
  readonly lock: LockRef;
  /** ISO timestamp of the export. */
  readonly generatedAt: string;
  readonly departmentNames: Readonly<Record<string, string>>;
  /** The 校级更正 the lock recorded (values the office changed after a department handed them over). */
  readonly corrections: readonly LockCorrection[];
}

/** One table of the package: its definition and its locked slices in task order. */
export interface NationalTable {
  readonly table: TableDef;
  readonly slices: readonly LockedSlice[];
  /** tableContentHash of its slices. */
  readonly hash: string;
  /** Level-3 (校级) approvers of its slices. */
  readonly approvers: readonly string[];
  /** The 合理性说明 given for a table with no rows, when any. */
  readonly emptyReason: string | null;
}

export const rowCount = (t: NationalTable): number => t.slices.reduce((n, s) => n + s.rows.length, 0);

/**
 * The period a table covers: the academic year, the finance (calendar) year for the finance tables,
 * or the snapshot date.
 */
export function nationalPeriodText(kind: PeriodKind, p: PeriodSettings): string {
  switch (kind) {
    case 'calendar-year':
      return `${p.financeYear}年（自然年，${periodText(kind, p)}）`;
    case 'academic-year':
      return `${academicYearLabel(p.academicYearStart)}（${periodText(kind, p)}）`;
    case 'point':
      return periodText(kind, p);
  }
}

/** "2026-12-06 14:05" in the export's own time zone. */
export function localStamp(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`;
}

export function departmentList(t: NationalTable, ctx: NationalContext): string {
  return t.slices.map((s) => ctx.departmentNames[s.departmentCode] ?? s.departmentCode).join('、');
}

/** Text for the printable pages (no markup from names or values). */
export const htmlText = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
