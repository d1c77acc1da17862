/**
 * The evidence a department attaches to 整改: the rows of the chosen table (its own slice) changed since
 * the item was created, taken from each row's provenance stamp, so the office can open exactly those rows.
 */
import type { RectificationEvidence } from '../../../shared/rectification/rectification-types';
import { repository } from '../../data/repository-instance';

/** At most this many row ids travel with one item (the schema's limit). */
const MAX_ROWS = 10000;

export async function changedRowsEvidence(
  workspaceId: string,
  tableCode: string,
  departmentCode: string,
  since: string,
): Promise<RectificationEvidence> {
  const rows = await repository().loadTableRows({ workspaceId, tableCode, departmentCode });
  const changed = rows.filter((r) => r.at > since).map((r) => r.id);
  return { tableCode, rowIds: changed.slice(0, MAX_ROWS), attachment: null };
}
