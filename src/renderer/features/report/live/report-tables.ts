/** The collected tables a report's charts and data tables query, so they are loaded before drawing. */
import { liveSourceSchema } from '../../../../shared/report/live-attrs';
import { walkPm, type PmNode } from '../../../../shared/report/pm-json';

export function queriedTables(docs: readonly PmNode[]): string[] {
  const out = new Set<string>();
  for (const d of docs)
    walkPm(d, (n) => {
      if (n.type !== 'chart' && n.type !== 'dataTable') return;
      const s = liveSourceSchema.safeParse(n.attrs?.source);
      if (s.success && s.data.type === 'aggregate') out.add(s.data.tableCode);
    });
  return [...out];
}
