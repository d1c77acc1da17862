/**
 * Expected refusals of the data writer. Thrown *inside* a transaction to abort it (so nothing is
 * written), and turned into a Result value with a Chinese message at the writer's edge.
 */
export type WriteErrorCode =
  | 'workspace-exists'
  | 'workspace-not-found'
  | 'catalog-version-conflict'
  | 'row-not-found'
  | 'duplicate-row-id'
  | 'storage-full'
  // A row write to a slice that is handed over, approved or in a locked year (slice-gate.ts).
  | 'slice-frozen'
  // A restore that would undo review decisions or the year lock (backup-restore.ts).
  | 'restore-refused'
  // Review feature (review-writes.ts): a refused review step, a stale ruleset save.
  | 'review-refused'
  | 'ruleset-version-conflict'
  // Bundle exchange (bundle-writes.ts): a merge raced by another import, a receipt for an unknown bundle.
  | 'bundle-refused'
  // Spreadsheet import (import-writes.ts): undecodable rows, append onto keys already stored.
  | 'import-refused'
  // Annual report (report-writes.ts): a stale chapter save, invalid content, 终稿 with blocking findings.
  | 'report-refused'
  // Core-data analysis (analysis-writes.ts): invalid or stale indicators/standards, a refused 整改 step.
  | 'analysis-refused'
  // 新建下一学年 (rollover-writes.ts): last year not locked, next year already there.
  | 'rollover-refused'
  // 确认无变化 with no 待核实 row among those named (carried-writes.ts).
  | 'nothing-to-confirm'
  // Annexes and the enterprise roster and rotation (annex-writes.ts).
  | 'annex-refused'
  // 校级更正 (correction-writes.ts): not the office's, the cell no longer holds the old value, a changed repeat.
  | 'correction-refused'
  // 任务分配 by someone the rule does not let assign that table (task-gate.ts).
  | 'tasks-refused';

export class WriteRejected extends Error {
  constructor(
    readonly code: WriteErrorCode,
    message: string,
  ) {
    super(message);
  }
}
