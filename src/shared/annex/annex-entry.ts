/**
 * Entered annex figures as stored (one record per row and column) and their review. An entered figure
 * needs its source document; it is 已填报 until the office approves it (已审核) or returns it with a
 * reason (已退回); typing a new figure puts it back to 已填报. Only rows defined as 'entered' take
 * figures: a computed row reads the lock and refuses a typed number. docs/annexes.md.
 */
import { z } from 'zod';
import { err, ok, type Result } from '../result';
import {
  ANNEX_ID_PATTERN,
  enteredAnnexValueSchema,
  type AnnexTableDef,
  type EnteredAnnexValue,
} from './annex-types';

/** 0: 上一年/上一届, 1: 本年/本届 (the order of computeAnnexTable's cells). */
export const annexColumnSchema = z.union([z.literal(0), z.literal(1)]);
export type AnnexColumn = z.infer<typeof annexColumnSchema>;

export const ANNEX_ENTRY_STATES = ['submitted', 'approved', 'returned'] as const;
export type AnnexEntryState = (typeof ANNEX_ENTRY_STATES)[number];

export const ANNEX_ENTRY_STATE_LABELS: Readonly<Record<AnnexEntryState, string>> = {
  submitted: '已填报',
  approved: '已审核',
  returned: '已退回',
};

export const annexEntrySchema = z
  .object({
    rowId: z.string().regex(ANNEX_ID_PATTERN),
    column: annexColumnSchema,
    /** The department that owns the figure ('' when the office typed it). */
    departmentCode: z.string().max(40),
    entry: enteredAnnexValueSchema,
    state: z.enum(ANNEX_ENTRY_STATES),
    review: z
      .object({ by: z.string().min(1).max(50), at: z.string().min(1).max(40), note: z.string().max(500) })
      .strict()
      .nullable(),
  })
  .strict();
export type AnnexEntry = z.infer<typeof annexEntrySchema>;

/** What a user types in the form. */
export interface AnnexEntryInput {
  readonly rowId: string;
  readonly column: AnnexColumn;
  readonly departmentCode: string;
  readonly value: number;
  readonly source: string;
  readonly evidence: string;
}

export type AnnexEntryError = 'annex-row-unknown' | 'annex-row-computed' | 'annex-entry-invalid';

function findRow(defs: readonly AnnexTableDef[], rowId: string) {
  for (const t of defs) for (const r of t.rows) if (r.id === rowId) return r;
  return undefined;
}

/** Checks a typed figure whole and returns the record to store (state 已填报), or a Chinese message. */
export function newAnnexEntry(
  defs: readonly AnnexTableDef[],
  input: AnnexEntryInput,
  by: string,
  at: string,
): Result<AnnexEntry, AnnexEntryError> {
  const row = findRow(defs, input.rowId);
  if (!row) return err('annex-row-unknown', `附表中没有编号为“${input.rowId}”的行`);
  if (row.source.kind !== 'entered')
    return err('annex-row-computed', `“${row.name}”由锁定的状态数据计算，不能手工填报`);
  if (!input.source.trim())
    return err('annex-entry-invalid', `“${row.name}”缺少数据来源，请填写来源文件（如调查报告名称）`);
  if (!Number.isFinite(input.value)) return err('annex-entry-invalid', `“${row.name}”的数值不是有效数字`);
  const parsed = annexEntrySchema.safeParse({
    rowId: input.rowId,
    column: input.column,
    departmentCode: input.departmentCode,
    entry: {
      value: input.value,
      source: input.source,
      evidence: input.evidence,
      enteredBy: by,
      enteredAt: at,
    },
    state: 'submitted',
    review: null,
  });
  if (!parsed.success)
    return err('annex-entry-invalid', `“${row.name}”填写不完整：${parsed.error.issues[0]?.message ?? ''}`);
  return ok(parsed.data);
}

export type AnnexReviewAction =
  { readonly kind: 'approve' } | { readonly kind: 'return'; readonly note: string };

/** The office's decision on an entered figure: approve one 已填报, or return it with a reason. */
export function reviewAnnexEntry(
  entry: AnnexEntry,
  action: AnnexReviewAction,
  by: string,
  at: string,
): Result<AnnexEntry, 'annex-review-refused'> {
  if (action.kind === 'approve') {
    if (entry.state !== 'submitted') return err('annex-review-refused', '只有“已填报”的数值可以审核通过');
    return ok({ ...entry, state: 'approved', review: { by, at, note: '' } });
  }
  const note = action.note.trim();
  if (!note) return err('annex-review-refused', '退回时请写明原因');
  if (entry.state === 'returned') return err('annex-review-refused', '该数值已退回，等待重新填报');
  return ok({ ...entry, state: 'returned', review: { by, at, note: note.slice(0, 500) } });
}

/** Entered figures by row id as computeAnnexTable reads them; `approvedOnly` leaves out unapproved ones. */
export function enteredByRow(
  entries: readonly AnnexEntry[],
  approvedOnly = false,
): ReadonlyMap<string, readonly [EnteredAnnexValue | null, EnteredAnnexValue | null]> {
  const out = new Map<string, [EnteredAnnexValue | null, EnteredAnnexValue | null]>();
  for (const e of entries) {
    if (approvedOnly && e.state !== 'approved') continue;
    if (e.state === 'returned') continue;
    const pair = out.get(e.rowId) ?? [null, null];
    pair[e.column] = e.entry;
    out.set(e.rowId, pair);
  }
  return out;
}
