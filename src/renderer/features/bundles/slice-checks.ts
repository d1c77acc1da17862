/**
 * What the import preview shows of each received slice beside its changes: the quality the verify
 * Worker measured (shared/bundle/slice-quality.ts), how many of its empty required cells the sender's
 * 留空说明 explain, the sender's 合理性说明, and apart from them the cells a spreadsheet import left empty
 * (their notes keep the original values; they explain nothing). A slice whose table the catalog lacks, or
 * whose rows carry fields it lacks, refuses the whole bundle.
 */
import type { ReceivedQuality } from '../../../shared/bundle/received-quality';
import { unknownFieldsMessage, type SliceQuality } from '../../../shared/bundle/slice-quality';
import type { Catalog } from '../../../shared/catalog/catalog-types';
import type { StoredRow } from '../../../shared/records/record-types';
import { countExplainedEmpty, explainedBlanks } from '../../../shared/review/blank-notes';
import type { Submission } from '../../../shared/review/review-types';
import { isDroppedNoteId, openDroppedNotes } from '../../../shared/sheets/dropped-notes';
import { err, ok, type Result } from '../../../shared/result';

export interface SliceChecks {
  /** Errors, completeness and the values the catalog rejects, before the merge. */
  readonly quality: SliceQuality;
  /** Of quality.requiredEmpty, the cells the sender's 留空说明 explain (they do not block). */
  readonly explainedEmpty: number;
  /** The sender's 合理性说明 for this slice, as its review record carries them. */
  readonly justifications: readonly {
    readonly checkId: string;
    readonly text: string;
    readonly by: string;
  }[];
  /** Cells a spreadsheet import left empty and still empty (shared/sheets/dropped-notes.ts), row order. */
  readonly importNotes: readonly {
    /** 1-based position of the row in the slice. */
    readonly row: number;
    readonly fieldLabel: string;
    readonly text: string;
  }[];
}

interface Slice {
  readonly tableCode: string;
  readonly departmentCode: string;
  readonly rows: readonly StoredRow[];
}

/** The checks of every slice, in order, or the refusal of the bundle. */
export function sliceChecks(
  slices: readonly Slice[],
  measured: readonly ReceivedQuality[],
  submissions: readonly Submission[],
  catalog: Catalog,
): Result<SliceChecks[]> {
  const key = (s: { departmentCode: string; tableCode: string }) => `${s.departmentCode}|${s.tableCode}`;
  const qualities = new Map(measured.map((r) => [key(r), r.quality]));
  const received = new Map(submissions.map((sub) => [key(sub), sub]));
  const out: SliceChecks[] = [];
  for (const s of slices) {
    const quality = qualities.get(key(s));
    // The delivery check already refused tables outside the catalog; this keeps the refusal total.
    if (quality === undefined)
      return err('table-invalid', `${s.tableCode} 表不在本年度的采集目录中，已拒绝。`);
    const refusal = unknownFieldsMessage(s.tableCode, s.departmentCode, quality);
    if (refusal !== null) return err('table-invalid', refusal);
    const notes = received.get(key(s))?.justifications ?? {};
    const table = catalog.tables.find((t) => t.code === s.tableCode);
    const label = (key: string) => table?.fields.find((f) => f.key === key)?.label ?? key;
    out.push({
      quality,
      explainedEmpty: table ? countExplainedEmpty(table.fields, s.rows, explainedBlanks(notes)) : 0,
      justifications: Object.entries(notes)
        .filter(([checkId]) => !isDroppedNoteId(checkId))
        .map(([checkId, j]) => ({ checkId, text: j.text, by: j.by })),
      importNotes: openDroppedNotes(notes, s.rows).map((n) => ({
        row: n.row,
        fieldLabel: label(n.fieldKey),
        text: n.note.text,
      })),
    });
  }
  return ok(out);
}
