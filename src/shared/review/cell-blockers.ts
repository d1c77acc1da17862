/**
 * Cell errors that keep a slice from being submitted or approved: values the field's type or format
 * rejects (kept as typed, shown in red) and required cells left empty. The data writer runs this over
 * the stored rows inside the review transaction, so no screen can hand over a table with errors.
 */
import type { TableDef } from '../catalog/catalog-types';
import type { StoredRow } from '../records/record-types';
import { validateRow } from '../values/validate-row';
import { blankCellKey } from './blank-notes';
import { listForMessage } from './review-text';

export interface CellBlocker {
  /** 1-based, in stored row order (what the grid shows unsorted). */
  readonly row: number;
  readonly rowId: string;
  readonly fieldKey: string;
  readonly message: string;
}

export interface CellBlockers {
  readonly typeErrors: number;
  /** Required cells left empty without a 留空说明. */
  readonly requiredEmpty: number;
  /** Required cells left empty with a 留空说明 (they do not block). */
  readonly explainedEmpty: number;
  /** The first few, to name in a refusal and to jump to. */
  readonly first: readonly CellBlocker[];
}

const FIRST_MAX = 5;

export function cellBlockers(
  table: TableDef,
  rows: readonly StoredRow[],
  explained: ReadonlyMap<string, unknown> = new Map(),
): CellBlockers {
  let typeErrors = 0;
  let requiredEmpty = 0;
  let explainedEmpty = 0;
  const first: CellBlocker[] = [];
  rows.forEach((r, i) => {
    for (const [fieldKey, issue] of validateRow(table, r.values)) {
      if (issue.severity !== 'error') continue;
      if (issue.code === 'required' && explained.has(blankCellKey(r.id, fieldKey))) {
        explainedEmpty++;
        continue;
      }
      if (issue.code === 'required') requiredEmpty++;
      else typeErrors++;
      if (first.length < FIRST_MAX) first.push({ row: i + 1, rowId: r.id, fieldKey, message: issue.message });
    }
  });
  return { typeErrors, requiredEmpty, explainedEmpty, first };
}

/** The refusal of a submit or approval while cell errors remain, or null when there are none. */
export function cellBlockerMessage(
  tableCode: string,
  b: CellBlockers,
  action: '提交' | '审核通过',
): string | null {
  if (b.typeErrors === 0 && b.requiredEmpty === 0) return null;
  const counts = [
    b.typeErrors > 0 ? `${b.typeErrors} 个单元格类型或格式错误` : '',
    b.requiredEmpty > 0 ? `${b.requiredEmpty} 个必填单元格未填写` : '',
  ].filter(Boolean);
  const where = listForMessage(b.first.map((c) => `第 ${c.row} 行：${c.message}`));
  return `表 ${tableCode} 有 ${counts.join('、')}，不能${action}；请先修正：${where}`;
}

/**
 * The first cell in error and the first empty required cell, in stored row order. Called only when the
 * counts say there is one, and it stops as soon as both are found.
 */
export function firstBlockedCells(
  table: TableDef,
  rows: readonly StoredRow[],
  want: { readonly error: boolean; readonly required: boolean },
  explained: ReadonlyMap<string, unknown> = new Map(),
): { firstError?: { rowId: string; fieldKey: string }; firstRequired?: { rowId: string; fieldKey: string } } {
  let firstError: { rowId: string; fieldKey: string } | undefined;
  let firstRequired: { rowId: string; fieldKey: string } | undefined;
  for (const r of rows) {
    if ((!want.error || firstError) && (!want.required || firstRequired)) break;
    for (const [fieldKey, issue] of validateRow(table, r.values)) {
      if (issue.severity !== 'error') continue;
      if (issue.code === 'required') {
        if (!explained.has(blankCellKey(r.id, fieldKey))) firstRequired ??= { rowId: r.id, fieldKey };
      } else firstError ??= { rowId: r.id, fieldKey };
    }
  }
  return {
    ...(want.error && firstError ? { firstError } : {}),
    ...(want.required && firstRequired ? { firstRequired } : {}),
  };
}
