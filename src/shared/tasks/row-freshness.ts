/**
 * Freshness per row (实时采集, docs/ARCHITECTURE.md): every row carries who last confirmed it and when —
 * an edit, an import or 确认无变化 all count; a row carried from last year by the rollover counts only
 * once the department confirms or edits it (until then it is 待核实 and has no confirmation this year).
 * A table with update points has an update interval (the longest gap between its points, a year for one
 * point); a row not confirmed within that interval (counted in whole UTC days) is stale, and the
 * completeness matrix counts them.
 */
import type { StoredRow } from '../records/record-types';
import { isUnconfirmed } from '../year-close/rollover';
import type { TaskAssignment } from './task-types';
import { normalisedPoints } from './update-points';
import { tallyFreshness, tallyRows, type ConfirmationTally, type TallyFreshness } from './confirmation-tally';

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

export interface SliceFreshness extends TallyFreshness {
  readonly rows: number;
}

/**
 * How current a slice is at `now` (ISO) against an interval in days (null: never stale), from the tally
 * the writer keeps beside it (confirmation-tally.ts): no row is read.
 */
export function freshnessOfTally(
  tally: ConfirmationTally,
  rowCount: number,
  intervalDays: number | null,
  now: string,
): SliceFreshness {
  return { rows: rowCount, ...tallyFreshness(tally, intervalDays, now) };
}

/** The same, counted from the rows themselves (a slice stored before the writer kept a tally). */
export function sliceFreshness(
  rows: readonly StoredRow[],
  intervalDays: number | null,
  now: string,
): SliceFreshness {
  return freshnessOfTally(tallyRows(rows), rows.length, intervalDays, now);
}

/** A slice as its summary holds it: enough to know its freshness without its rows. */
export interface SliceTallyView {
  readonly tableCode: string;
  readonly departmentCode: string;
  readonly rowCount: number;
  readonly confirmations?: ConfirmationTally;
}

export interface FreshnessEntry extends SliceFreshness {
  readonly intervalDays: number;
}

export interface FreshnessPlan<S extends SliceTallyView> {
  /** By `freshnessKey`: the slices whose summary holds a tally. */
  readonly known: ReadonlyMap<string, FreshnessEntry>;
  /** Slices of tables with an interval but no tally yet, with that interval: their rows must be read. */
  readonly untallied: ReadonlyArray<readonly [S, number]>;
}

export const freshnessKey = (tableCode: string, departmentCode: string) => `${tableCode}|${departmentCode}`;

/**
 * The freshness of every slice of a table with update points, from the slice summaries alone; a table
 * collected once a year or updated on change has no interval, so none of its slices is listed.
 */
export function planFreshness<S extends SliceTallyView>(
  tasks: ReadonlyArray<Pick<TaskAssignment, 'tableCode' | 'updatePoints'>>,
  slices: readonly S[],
  now: string,
): FreshnessPlan<S> {
  const intervals = new Map<string, number>();
  for (const task of tasks) {
    const days = updateIntervalDays(task.updatePoints);
    if (days !== null) intervals.set(task.tableCode, days);
  }
  const known = new Map<string, FreshnessEntry>();
  const untallied: Array<readonly [S, number]> = [];
  for (const s of slices) {
    const intervalDays = intervals.get(s.tableCode);
    if (intervalDays === undefined) continue;
    if (s.confirmations === undefined) untallied.push([s, intervalDays]);
    else
      known.set(freshnessKey(s.tableCode, s.departmentCode), {
        ...freshnessOfTally(s.confirmations, s.rowCount, intervalDays, now),
        intervalDays,
      });
  }
  return { known, untallied };
}

/** Rows the matrix flags: stale or still 待核实 (both unconfirmed for longer than the interval allows). */
export const needsConfirmation = (f: SliceFreshness): number => f.stale + f.unconfirmed;
