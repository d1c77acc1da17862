/**
 * 留空说明 (docs/ARCHITECTURE.md "Review"): a clerk marks a required cell as intentionally empty and says
 * why. The note is a 合理性说明 of the slice's review record under the check id `blank:<rowId>:<fieldKey>`,
 * so it is written by the same audited review write, travels with the slice in its bundle and is shown to
 * every reviewer. A required cell that is empty and explained no longer blocks submit or approval; one
 * that is filled again simply no longer needs its note.
 */
import { cellNoteId, parseCellNoteId } from './cell-note-id';
import type { Justification } from './review-types';

const PREFIX = 'blank:';

/** The check id of a 留空说明 for one cell. */
export function blankCheckId(rowId: string, fieldKey: string): string {
  return cellNoteId(PREFIX, rowId, fieldKey);
}

/** Map key of a cell in `explainedBlanks`. */
export const blankCellKey = (rowId: string, fieldKey: string): string => `${rowId}|${fieldKey}`;

export interface BlankNote {
  readonly rowId: string;
  readonly fieldKey: string;
  readonly note: Justification;
}

/** The 留空说明 among a review record's justifications, keyed by cell. */
export function explainedBlanks(
  justifications: Readonly<Record<string, Justification>>,
): ReadonlyMap<string, BlankNote> {
  const out = new Map<string, BlankNote>();
  for (const [id, note] of Object.entries(justifications)) {
    const cell = parseCellNoteId(id, PREFIX);
    if (cell === null) continue;
    out.set(blankCellKey(cell.rowId, cell.fieldKey), { ...cell, note });
  }
  return out;
}

/** How many of the notes explain a required cell of `rows` that is in fact empty (a filled cell needs none). */
export function countExplainedEmpty(
  fields: readonly { readonly key: string; readonly required: boolean }[],
  rows: readonly { readonly id: string; readonly values: Readonly<Record<string, unknown>> }[],
  explained: ReadonlyMap<string, BlankNote>,
): number {
  if (explained.size === 0) return 0;
  const required = new Set(fields.filter((f) => f.required).map((f) => f.key));
  const byId = new Map(rows.map((r) => [r.id, r]));
  let n = 0;
  for (const b of explained.values()) {
    const v = byId.get(b.rowId)?.values[b.fieldKey];
    if (required.has(b.fieldKey) && byId.has(b.rowId) && (v === undefined || v === null || v === '')) n++;
  }
  return n;
}
