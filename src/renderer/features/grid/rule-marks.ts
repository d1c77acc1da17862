/**
 * Row-rule failures of the open table, indexed for the grid: per row the failed rules (for the issue
 * panel), per cell the worst level (for the canvas), and the counts the toolbar adds to its own.
 * High importance is an error (blocks approval), medium and low are warnings (need a 合理性说明).
 *
 * Rows are immutable objects, so a row's result is cached by identity: after an edit only the rows
 * whose object changed are checked again (`updateRuleMarks`); a full pass over 100k rows runs in
 * chunks between frames (`scanChunk`) so opening a table is never held up by its rules.
 */
import type { StoredRow } from '../../../shared/records/record-types';
import type { RuleImportance } from '../../../shared/rules/rule-types';
import type { RowRuleIssue } from '../rules/row-rule-issues';

export type MarkLevel = 'error' | 'warning';

export interface RuleMarkIndex {
  /** Row id → failed rules; rows without failures are absent. Mutated in place. */
  readonly byRow: Map<string, readonly RowRuleIssue[]>;
  /** Row id → field key → worst level of the rules reading that cell. */
  readonly cells: Map<string, Map<string, MarkLevel>>;
  counts: { errors: number; warnings: number };
}

export type RowCheck = (row: StoredRow) => readonly RowRuleIssue[];

const NONE: readonly RowRuleIssue[] = [];

export const levelOf = (importance: RuleImportance): MarkLevel =>
  importance === 'high' ? 'error' : 'warning';

export function emptyRuleMarks(): RuleMarkIndex {
  return { byRow: new Map(), cells: new Map(), counts: { errors: 0, warnings: 0 } };
}

function tally(index: RuleMarkIndex, issues: readonly RowRuleIssue[], sign: 1 | -1): void {
  let { errors, warnings } = index.counts;
  for (const i of issues) {
    if (levelOf(i.importance) === 'error') errors += sign;
    else warnings += sign;
  }
  index.counts = { errors, warnings };
}

function removeRow(index: RuleMarkIndex, id: string): void {
  const old = index.byRow.get(id);
  if (!old) return;
  tally(index, old, -1);
  index.byRow.delete(id);
  index.cells.delete(id);
}

function addRow(index: RuleMarkIndex, id: string, issues: readonly RowRuleIssue[]): void {
  if (issues.length === 0) return;
  index.byRow.set(id, issues);
  tally(index, issues, 1);
  const cells = new Map<string, MarkLevel>();
  for (const i of issues) {
    const level = levelOf(i.importance);
    for (const key of i.fieldKeys) if (cells.get(key) !== 'error') cells.set(key, level);
  }
  if (cells.size > 0) index.cells.set(id, cells);
}

/** A row's failures, checked once per row object (the cache belongs to one ruleset). */
export function cachedCheck(
  cache: WeakMap<StoredRow, readonly RowRuleIssue[]>,
  check: RowCheck,
  row: StoredRow,
): readonly RowRuleIssue[] {
  let issues = cache.get(row);
  if (issues === undefined) {
    const found = check(row);
    issues = found.length === 0 ? NONE : found;
    cache.set(row, issues);
  }
  return issues;
}

/** Adds rows [from, to) of a full pass to `index` (built from empty); returns where the next chunk starts. */
export function scanChunk(
  index: RuleMarkIndex,
  rows: readonly StoredRow[],
  from: number,
  to: number,
  check: (row: StoredRow) => readonly RowRuleIssue[],
): number {
  const end = Math.min(rows.length, to);
  for (let i = from; i < end; i++) {
    const row = rows[i] as StoredRow;
    addRow(index, row.id, check(row));
  }
  return end;
}

/**
 * After an edit that kept the row count (typing, paste over rows, fill, clear): re-checks the rows
 * whose object changed. Returns false when the row count changed, so the caller runs a full pass.
 */
export function updateRuleMarks(
  index: RuleMarkIndex,
  before: readonly StoredRow[],
  after: readonly StoredRow[],
  check: (row: StoredRow) => readonly RowRuleIssue[],
): boolean {
  if (before.length !== after.length) return false;
  for (let i = 0; i < after.length; i++) {
    const row = after[i] as StoredRow;
    const old = before[i] as StoredRow;
    if (row === old) continue;
    removeRow(index, old.id);
    removeRow(index, row.id);
    addRow(index, row.id, check(row));
  }
  return true;
}
