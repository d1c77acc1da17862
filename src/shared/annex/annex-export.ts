/**
 * The 附表 node of a report resolved for the exports: a caption, the annex grid as a table and the
 * note naming the data it was read from. Blocks of kinds the .docx and HTML builders already draw.
 */
import type { ReportDataSource } from '../report/data-source';
import type { Block } from '../report/export/export-model';
import { xmlSafe } from '../report/export/export-model';
import { annexTableAttrs } from './annex-node';
import { annexGrid } from './annex-grid';

const para = (text: string, role?: 'tableNote'): Block => ({
  kind: 'paragraph',
  runs: [{ text: xmlSafe(text) }],
  ...(role ? { role } : {}),
});

/**
 * 项目, 单位, the two figure columns, 数据来源: the names and sources get the room; 单位 fits 个/生 and 万元
 * on one line; a figure column holds a number, 未填报 or a dash with its note number.
 */
export const ANNEX_WIDTHS = [34, 10, 15, 15, 26];

export function annexBlocks(attrs: unknown, source: ReportDataSource): Block[] {
  const a = annexTableAttrs.safeParse(attrs);
  if (!a.success) return [];
  const result = source.annexes?.table(a.data.annexId) ?? null;
  if (!result) return [para(`（附表无法生成：附表“${a.data.title || a.data.annexId}”已删除）`)];
  const grid = annexGrid(result);
  return [
    {
      kind: 'table',
      title: xmlSafe(`附表\u3000${grid.title}`),
      widths: ANNEX_WIDTHS,
      centred: [1, 2, 3],
      rows: [
        { header: true, cells: grid.head.map(xmlSafe) },
        ...grid.rows.map((r) => ({ header: false, cells: r.map(xmlSafe) })),
      ],
    },
    ...grid.notes.map((n) => para(n, 'tableNote')),
  ];
}
