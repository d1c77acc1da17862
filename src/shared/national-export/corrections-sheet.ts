/**
 * The 校级更正 the lock recorded, as the 上报核对单 lists them: every value the office changed in a
 * department's slice after it was handed over (table, department, row, field, old → new, who, when,
 * why), so what the 领导小组 signs shows what is not the department's own figure (docs/SECURITY.md R12).
 */
import type { LockCorrection } from '../review/lock-corrections';
import type { StyleBook } from '../sheets/style-book';
import type { XlsxSheet } from '../sheets/xlsx-stream-writer';
import { listSheet } from './list-sheet';
import { htmlText, localStamp, type NationalContext, type NationalTable } from './national-context';
import type { NationalStyles } from './national-sheet';

export const CORRECTIONS_SHEET = '校级更正';
export const CORRECTIONS_HEADER = [
  '序号',
  '表代码',
  '填报部门',
  '行',
  '字段',
  '原值',
  '更正后',
  '更正人',
  '更正时间',
  '更正原因',
];

export interface CorrectionRow {
  readonly table: string;
  readonly department: string;
  /** "第 3 行" in the frozen slice, or the row id when the row is not in it. */
  readonly row: string;
  readonly field: string;
  readonly oldValue: string;
  readonly newValue: string;
  readonly by: string;
  readonly at: string;
  readonly reason: string;
}

const shown = (v: LockCorrection['oldValue']): string => (v === null || v === '' ? '（空）' : String(v));

function rowText(c: LockCorrection, table: NationalTable | undefined): string {
  if (c.rowId === null) return '—';
  const slice = table?.slices.find((s) => s.departmentCode === c.departmentCode);
  const i = slice?.rows.findIndex((r) => r.id === c.rowId) ?? -1;
  return i >= 0 ? `第 ${i + 1} 行` : c.rowId;
}

export function correctionRows(tables: readonly NationalTable[], ctx: NationalContext): CorrectionRow[] {
  return ctx.corrections.map((c) => {
    const table = tables.find((t) => t.table.code === c.tableCode);
    return {
      table: c.tableCode,
      department: ctx.departmentNames[c.departmentCode] ?? c.departmentCode,
      row: rowText(c, table),
      field: table?.table.fields.find((f) => f.key === c.field)?.label ?? c.field,
      oldValue: shown(c.oldValue),
      newValue: shown(c.newValue),
      by: c.by,
      at: localStamp(c.at),
      reason: c.reason,
    };
  });
}

/** The 核对单's line about corrections. */
export function correctionsLine(ctx: NationalContext): string {
  const n = ctx.corrections.length;
  return n === 0
    ? '校级更正：无（各表数据均为部门报送并经审核的原值）。'
    : `校级更正：共 ${n} 处（部门报送后由学校督导室更正的值，见“${CORRECTIONS_SHEET}”）。`;
}

const cells = (r: CorrectionRow, i: number) => [
  i + 1,
  r.table,
  r.department,
  r.row,
  r.field,
  r.oldValue,
  r.newValue,
  r.by,
  r.at,
  r.reason,
];

export function correctionsSheet(
  tables: readonly NationalTable[],
  ctx: NationalContext,
  book: StyleBook,
  st: NationalStyles,
): XlsxSheet {
  return listSheet(
    {
      name: CORRECTIONS_SHEET,
      title: CORRECTIONS_SHEET,
      lines: [`锁定清单哈希 ${ctx.lock.hash}`, correctionsLine(ctx)],
      header: CORRECTIONS_HEADER,
      widths: [6, 10, 16, 10, 16, 18, 18, 10, 16, 30],
      numeric: new Set([0]),
      items: correctionRows(tables, ctx).map(cells),
    },
    book,
    st,
  );
}

/** The printable page's corrections table (empty string when there are none). */
export function correctionsHtml(tables: readonly NationalTable[], ctx: NationalContext): string {
  if (ctx.corrections.length === 0) return '';
  const rows = correctionRows(tables, ctx)
    .map(
      (r, i) =>
        `<tr>${cells(r, i)
          .map((v) => `<td>${htmlText(String(v))}</td>`)
          .join('')}</tr>`,
    )
    .join('');
  return (
    `<h2>${CORRECTIONS_SHEET}</h2>` +
    `<table><thead><tr>${CORRECTIONS_HEADER.map((h) => `<th>${h}</th>`).join('')}</tr></thead><tbody>${rows}</tbody></table>`
  );
}
