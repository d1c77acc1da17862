/**
 * The enterprise report's live table (企业数据表): the rows of one collected table that name the enterprise.
 * It holds the query — the table and the names to match — never the rows; it is drawn from the current data.
 */
import { z } from 'zod';
import type { ReportDataSource } from '../report/data-source';
import type { Block } from '../report/export/export-model';
import { xmlSafe } from '../report/export/export-model';

export const enterpriseTableAttrs = z.object({
  tableCode: z.string().min(1).max(20),
  names: z.array(z.string().min(1).max(100)).min(1).max(20),
  title: z.string().max(200).default(''),
});
export type EnterpriseTableAttrs = z.infer<typeof enterpriseTableAttrs>;

const para = (text: string, bold = false): Block => ({
  kind: 'paragraph',
  runs: [{ text: xmlSafe(text), ...(bold ? { bold: true } : {}) }],
});

/** The node resolved for the .docx and HTML exports: its title and the matching rows as a table. */
export function enterpriseTableBlocks(attrs: unknown, source: ReportDataSource): Block[] {
  const a = enterpriseTableAttrs.safeParse(attrs);
  if (!a.success) return [];
  const r = source.annexes?.enterpriseRows?.(a.data.tableCode, a.data.names) ?? {
    ok: false as const,
    reason: '企业数据不可用',
  };
  const title = a.data.title || a.data.tableCode;
  if (!r.ok) return [para(title, true), para(`（企业数据表无法生成：${r.reason}）`)];
  return [
    {
      kind: 'table',
      title: xmlSafe(title),
      rows: [
        { header: true, cells: r.head.map(xmlSafe) },
        ...r.rows.map((cells) => ({ header: false, cells: cells.map(xmlSafe) })),
      ],
    },
    { kind: 'paragraph', role: 'tableNote', runs: [{ text: xmlSafe(`数据来源：${source.snapshot.label}`) }] },
  ];
}
