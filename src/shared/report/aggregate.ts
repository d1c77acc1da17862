/**
 * A grouped query over one collected table (数据表/图表 from 专业 by 专业大类 with 在校生数): rows grouped by
 * one field's value, counted or summed over another. Blank groups read as （未填）; groups come out in the
 * order of their largest value first, ties by name, so a table reads the same every time.
 */
import type { StoredRow } from '../records/record-types';
import type { AggregateRow } from './data-source';
import type { AggregateQuery } from './live-attrs';

export const BLANK_GROUP = '（未填）';

function groupName(v: unknown): string {
  if (v === null || v === undefined || v === '') return BLANK_GROUP;
  return String(v);
}

function numeric(v: unknown): number {
  const n = typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : NaN;
  return Number.isFinite(n) ? n : 0;
}

export function aggregateRows(rows: readonly StoredRow[], q: AggregateQuery): AggregateRow[] {
  const sums = new Map<string, number>();
  for (const r of rows) {
    const g = groupName(r.values[q.groupBy]);
    const add = q.measure === 'count' ? 1 : numeric(q.field ? r.values[q.field] : undefined);
    sums.set(g, (sums.get(g) ?? 0) + add);
  }
  return [...sums]
    .map(([group, value]) => ({ group, value }))
    .sort((a, b) => b.value - a.value || a.group.localeCompare(b.group, 'zh-CN'));
}
