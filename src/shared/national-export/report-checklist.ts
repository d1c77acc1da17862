/**
 * The 上报核对单: what the package holds, table by table — rows, departments, who approved it at school
 * level, its content hash — and why a table has no rows. Written as a sheet and as a printable page,
 * so the 领导小组 can sign the paper copy that goes with the upload.
 */
import type { StyleBook } from '../sheets/style-book';
import type { XlsxSheet } from '../sheets/xlsx-stream-writer';
import { EXPORT_MESSAGES as M } from './export-messages';
import { correctionsHtml, correctionsLine } from './corrections-sheet';
import {
  departmentList,
  htmlText,
  localStamp,
  rowCount,
  type NationalContext,
  type NationalTable,
} from './national-context';
import type { NationalStyles } from './national-sheet';
import { listSheet } from './list-sheet';

export const CHECKLIST_SHEET = '上报核对单';
export const CHECKLIST_HEADER = [
  '序号',
  '表代码',
  '表名称',
  '行数',
  '填报部门',
  '校级审核人',
  '内容哈希',
  '说明',
];

/** Why a table holds no rows: not defined yet, or the 合理性说明 given for it. */
export function emptyTableNote(t: NationalTable): string {
  if (t.table.status === 'pending') return M.pendingTable;
  return t.emptyReason ? `本年度无数据：${t.emptyReason}` : M.emptyNoReason;
}

export interface ChecklistLine {
  readonly code: string;
  readonly name: string;
  readonly rows: number;
  readonly departments: string;
  readonly approvers: string;
  readonly hash: string;
  readonly note: string;
}

export function checklistLines(tables: readonly NationalTable[], ctx: NationalContext): ChecklistLine[] {
  return tables.map((t) => ({
    code: t.table.code,
    name: t.table.name,
    rows: rowCount(t),
    departments: departmentList(t, ctx),
    approvers: t.approvers.join('、'),
    hash: t.hash,
    note: rowCount(t) === 0 ? emptyTableNote(t) : '',
  }));
}

function headLines(tables: readonly NationalTable[], ctx: NationalContext): string[] {
  const total = tables.reduce((n, t) => n + rowCount(t), 0);
  const empty = tables.filter((t) => rowCount(t) === 0).length;
  return [
    `学校：${ctx.schoolName}${ctx.schoolIdentifier ? `（学校标识码 ${ctx.schoolIdentifier}）` : ''}`,
    `锁定：${localStamp(ctx.lock.at)}，锁定人 ${ctx.lock.by}；锁定清单哈希 ${ctx.lock.hash}`,
    correctionsLine(ctx),
    `共 ${tables.length} 张表、${total} 行；无数据的表 ${empty} 张。导出时间 ${localStamp(ctx.generatedAt)}`,
  ];
}

export function checklistSheet(
  tables: readonly NationalTable[],
  ctx: NationalContext,
  book: StyleBook,
  st: NationalStyles,
): XlsxSheet {
  const spec = {
    name: CHECKLIST_SHEET,
    title: CHECKLIST_SHEET,
    lines: headLines(tables, ctx),
    header: CHECKLIST_HEADER,
    widths: [6, 10, 30, 8, 24, 14, 34, 30],
    numeric: new Set([0, 3]),
    items: checklistLines(tables, ctx).map((l, i) => [
      i + 1,
      l.code,
      l.name,
      l.rows,
      l.departments,
      l.approvers,
      l.hash,
      l.note,
    ]),
    footer: [[], ['领导小组负责人签字：', '', '', '', '日期：']],
  };
  return listSheet(spec, book, st);
}

const esc = htmlText;

/** A self-contained printable page (A4 landscape, no scripts, no external resources). */
export function checklistHtml(tables: readonly NationalTable[], ctx: NationalContext): string {
  const rows = checklistLines(tables, ctx)
    .map(
      (l, i) =>
        `<tr><td>${i + 1}</td><td>${esc(l.code)}</td><td>${esc(l.name)}</td><td class="n">${l.rows}</td>` +
        `<td>${esc(l.departments)}</td><td>${esc(l.approvers)}</td><td class="h">${esc(l.hash)}</td><td>${esc(l.note)}</td></tr>`,
    )
    .join('');
  return (
    '<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">' +
    `<title>${CHECKLIST_SHEET}</title><style>` +
    '@page{size:A4 landscape;margin:12mm}body{font-family:"Noto Sans CJK SC","Microsoft YaHei",sans-serif;font-size:11px}' +
    'h1{font-size:18px;margin:0 0 6px}p{margin:2px 0}table{border-collapse:collapse;width:100%;margin-top:8px}' +
    'th,td{border:1px solid #999;padding:3px 5px;vertical-align:top}th{background:#e8eef7}thead{display:table-header-group}' +
    '.n{text-align:right}.h{font-family:monospace;font-size:9px;word-break:break-all;width:16em}.sign{margin-top:24px}' +
    '</style></head><body>' +
    `<h1>${CHECKLIST_SHEET}</h1>${headLines(tables, ctx)
      .map((l) => `<p>${esc(l)}</p>`)
      .join('')}` +
    `<table><thead><tr>${CHECKLIST_HEADER.map((h) => `<th>${h}</th>`).join('')}</tr></thead><tbody>${rows}</tbody></table>` +
    correctionsHtml(tables, ctx) +
    '<p class="sign">领导小组负责人签字：＿＿＿＿＿＿＿＿＿＿\u3000\u3000日期：＿＿＿＿＿＿＿＿</p></body></html>'
  );
}
