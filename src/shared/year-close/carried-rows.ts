/**
 * 待核实 rows: a point-in-time table's rows carried from last year by 新建下一学年 stay 待核实 until the
 * department confirms them unchanged (确认无变化) or edits them; a slice with such rows cannot be
 * submitted, since a reviewer could not tell last year's figures from this year's.
 */
import type { StoredRow } from '../records/record-types';
import { confirmRow, isUnconfirmed } from './rollover';

export function countUnconfirmed(rows: readonly StoredRow[]): number {
  let n = 0;
  for (const r of rows) if (isUnconfirmed(r)) n++;
  return n;
}

/** The rows among `rows` to confirm (`ids` null: every 待核实 row), confirmed by `by` at `at`. */
export function confirmations(
  rows: readonly StoredRow[],
  ids: readonly string[] | null,
  by: string,
  at: string,
): StoredRow[] {
  const wanted = ids === null ? null : new Set(ids);
  return rows
    .filter((r) => isUnconfirmed(r) && (wanted === null || wanted.has(r.id)))
    .map((r) => confirmRow(r, by, at));
}

export const carriedBlockerMessage = (tableCode: string, n: number): string =>
  `${tableCode} 还有 ${n} 行从上一学年结转的数据待核实，不能提交：请在表格中逐行核对，确认无变化或修改后再提交。`;

export const NOTHING_TO_CONFIRM = '所选行中没有待核实的行。';
