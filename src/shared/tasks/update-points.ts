/**
 * 实时采集 update points: besides the annual collection, the office names the dates by which a table
 * must be brought up to date during the year (招生 after registration, 就业 by 8月31日). A table is
 * 已过期 when the last update point has passed and the department has not updated the table since;
 * 我的任务 shows the next point and the missed one (docs/domain.md).
 *
 * The other kind is 发生变化时 (on change, e.g. a teacher hired or leaving): no dates, the department
 * updates whenever the fact changes, so the table is never 已过期 and the screens show its last update.
 */
import type { TaskAssignment } from './task-types';

export const MAX_UPDATE_POINTS = 12;

/** How a table is kept current during the year: not at all, by dated points, or when its facts change. */
export type UpdateKind = 'none' | 'dates' | 'on-change';

export function updateKind(
  task: Pick<TaskAssignment, 'updatePoints' | 'updateOnChange'> | undefined,
): UpdateKind {
  if (task?.updateOnChange === true) return 'on-change';
  return (task?.updatePoints?.length ?? 0) > 0 ? 'dates' : 'none';
}

export type UpdateFreshness = 'none' | 'current' | 'overdue';

export interface UpdatePointState {
  /** The latest point on or before today, if any. */
  readonly last: string | null;
  /** The first point after today, if any. */
  readonly next: string | null;
  /** 'overdue' when `last` passed and the table was not updated on or after it. */
  readonly freshness: UpdateFreshness;
}

/** Points sorted and without duplicates (what the matrix stores). */
export const normalisedPoints = (points: readonly string[]): string[] => [...new Set(points)].sort();

/**
 * Where a table stands against its update points. `updatedAt` is the slice's last write (ISO) or null;
 * `today` YYYYMMDD in local time; dates compare as YYYYMMDD, so an update on the point's day counts.
 */
export function updatePointState(
  points: readonly string[] | undefined,
  updatedAt: string | null,
  today: string,
  localDay: (iso: string) => string,
): UpdatePointState {
  const sorted = normalisedPoints(points ?? []);
  if (sorted.length === 0) return { last: null, next: null, freshness: 'none' };
  const last = sorted.filter((p) => p <= today).at(-1) ?? null;
  const next = sorted.find((p) => p > today) ?? null;
  if (last === null) return { last, next, freshness: 'current' };
  const fresh = updatedAt !== null && localDay(updatedAt) >= last;
  return { last, next, freshness: fresh ? 'current' : 'overdue' };
}

/**
 * Why a task's update points cannot be saved, or null: at most 12, each inside the collection period,
 * and none on a table updated when its facts change (its updates have no dates to keep).
 */
export function updatePointsProblem(
  points: readonly string[],
  period: { readonly from: string; readonly to: string },
  onChange = false,
): string | null {
  if (onChange && points.length > 0) return '「发生变化时」更新的表不另设日期更新点。';
  if (points.length > MAX_UPDATE_POINTS) return `更新点最多 ${MAX_UPDATE_POINTS} 个。`;
  const outside = points.find((p) => p < period.from || p > period.to);
  return outside === undefined
    ? null
    : `更新点 ${outside.slice(0, 4)}-${outside.slice(4, 6)}-${outside.slice(6)} 不在本学年的统计时段内。`;
}
