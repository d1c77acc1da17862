/**
 * 校级更正 (docs/ARCHITECTURE.md "Review"; threats in docs/SECURITY.md): the office corrects one cell of a
 * department's frozen slice without returning it. The correction names the cell (slice, row id, field),
 * the value it replaces and the new value, who (a 督导员 or 领导小组 member at the office) and why. It is
 * written at the office as an audited write into its copy, travels down signed in the next feedback
 * bundle, and the department applies it into its read-only copy only if the cell still holds exactly the
 * old value — so a correction never overwrites something the office has not seen.
 *
 * Pure: the schema is the trust boundary for corrections read from a bundle; the data writer calls
 * `correctedRow` inside its transaction.
 */
import { z } from 'zod';
import { canonicalJson } from '../canonical-json';
import { cellValueSchema, type CellValue, type StoredRow } from '../records/record-types';
import { err, ok, type Result } from '../result';
import { actorSchema, REASON_MAX, type Actor } from './review-types';

export const CORRECTIONS_MAX = 2000;
const code = z.string().min(1).max(32);

const correctionFields = {
  id: z.string().uuid(),
  departmentCode: code,
  tableCode: code,
  rowId: z.string().uuid(),
  field: z.string().min(1).max(64),
  oldValue: cellValueSchema,
  newValue: cellValueSchema,
  reason: z.string().trim().min(1).max(REASON_MAX),
  actor: actorSchema,
  at: z.string().min(1).max(40),
};

/** Who may correct and what a correction must change (also checked on stored records). */
function checkCorrection(
  c: { actor: Actor; oldValue: CellValue; newValue: CellValue },
  ctx: z.RefinementCtx,
): void {
  if (c.actor.station.role !== 'office')
    ctx.addIssue({ code: 'custom', message: 'a correction comes from the office' });
  if (c.actor.role !== 'supervisor' && c.actor.role !== 'leader')
    ctx.addIssue({ code: 'custom', message: 'only a supervisor or leader corrects' });
  if (c.oldValue === c.newValue) ctx.addIssue({ code: 'custom', message: 'a correction changes the value' });
}

export const sliceCorrectionSchema = z.object(correctionFields).strict().superRefine(checkCorrection);

export interface SliceCorrection {
  readonly id: string;
  readonly departmentCode: string;
  readonly tableCode: string;
  readonly rowId: string;
  readonly field: string;
  readonly oldValue: CellValue;
  readonly newValue: CellValue;
  readonly reason: string;
  readonly actor: Actor;
  readonly at: string;
}
/** A correction as a station stores it: when it was written into this station's copy. */
export interface StoredCorrection extends SliceCorrection {
  readonly appliedAt: string;
}
export const storedCorrectionSchema = z
  .object({ ...correctionFields, appliedAt: z.string().min(1).max(40) })
  .strict()
  .superRefine(checkCorrection);

// Compile-time proof that what the schema accepts is the domain type.
const asCorrection = (c: z.infer<typeof sliceCorrectionSchema>): SliceCorrection => c;

/** Validates one correction (composed at the office, or read from a bundle) before anything is written. */
export function parseCorrection(data: unknown): Result<SliceCorrection, 'invalid-correction'> {
  const r = sliceCorrectionSchema.safeParse(data);
  if (r.success) return ok(asCorrection(r.data));
  const reasonMissing = r.error.issues.some((i) => i.path[0] === 'reason');
  return err(
    'invalid-correction',
    reasonMissing
      ? '校级更正必须填写更正原因。'
      : '校级更正的内容不完整或不合规（须由督导室督导员或领导小组作出，且新值与原值不同）。',
  );
}

/** The same correction (by id) with exactly the same content: applying it again changes nothing. */
export function sameCorrection(a: SliceCorrection, b: SliceCorrection): boolean {
  const strip = ({
    id,
    departmentCode,
    tableCode,
    rowId,
    field,
    oldValue,
    newValue,
    reason,
    actor,
    at,
  }: SliceCorrection) =>
    canonicalJson({ id, departmentCode, tableCode, rowId, field, oldValue, newValue, reason, actor, at });
  return strip(a) === strip(b);
}

const shown = (v: CellValue): string => (v === null || v === '' ? '（空）' : `「${String(v)}」`);

/** The cell as a person finds it: “表 A10-1（学生工作处）第 3 行「姓名」” (the code when no name is known). */
export function correctionCell(
  c: SliceCorrection,
  rowNo: number | null,
  fieldLabel: string,
  departmentName: string = c.departmentCode,
): string {
  return `表 ${c.tableCode}（${departmentName}）${rowNo === null ? '' : `第 ${rowNo} 行`}「${fieldLabel}」`;
}

/**
 * The row after the correction, or the refusal naming the cell: the row must exist and the cell must
 * hold exactly the old value (a value changed meanwhile is never overwritten).
 */
export function correctedRow(
  rows: readonly StoredRow[],
  c: SliceCorrection,
  fieldLabel: string = c.field,
  departmentName: string = c.departmentCode,
): Result<StoredRow, 'correction-mismatch'> {
  const i = rows.findIndex((r) => r.id === c.rowId);
  const row = rows[i];
  if (row === undefined)
    return err(
      'correction-mismatch',
      `${correctionCell(c, null, fieldLabel, departmentName)}所在的行在本站不存在，校级更正未应用。`,
    );
  const held: CellValue = row.values[c.field] ?? null;
  if (held !== c.oldValue)
    return err(
      'correction-mismatch',
      `${correctionCell(c, i + 1, fieldLabel, departmentName)}本站的值为${shown(held)}，不是更正前的${shown(c.oldValue)}，校级更正未应用。`,
    );
  return ok({ ...row, values: { ...row.values, [c.field]: c.newValue }, by: c.actor.name, at: c.at });
}

/** What a one-line description needs: the values, who (by name), when and why. */
export interface CorrectionLine {
  readonly oldValue: CellValue;
  readonly newValue: CellValue;
  readonly by: string;
  readonly at: string;
  readonly reason: string;
}

/** One line for the grid, the history and the lock record. */
export function describeCorrection(c: CorrectionLine, fieldLabel: string): string {
  return `「${fieldLabel}」${shown(c.oldValue)} → ${shown(c.newValue)}（${c.by}，${c.at.slice(0, 10)}）：${c.reason}`;
}
