/**
 * A slice's row confirmations counted by day, kept beside the slice by the data writer on every write,
 * so 完成情况 knows how current each slice is (row-freshness.ts) without reading its rows: how many rows
 * are 待核实, and how many were last confirmed on each UTC day. Stale at `now` then means confirmed on a
 * day more than the interval before now's day. Small whatever the row count (one entry per day written).
 */
import type { StoredRow } from '../records/record-types';
import { isUnconfirmed } from '../year-close/rollover';

export interface ConfirmationTally {
  /** 待核实 rows (carried from last year, not confirmed this year). */
  readonly unconfirmed: number;
  /** [UTC day 'YYYY-MM-DD', rows last confirmed that day], by day; an unreadable time counts as ''. */
  readonly days: ReadonlyArray<readonly [string, number]>;
}

export const EMPTY_TALLY: ConfirmationTally = { unconfirmed: 0, days: [] };

const ISO_DAY = /^\d{4}-\d{2}-\d{2}/;
const UTC_TIME = /^\d{4}-\d{2}-\d{2}T[\d:.]+Z$/;

/** The UTC day of a stored row's confirmation time ('' when the time cannot be read). */
export function confirmationDay(at: string): string {
  // The writer's own times are UTC ISO strings: their day is their first ten characters.
  if (UTC_TIME.test(at)) return at.slice(0, 10);
  if (!ISO_DAY.test(at)) return '';
  const t = Date.parse(at);
  return Number.isNaN(t) ? '' : new Date(t).toISOString().slice(0, 10);
}

function addRows(unconfirmed: number, days: Map<string, number>, rows: readonly StoredRow[], sign: 1 | -1) {
  let n = unconfirmed;
  // Rows written together share one time: its day is worked out once per run of equal times.
  let lastAt: string | null = null;
  let lastDay = '';
  for (const r of rows) {
    if (isUnconfirmed(r)) {
      n += sign;
      continue;
    }
    if (r.at !== lastAt) {
      lastAt = r.at;
      lastDay = confirmationDay(r.at);
    }
    days.set(lastDay, (days.get(lastDay) ?? 0) + sign);
  }
  return n;
}

function tallyOf(unconfirmed: number, days: ReadonlyMap<string, number>): ConfirmationTally {
  const kept = [...days].filter(([, n]) => n > 0).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return { unconfirmed: Math.max(0, unconfirmed), days: kept };
}

/** The tally of a whole slice's rows. */
export function tallyRows(rows: readonly StoredRow[]): ConfirmationTally {
  const days = new Map<string, number>();
  return tallyOf(addRows(0, days, rows, 1), days);
}

/** The tally after an edit replaced `removed` (old versions and deleted rows) by `added`. */
export function adjustTally(
  tally: ConfirmationTally,
  removed: readonly StoredRow[],
  added: readonly StoredRow[],
): ConfirmationTally {
  const days = new Map(tally.days);
  let n = addRows(tally.unconfirmed, days, removed, -1);
  n = addRows(n, days, added, 1);
  return tallyOf(n, days);
}

const DAY_MS = 86_400_000;

/** The UTC day `days` before the day of `now` (ISO), as 'YYYY-MM-DD' (which compares as text). */
function dayBefore(now: string, days: number): string {
  const today = Date.parse(`${confirmationDay(now)}T00:00:00Z`);
  return new Date(today - days * DAY_MS).toISOString().slice(0, 10);
}

export interface TallyFreshness {
  readonly unconfirmed: number;
  /** Confirmed rows whose day is more than `intervalDays` before now's day. */
  readonly stale: number;
  /** The oldest confirmation day ('YYYY-MM-DD'), or null when no row is confirmed. */
  readonly oldest: string | null;
}

/** How current the tallied rows are at `now` (ISO) against an interval in days (null: never stale). */
export function tallyFreshness(
  tally: ConfirmationTally,
  intervalDays: number | null,
  now: string,
): TallyFreshness {
  const limit = intervalDays === null ? null : dayBefore(now, intervalDays);
  let stale = 0;
  // Days are sorted: the stale ones come first ('' — a time that cannot be read, no confirmation within
  // any interval — sorts before every day).
  for (const [day, n] of tally.days) {
    if (limit === null || day >= limit) break;
    stale += n;
  }
  const oldest = tally.days.find(([day]) => day !== '')?.[0] ?? null;
  return { unconfirmed: tally.unconfirmed, stale, oldest };
}
