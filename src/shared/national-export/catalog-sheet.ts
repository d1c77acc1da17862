/**
 * The 状态数据目录 sheet that opens the workbook: every table with its period, rows, departments and
 * hash, so the platform operator (and the 领导小组) see at a glance what the package holds.
 */
import { PERIOD_LABELS } from '../catalog/catalog-types';
import type { StyleBook } from '../sheets/style-book';
import type { XlsxSheet } from '../sheets/xlsx-stream-writer';
import { emptyTableNote } from './report-checklist';
import {
  departmentList,
  localStamp,
  nationalPeriodText,
  rowCount,
  type NationalContext,
  type NationalTable,
} from './national-context';
import type { NationalStyles } from './national-sheet';
import { listSheet } from './list-sheet';

export const CATALOG_SHEET = '状态数据目录';
export const CATALOG_HEADER = [
  '序号',
  '表代码',
  '表名称',
  '类别',
  '统计时段',
  '行数',
  '填报部门',
  '内容哈希',
  '说明',
];
/** 1-based row of the catalog sheet's column labels (a title and three lines above). */
export const CATALOG_HEADER_ROW = 5;

export function catalogSheet(
  tables: readonly NationalTable[],
  ctx: NationalContext,
  book: StyleBook,
  st: NationalStyles,
): XlsxSheet {
  const school = ctx.schoolIdentifier
    ? `${ctx.schoolName}（学校标识码 ${ctx.schoolIdentifier}）`
    : ctx.schoolName;
  const spec = {
    name: CATALOG_SHEET,
    title: `${CATALOG_SHEET}（上报数据包）`,
    lines: [
      `学校：${school}`,
      `数据来源：全年锁定快照，${localStamp(ctx.lock.at)} 由 ${ctx.lock.by} 锁定；锁定清单哈希 ${ctx.lock.hash}`,
      `导出时间：${localStamp(ctx.generatedAt)}；共 ${tables.length} 张表`,
    ],
    header: CATALOG_HEADER,
    // The 64-digit hash wraps over two lines: the whole list then prints one A4 page wide at a readable size.
    widths: [6, 10, 30, 12, 26, 8, 22, 34, 24],
    numeric: new Set([0, 5]),
    items: tables.map((t, i) => [
      i + 1,
      t.table.code,
      t.table.name,
      t.table.category,
      `${PERIOD_LABELS[t.table.period]}：${nationalPeriodText(t.table.period, ctx.period)}`,
      rowCount(t),
      departmentList(t, ctx),
      t.hash,
      rowCount(t) === 0 ? emptyTableNote(t) : '',
    ]),
  };
  return listSheet(spec, book, st);
}
