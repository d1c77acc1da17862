/**
 * What a cell's note says: the reviewer's pinned comment, the failed rules that read the cell, and —
 * while the cell is still empty — the value a spreadsheet import could not read there.
 */
import type { CellValue } from '../../../shared/records/record-types';
import type { Justification } from '../../../shared/review/review-types';
import type { RowRuleIssue } from '../rules/row-rule-issues';
import type { ExtrasState } from './grid-extras';
import type { GridState } from './grid-store';
import { storedIndex } from './model/cell-writes';
import type { PinnedComment } from './pinned-comments';
import { T } from './texts';

export interface CellNotes {
  readonly comment: PinnedComment | null;
  readonly rules: readonly RowRuleIssue[];
  readonly dropped: Justification | null;
}

/** The notes of a view cell, or null when it has none (the common case: two map lookups). */
export function cellNotes(s: GridState, x: ExtrasState, col: number, viewRow: number): CellNotes | null {
  const column = s.columns[col];
  if (column?.kind !== 'field') return null;
  const row = s.rows[storedIndex(s.view, viewRow)];
  if (!row) return null;
  const key = column.field.key;
  const comment = x.comments.cells.get(row.id)?.get(key) ?? null;
  const failed = x.ruleMarks.cells.get(row.id)?.has(key)
    ? (x.ruleMarks.byRow.get(row.id) ?? []).filter((i) => i.fieldKeys.includes(key))
    : [];
  const value = row.values[key];
  // Once the clerk fills the cell, the import's note has done its job.
  const dropped =
    value === undefined || value === null || value === ''
      ? (x.droppedNotes.get(row.id)?.get(key) ?? null)
      : null;
  return comment || failed.length > 0 || dropped ? { comment, rules: failed, dropped } : null;
}

export function valueLabel(v: CellValue | undefined): string {
  if (v === undefined) return T.rowDeleted;
  if (v === null || v === '') return T.emptyOption;
  if (typeof v === 'boolean') return v ? T.booleanYes : T.booleanNo;
  return String(v);
}
