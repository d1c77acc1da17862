/**
 * Freshness per row (实时采集, docs/ARCHITECTURE.md): every row carries who last confirmed it and when —
 * an edit, an import or 确认无变化 all count; a row carried from last year by the rollover counts only
 * once the department confirms or edits it (until then it is 待核实 and has no confirmation this year).
 * A table with update points has an update interval (the longest gap between its points, a year for one
 * point); a row not confirmed within that interval is stale, and the completeness matrix counts them.
 */
import type { StoredRow } from '../records/record-types';
import { isUnconfirmed } from '../year-close/rollover';
import { normalisedPoints } from './update-points';

const DAY_MS = 86_400_000;
const YEAR_DAYS = 365;

export interface RowConfirmation {
  /** ISO time of the last confirmation, or null while the row is 待核实. */
  readonly at: string | null;
  readonly by: string | null;
}

export function rowConfirmation(row: StoredRow): RowConfirmation {
  return isUnconfirmed(row) ? { at: null, by: null } : { at: row.at, by: row.by };
}

const dayNumber = (yyyymmdd: string): number =>
  Date.UTC(Number(yyyymmdd.slice(0, 4)), Number(yyyymmdd.slice(4, 6)) - 1, Number(yyyymmdd.slice(6))) /
  DAY_MS;

/**
 * The table's update interval in days: the longest gap between consecutive update points, counting the
 * gap from the last point round to the first one a year later; null without points (collected once a
 * year, no freshness to keep).
 */
export function updateIntervalDays(points: readonly string[] | undefined): number | null {
  const sorted = normalisedPoints(points ?? []);
  if (sorted.length === 0) return null;
  const days = sorted.map(dayNumber);
  let longest = days[0]! + YEAR_DAYS - days[days.length - 1]!;
  for (let i = 1; i < days.length; i++) longest = Math.max(longest, days[i]! - days[i - 1]!);
  return longest;
}

export interface SliceFreshness {
  readonly rows: number;
  /** 待核实 rows (carried, never confirmed this year). */
  readonly unconfirmed: number;
  /** Confirmed rows whose last confirmation is older than the interval. */
  readonly stale: number;
  /** The oldest confirmation among the rows, or null when none is confirmed. */
  readonly oldest: string | null;
}

/** How current a slice's rows are at `now` (ISO) against an interval in days (null: never stale). */
export function sliceFreshness(
  rows: readonly StoredRow[],
  intervalDays: number | null,
  now: string,
): SliceFreshness {
  const limit = intervalDays === null ? null : Date.parse(now) - intervalDays * DAY_MS;
  let unconfirmed = 0;
  let stale = 0;
  let oldest: string | null = null;
  for (const r of rows) {
    if (isUnconfirmed(r)) {
      unconfirmed++;
      continue;
    }
    if (oldest === null || r.at < oldest) oldest = r.at;
    if (limit !== null && Date.parse(r.at) < limit) stale++;
  }
  return { rows: rows.length, unconfirmed, stale, oldest };
}

/** Rows the matrix flags: stale or still 待核实 (both unconfirmed for longer than the interval allows). */
export const needsConfirmation = (f: SliceFreshness): number => f.stale + f.unconfirmed;
