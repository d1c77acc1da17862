/**
 * The 附表 node of a report resolved for the exports: a caption, the annex grid as a table and the
 * note naming the data it was read from. Blocks of kinds the .docx and HTML builders already draw.
 */
import type { ReportDataSource } from '../report/data-source';
import type { Block } from '../report/export/export-model';
import { xmlSafe } from '../report/export/export-model';
import { annexTableAttrs } from './annex-node';
import { annexGrid } from './annex-grid';

const para = (text: string, bold = false): Block => ({
  kind: 'paragraph',
  runs: [{ text: xmlSafe(text), ...(bold ? { bold: true } : {}) }],
});

export function annexBlocks(attrs: unknown, source: ReportDataSource): Block[] {
  const a = annexTableAttrs.safeParse(attrs);
  if (!a.success) return [];
  const result = source.annexes?.table(a.data.annexId) ?? null;
  if (!result) return [para(`（附表无法生成：附表“${a.data.title || a.data.annexId}”已删除）`)];
  const grid = annexGrid(result);
  return [
    para(`附表\u3000${grid.title}`, true),
    {
      kind: 'table',
      rows: [
        { header: true, cells: grid.head.map(xmlSafe) },
        ...grid.rows.map((r) => ({ header: false, cells: r.map(xmlSafe) })),
      ],
    },
    ...(grid.note ? [para(grid.note)] : []),
  ];
}
