/**
 * 更新 (实时采集, docs/ARCHITECTURE.md "Review, freeze and the lock"): a slice handed over upward is
 * frozen; in an open year it is reopened to the filler's draft by one audited 更新 step, so the update
 * goes through review again and travels in the ordinary data bundles. Two ways in:
 * - the filling station, when one of the table's update points is due for its slice (the point passed
 *   and the slice was not written since, and no 更新 answered that point yet);
 * - the office, granting a department's 申请更新 (its decision travels down in the feedback bundle).
 * A locked year is never lowered by an update: the 更新 step is refused there (review-workflow.ts).
 *
 * A station above the filler learns of a filler's 更新 from the history that comes with the updated
 * rows: `incomingUpdate` decides whether that entry reopens its own frozen copy (the point is one of
 * the table's points and has passed here) or refuses the bundle.
 */
import { err, ok, type Result } from '../result';
import type { TaskAssignment } from '../tasks/task-types';
import { normalisedPoints, updateKind, updatePointState } from '../tasks/update-points';
import { UPDATE_FROM } from './review-routing';
import { reviewText } from './review-text';
import type { HistoryEntry, Submission } from './review-types';

const ymd = (p: string): string => `${p.slice(0, 4)}-${p.slice(4, 6)}-${p.slice(6)}`;

export const updateText = {
  notFrozen: (table: string) => `表 ${table} 仍在填报中，可直接修改，无需更新。`,
  submitted: (table: string) => `表 ${table} 已提交部门负责人审核，请由负责人退回后修改，无需更新。`,
  notDue: (table: string) => reviewText.noUpdatePoint(table),
  answered: (table: string, point: string) =>
    `表 ${table} 已按 ${ymd(point)} 的更新点更新过一次；如需再次修改，请提交“申请更新”。`,
  incomingNotDue: (table: string, dept: string) =>
    `数据包中 ${dept} 的表 ${table} 已重新打开更新，但所依据的更新点不是本表已到期的更新点，学校也未同意其申请更新，整个数据包已拒绝。`,
  incomingTwice: (table: string, dept: string, point: string) =>
    `数据包中 ${dept} 的表 ${table} 按 ${ymd(point)} 的更新点更新了不止一次，整个数据包已拒绝。`,
  incomingFuture: (table: string, dept: string, day: string) =>
    `数据包中 ${dept} 的表 ${table} 的更新日期 ${ymd(day)} 晚于本站今天，整个数据包已拒绝。`,
  entryPoint: (point: string) => `依据更新点 ${ymd(point)}`,
  entryOnChange: (day: string) => `发生变化时更新 · 变化日期 ${ymd(day)}`,
  entryGranted: '学校督导室同意申请更新',
  incomingOffice: (table: string, dept: string) =>
    `数据包中 ${dept} 的表 ${table} 带有本站没有作出的学校更新决定，整个数据包已拒绝。`,
} as const;

const isUpdate = (e: HistoryEntry): boolean => e.action === 'update';

/**
 * What an 更新 in a slice's history answered, for the history on 数据审核: the dated update point, the
 * day of a change (a table updated on change: its point is that day), or the office's grant of a
 * 申请更新 (no point). Null for any other entry. A point that is one of the table's dates reads as that
 * point even if the table was later switched to on-change.
 */
export function updateEntryText(e: HistoryEntry, task: TaskAssignment | undefined): string | null {
  if (!isUpdate(e)) return null;
  if (e.point === undefined) return e.actor.station.role === 'office' ? updateText.entryGranted : null;
  if (updateKind(task) === 'on-change' && !(task?.updatePoints ?? []).includes(e.point))
    return updateText.entryOnChange(e.point);
  return updateText.entryPoint(e.point);
}

/**
 * The update point a filling station's 更新 of this slice answers today, or why it may not update.
 * `sliceUpdatedAt` is the slice's last write (ISO) or null; `today` YYYYMMDD local. A table updated on
 * change answers today itself, as often as its facts change.
 */
export function dueUpdatePoint(
  submission: Submission | undefined,
  task: TaskAssignment | undefined,
  sliceUpdatedAt: string | null,
  today: string,
  localDay: (iso: string) => string,
): Result<string, 'not-frozen' | 'no-update-point' | 'locked'> {
  const table = submission?.tableCode ?? task?.tableCode ?? '';
  const state = submission?.state ?? 'draft';
  if (state === 'locked') return err('locked', reviewText.updateLocked(table));
  if (state === 'draft') return err('not-frozen', updateText.notFrozen(table));
  if (!UPDATE_FROM.includes(state)) return err('not-frozen', updateText.submitted(table));
  if (updateKind(task) === 'on-change') return ok(today);
  const s = updatePointState(task?.updatePoints, sliceUpdatedAt, today, localDay);
  if (s.freshness !== 'overdue' || s.last === null) return err('no-update-point', updateText.notDue(table));
  const point = s.last;
  if (submission?.history.some((e) => isUpdate(e) && e.point === point))
    return err('no-update-point', updateText.answered(table, point));
  return ok(point);
}

const sameEntry = (a: HistoryEntry, b: HistoryEntry): boolean =>
  a.at === b.at && a.action === b.action && a.actor.name === b.actor.name && a.actor.role === b.actor.role;

/**
 * What the sender's copy of a slice arriving with its rows does to this station's frozen copy:
 * - `null`: it carries no 更新 this station has not seen (the usual freeze rule decides);
 * - a submission: this station's copy reopened to draft by the sender's 更新, to store before the rows
 *   are written (the entry keeps its actor, so the history says who reopened it and why);
 * - a refusal: the 更新 does not answer one of the table's update points that has passed here, answers
 *   one twice, claims an office decision this station never took, or the year is locked here; for a
 *   table updated on change, its day has not come here yet.
 */
export function incomingUpdate(
  local: Submission | undefined,
  incoming: Submission,
  task: TaskAssignment | undefined,
  today: string,
): Result<Submission | null, 'update-refused'> {
  if (local === undefined || local.state === 'draft') return ok(null);
  const fresh = incoming.history.filter((e) => isUpdate(e) && !local.history.some((l) => sameEntry(l, e)));
  const e = fresh.at(-1);
  if (e === undefined) return ok(null);
  const table = incoming.tableCode;
  const dept = incoming.departmentCode;
  if (local.state === 'locked') return err('update-refused', reviewText.updateLocked(table));
  if (e.actor.station.role === 'office') return err('update-refused', updateText.incomingOffice(table, dept));
  const reopened: Submission = {
    ...local,
    state: 'draft',
    history: [...local.history, { ...e, from: local.state, to: 'draft' }],
  };
  if (updateKind(task) === 'on-change') {
    if (e.point === undefined) return err('update-refused', updateText.incomingNotDue(table, dept));
    // Stations share one calendar; a later day is a forged or misdated entry, not a change yet to come.
    if (e.point > today) return err('update-refused', updateText.incomingFuture(table, dept, e.point));
    return ok(reopened);
  }
  const points = normalisedPoints(task?.updatePoints ?? []);
  if (e.point === undefined || !points.includes(e.point) || e.point > today)
    return err('update-refused', updateText.incomingNotDue(table, dept));
  const point = e.point;
  if (incoming.history.filter((h) => isUpdate(h) && h.point === point).length > 1)
    return err('update-refused', updateText.incomingTwice(table, dept, point));
  return ok(reopened);
}
