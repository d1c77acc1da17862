/**
 * Values a spreadsheet import left empty (将无法识别的单元格留空) are kept as cell notes, so the clerk
 * and every reviewer can still see what the file held. A note is a 合理性说明 of the slice's review
 * record under the check id `dropped:<rowId>:<fieldKey>` (beside the 留空说明 of
 * shared/review/blank-notes.ts), so the import's one write stores it with the rows and it travels with
 * the slice. It does not explain the empty cell: a required cell stays open until it is filled, and the
 * grid shows the note only while the cell is empty.
 */
import type { TableDef } from '../catalog/catalog-types';
import type { CellValue, StoredRow } from '../records/record-types';
import { cellNoteId, parseCellNoteId } from '../review/cell-note-id';
import type { Justification } from '../review/review-types';

const PREFIX = 'dropped:';
/** The original text is cut to this length in the note (a cell may hold 32,767 characters). */
export const DROPPED_VALUE_MAX = 200;

/**
 * At most this many cells left empty by one import keep their notes. Real sheets leave a handful; tens of
 * thousands mean a whole column in the wrong format (dates typed as text), where the fix is the column,
 * not a note per cell — and every note travels in the slice's review record with each bundle (about
 * 300 bytes each: 10,000 make some 3 MB), so the import is refused whole above it, saying so.
 */
export const DROPPED_NOTES_MAX = 10_000;

/** One cell the parser could not read and the import leaves empty. */
export interface DroppedCell {
  /** Index of the row among the converted rows (the values the import writes). */
  readonly index: number;
  /** 1-based sheet row, as Excel shows it. */
  readonly sheetRow: number;
  readonly fieldKey: string;
  /** The cell as the file holds it. */
  readonly value: string;
  /** Why it could not be read. */
  readonly message: string;
}

/** Whether a justification's check id is an import note (not a 合理性说明 the sender wrote). */
export const isDroppedNoteId = (checkId: string): boolean => parseCellNoteId(checkId, PREFIX) !== null;

export function droppedCheckId(rowId: string, fieldKey: string): string {
  return cellNoteId(PREFIX, rowId, fieldKey);
}

/** What the note says, e.g. 导入时无法识别，已留空：原值「2005-13-01」。 */
export function droppedNoteText(cell: Pick<DroppedCell, 'value' | 'message'>): string {
  const value =
    cell.value.length > DROPPED_VALUE_MAX ? `${cell.value.slice(0, DROPPED_VALUE_MAX)}…` : cell.value;
  const reason = cell.message.trim().slice(0, DROPPED_VALUE_MAX);
  return `导入时无法识别，已留空：原值「${value}」。${reason ? `原因：${reason}` : ''}`;
}

/** The import notes among a review record's justifications: row id → field key → note. */
export function droppedNotes(
  justifications: Readonly<Record<string, Justification>>,
): ReadonlyMap<string, ReadonlyMap<string, Justification>> {
  const out = new Map<string, Map<string, Justification>>();
  for (const [id, note] of Object.entries(justifications)) {
    const cell = parseCellNoteId(id, PREFIX);
    if (cell === null) continue;
    let row = out.get(cell.rowId);
    if (!row) out.set(cell.rowId, (row = new Map()));
    row.set(cell.fieldKey, note);
  }
  return out;
}

export interface OpenDroppedNote {
  /** 1-based position of the row in `rows`. */
  readonly row: number;
  readonly fieldKey: string;
  readonly note: Justification;
}

/** The import notes whose cell is still empty in `rows`, in row order (a filled cell's note is done). */
export function openDroppedNotes(
  justifications: Readonly<Record<string, Justification>>,
  rows: readonly Pick<StoredRow, 'id' | 'values'>[],
): OpenDroppedNote[] {
  const notes = droppedNotes(justifications);
  if (notes.size === 0) return [];
  const out: OpenDroppedNote[] = [];
  rows.forEach((r, i) => {
    for (const [fieldKey, note] of notes.get(r.id) ?? []) {
      const v = r.values[fieldKey];
      if (v === undefined || v === null || v === '') out.push({ row: i + 1, fieldKey, note });
    }
  });
  return out;
}

/**
 * Checks the dropped cells handed to the writer against the rows it writes: no more than
 * DROPPED_NOTES_MAX, each naming a row of the file and a mapped field of the table, and that cell in fact
 * empty. Returns a Chinese refusal, or null when all are sound.
 */
export function droppedCellsProblem(
  dropped: readonly DroppedCell[],
  imported: readonly Readonly<Record<string, CellValue>>[],
  table: TableDef,
  mappedKeys: readonly string[],
): string | null {
  if (dropped.length > DROPPED_NOTES_MAX)
    return `有 ${dropped.length} 个单元格无法识别，超过一次导入可保留原值的上限（${DROPPED_NOTES_MAX} 个），未写入任何数据。这通常是整列格式不对（如日期写成了文字）：请在文件中更正该列后重新导入，或在列映射中不导入该列。`;
  const mapped = new Set(mappedKeys.filter((k) => table.fields.some((f) => f.key === k)));
  for (const d of dropped) {
    const row = Number.isInteger(d.index) ? imported[d.index] : undefined;
    const sound =
      row !== undefined &&
      mapped.has(d.fieldKey) &&
      typeof d.value === 'string' &&
      typeof d.message === 'string' &&
      (row[d.fieldKey] === null || row[d.fieldKey] === undefined);
    if (!sound) return '导入时留空的单元格与导入的数据不一致，未写入任何数据。';
  }
  return null;
}

export interface DroppedNotesUpdate {
  readonly dropped: readonly DroppedCell[];
  /** The final row id of each imported row (by index), as the merge kept or made it. */
  readonly importedIds: readonly string[];
  readonly mappedKeys: readonly string[];
  /** The rows the slice holds after the import. */
  readonly rows: readonly { readonly id: string }[];
  readonly by: string;
  readonly at: string;
}

/**
 * The justifications after an import: earlier import notes of rows that are gone, or of cells the file
 * wrote again, are dropped (the file's value replaces what they remembered); then each dropped cell
 * gets its note on its final row id. Null when nothing changes (no write needed).
 */
export function withDroppedNotes(
  justifications: Readonly<Record<string, Justification>>,
  u: DroppedNotesUpdate,
): Record<string, Justification> | null {
  // The common import drops nothing over a record with no import notes: no sets over its rows.
  const ids = Object.keys(justifications);
  if (u.dropped.length === 0 && !ids.some((id) => id.startsWith(PREFIX))) return null;
  const kept = new Set(u.rows.map((r) => r.id));
  const rewritten = new Set(u.importedIds);
  const mapped = new Set(u.mappedKeys);
  const out: Record<string, Justification> = {};
  let changed = false;
  for (const [id, note] of Object.entries(justifications)) {
    if (id.startsWith(PREFIX)) {
      // A malformed import note names no kept row and goes, as a note of a removed row does.
      const cell = parseCellNoteId(id, PREFIX);
      if (
        cell === null ||
        !kept.has(cell.rowId) ||
        (rewritten.has(cell.rowId) && mapped.has(cell.fieldKey))
      ) {
        changed = true;
        continue;
      }
    }
    out[id] = note;
  }
  for (const d of u.dropped) {
    const rowId = u.importedIds[d.index];
    if (rowId === undefined) continue;
    out[droppedCheckId(rowId, d.fieldKey)] = { text: droppedNoteText(d), by: u.by, at: u.at };
    changed = true;
  }
  return changed ? out : null;
}
