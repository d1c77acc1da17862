/**
 * The order of the import's problem list: what blocks the import first, then what must be filled
 * (必填为空), then hints, then what was fixed on the way (已处理); within each, by sheet and row as the
 * file has them, then by column. A person fixes the file from the top of the list.
 */
import type { ImportIssue } from './import-issues';

function rank(i: ImportIssue): number {
  if (i.blocking) return 0;
  if (i.severity === 'error') return 1;
  return i.severity === 'warning' ? 2 : 3;
}

/** A sorted copy; the input is left as it is. */
export function sortIssues(issues: readonly ImportIssue[]): ImportIssue[] {
  const sheetOrder = new Map<string, number>();
  for (const i of issues) if (!sheetOrder.has(i.sheet)) sheetOrder.set(i.sheet, sheetOrder.size);
  return [...issues].sort(
    (a, b) =>
      rank(a) - rank(b) ||
      (sheetOrder.get(a.sheet) ?? 0) - (sheetOrder.get(b.sheet) ?? 0) ||
      a.row - b.row ||
      a.column.length - b.column.length ||
      a.column.localeCompare(b.column),
  );
}
