/**
 * The 校级更正 a year lock records (docs/ARCHITECTURE.md "Review"): the lock's audit event lists every
 * correction the office wrote into a frozen slice, so the 领导小组 sees, with the 锁定清单, which approved
 * values were changed afterwards, by whom and why. Compact lines in the summary, read back here.
 */
import type { JsonValue } from '../canonical-json';
import { cellValueSchema, type CellValue } from '../records/record-types';
import type { SliceCorrection } from './slice-correction';

export interface LockCorrection {
  readonly tableCode: string;
  readonly departmentCode: string;
  readonly field: string;
  readonly oldValue: CellValue;
  readonly newValue: CellValue;
  readonly by: string;
  readonly at: string;
  readonly reason: string;
}

/** The lock summary's `corrections` member: [table, department, field, old, new, by, at, reason]. */
export function lockCorrectionLines(corrections: readonly SliceCorrection[]): JsonValue[] {
  return [...corrections]
    .sort((a, b) => a.at.localeCompare(b.at) || a.id.localeCompare(b.id))
    .map((c) => [
      c.tableCode,
      c.departmentCode,
      c.field,
      c.oldValue,
      c.newValue,
      c.actor.name,
      c.at,
      c.reason,
    ]);
}

const str = (v: unknown): v is string => typeof v === 'string';

/** The corrections a lock summary lists; malformed lines are left out (the summary is in the hash chain). */
export function lockCorrectionsFrom(summary: { readonly [key: string]: JsonValue }): LockCorrection[] {
  const lines = summary['corrections'];
  if (!Array.isArray(lines)) return [];
  const out: LockCorrection[] = [];
  for (const l of lines) {
    if (!Array.isArray(l) || l.length !== 8) continue;
    const [tableCode, departmentCode, field, oldValue, newValue, by, at, reason] = l;
    const o = cellValueSchema.safeParse(oldValue);
    const n = cellValueSchema.safeParse(newValue);
    if (![tableCode, departmentCode, field, by, at, reason].every(str) || !o.success || !n.success) continue;
    out.push({
      tableCode: tableCode as string,
      departmentCode: departmentCode as string,
      field: field as string,
      oldValue: o.data,
      newValue: n.data,
      by: by as string,
      at: at as string,
      reason: reason as string,
    });
  }
  return out;
}
