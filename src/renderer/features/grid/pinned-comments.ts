/**
 * A returned table's cell comments (退回批注) as the department's grid shows them: each pinned to its
 * row and field, with the value the reviewer saw (from the rows stored at the return) so the grid can
 * say whether the cell has been changed since. The review model has no "resolved" flag: a comment
 * counts as dealt with once its cell's value differs from the returned one (or its row is deleted),
 * and the whole return closes when the 负责人 re-approves.
 */
import type { CellValue, StoredRow } from '../../../shared/records/record-types';
import type { ReturnTask } from '../../../shared/review/open-returns';

export interface PinnedComment {
  readonly recordId: string;
  readonly fieldKey: string;
  readonly text: string;
  readonly by: string;
  readonly at: string;
  /** The cell's value when the table was returned; undefined when the return stored no rows. */
  readonly returned: CellValue | undefined;
  /** The cell's value now; undefined when the row no longer exists. */
  readonly current: CellValue | undefined;
  readonly changed: boolean;
}

export interface CommentIndex {
  readonly list: readonly PinnedComment[];
  /** Row id → field key → comment. */
  readonly cells: Map<string, Map<string, PinnedComment>>;
  readonly open: number;
}

export const NO_COMMENTS: CommentIndex = { list: [], cells: new Map(), open: 0 };

const valueOf = (row: StoredRow | undefined, key: string): CellValue | undefined =>
  row ? (row.values[key] ?? null) : undefined;

/** Pins `ret`'s comments on `rows` (the table now); `returnedRows` are the rows stored at the return. */
export function pinComments(
  ret: ReturnTask | null,
  returnedRows: readonly StoredRow[] | null,
  rows: readonly StoredRow[],
): CommentIndex {
  if (!ret || ret.comments.length === 0) return NO_COMMENTS;
  const wanted = new Set(ret.comments.map((c) => c.recordId));
  const now = new Map<string, StoredRow>();
  for (const r of rows) if (wanted.has(r.id)) now.set(r.id, r);
  const then = new Map<string, StoredRow>();
  for (const r of returnedRows ?? []) if (wanted.has(r.id)) then.set(r.id, r);

  const list: PinnedComment[] = [];
  const cells = new Map<string, Map<string, PinnedComment>>();
  let open = 0;
  for (const c of ret.comments) {
    const current = valueOf(now.get(c.recordId), c.fieldKey);
    const returned = returnedRows ? valueOf(then.get(c.recordId), c.fieldKey) : undefined;
    const changed = current === undefined || (returned !== undefined && current !== returned);
    const pinned: PinnedComment = {
      ...c,
      by: ret.returnedBy.name,
      at: ret.returnedAt,
      returned,
      current,
      changed,
    };
    list.push(pinned);
    if (!changed) open++;
    if (current === undefined) continue;
    let row = cells.get(c.recordId);
    if (!row) cells.set(c.recordId, (row = new Map()));
    row.set(c.fieldKey, pinned);
  }
  return { list, cells, open };
}
