/**
 * What restoring an archive would undo in the review (docs/ARCHITECTURE.md, "Review, freeze and the
 * lock"): a backup or year archive may bring back older rows, but never an older review state or an
 * unlocked year. A slice is undone when this station's copy holds a decision (submit, approval,
 * return, lock …) that the archive's copy lacks — whatever the order of the states, since a return goes
 * back to draft. Only the office's audited reopen makes a slice writable again, never a restore.
 */
import { listForMessage, REVIEW_STATE_LABELS } from './review-text';
import type { HistoryEntry, ReviewState, Submission } from './review-types';

export interface ReviewRollback {
  readonly tableCode: string;
  readonly departmentCode: string;
  readonly current: ReviewState;
  /** null: the archive has no review record for the slice. */
  readonly archived: ReviewState | null;
}

type Copy = Pick<Submission, 'departmentCode' | 'tableCode' | 'state' | 'history'>;

const sameEntry = (a: HistoryEntry, b: HistoryEntry): boolean =>
  a.at === b.at &&
  a.action === b.action &&
  a.actor.name === b.actor.name &&
  a.actor.role === b.actor.role &&
  a.level === b.level;

/** Whether `later` holds every decision of `earlier`, in order (it may hold more after them). */
export function historyExtends(later: readonly HistoryEntry[], earlier: readonly HistoryEntry[]): boolean {
  if (later.length < earlier.length) return false;
  return earlier.every((e, i) => sameEntry(e, later[i] as HistoryEntry));
}

/** The slices whose review the archive would roll back, in table then department order. */
export function reviewRollbacks(current: readonly Copy[], archived: readonly Copy[]): ReviewRollback[] {
  const key = (s: Copy) => `${s.tableCode}|${s.departmentCode}`;
  const byKey = new Map(archived.map((s) => [key(s), s]));
  const out: ReviewRollback[] = [];
  for (const s of current) {
    if (s.history.length === 0) continue;
    const a = byKey.get(key(s));
    if (a && historyExtends(a.history, s.history)) continue;
    out.push({
      tableCode: s.tableCode,
      departmentCode: s.departmentCode,
      current: s.state,
      archived: a?.state ?? null,
    });
  }
  return out.sort(
    (x, y) => x.tableCode.localeCompare(y.tableCode) || x.departmentCode.localeCompare(y.departmentCode),
  );
}

/** The refusal naming what the restore would undo. */
export function rollbackMessage(rollbacks: readonly ReviewRollback[]): string {
  const items = rollbacks.map(
    (r) =>
      `${r.tableCode}/${r.departmentCode}（${REVIEW_STATE_LABELS[r.current]} → ${r.archived ? REVIEW_STATE_LABELS[r.archived] : '无审核记录'}）`,
  );
  return `该存档早于本站的审核进度，恢复会撤销 ${rollbacks.length} 张表的审核状态或年度锁定：${listForMessage(items)}。未恢复任何内容；如确需更改已报送或已锁定的数据，请由督导室退回或解除锁定。`;
}
