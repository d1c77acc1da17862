/**
 * The 校级更正 a year lock records (docs/ARCHITECTURE.md "Review"): the lock's audit event lists every
 * correction the office wrote into a frozen slice, so the 领导小组 sees, with the 锁定清单, which approved
 * values were changed afterwards, by whom and why. Compact lines in the summary, read back here; the
 * signed 锁定清单 file carries the same records (lockCorrectionSchema is its trust boundary).
 */
import { z } from 'zod';
import type { JsonValue } from '../canonical-json';
import { cellValueSchema, type CellValue } from '../records/record-types';
import { REASON_MAX } from './review-types';
import { CORRECTIONS_MAX, type SliceCorrection } from './slice-correction';

export interface LockCorrection {
  readonly tableCode: string;
  readonly departmentCode: string;
  /** The corrected row's id; null in locks recorded before the row was kept. */
  readonly rowId: string | null;
  readonly field: string;
  readonly oldValue: CellValue;
  readonly newValue: CellValue;
  readonly by: string;
  readonly at: string;
  readonly reason: string;
}

const code = z.string().min(1).max(32);
const text = (max: number) => z.string().min(1).max(max);

/** One correction as a signed 锁定清单 carries it (validated whole on the receiving side). */
export const lockCorrectionSchema = z
  .object({
    tableCode: code,
    departmentCode: code,
    rowId: text(64).nullable(),
    field: text(64),
    oldValue: cellValueSchema,
    newValue: cellValueSchema,
    by: text(64),
    at: text(40),
    reason: text(REASON_MAX),
  })
  .strict();
export const lockCorrectionsSchema = z.array(lockCorrectionSchema).max(CORRECTIONS_MAX);
// Compile-time proof that what the schema accepts is the domain type.
export const asLockCorrection = (c: z.infer<typeof lockCorrectionSchema>): LockCorrection => c;

const byTime = (a: SliceCorrection, b: SliceCorrection): number =>
  a.at.localeCompare(b.at) || a.id.localeCompare(b.id);

/** The lock summary's `corrections` member: [table, department, field, old, new, by, at, reason, row]. */
export function lockCorrectionLines(corrections: readonly SliceCorrection[]): JsonValue[] {
  return [...corrections]
    .sort(byTime)
    .map((c) => [
      c.tableCode,
      c.departmentCode,
      c.field,
      c.oldValue,
      c.newValue,
      c.actor.name,
      c.at,
      c.reason,
      c.rowId,
    ]);
}

/**
 * The corrections a lock summary lists; malformed lines are left out (the summary is in the hash chain).
 * Lines of 8 members come from locks recorded before the row id was kept.
 */
export function lockCorrectionsFrom(summary: { readonly [key: string]: JsonValue }): LockCorrection[] {
  const lines = summary['corrections'];
  if (!Array.isArray(lines)) return [];
  const out: LockCorrection[] = [];
  for (const l of lines) {
    if (!Array.isArray(l) || (l.length !== 8 && l.length !== 9)) continue;
    const [tableCode, departmentCode, field, oldValue, newValue, by, at, reason, rowId = null] = l;
    const r = lockCorrectionSchema.safeParse({
      tableCode,
      departmentCode,
      rowId,
      field,
      oldValue,
      newValue,
      by,
      at,
      reason,
    });
    if (r.success) out.push(asLockCorrection(r.data));
  }
  return out;
}
