/**
 * The small mark beside a live value, table or chart saying what its numbers are: at the office 草稿数据
 * while the year is open (nothing once locked); at a department the office's snapshot with its date for
 * school indicators, 本部门数据 for grouped queries over its own tables (indicator-snapshot.ts).
 */
import type { DataSnapshot } from '../../../../shared/report/data-source';
import { T } from '../texts';

export function liveMark(snapshot: DataSnapshot, reads: 'value' | 'aggregate'): string | null {
  if (snapshot.marks !== undefined) return snapshot.marks[reads];
  return snapshot.kind === 'draft' ? T.draftData : null;
}
