/**
 * The stored records of the review tables (submissions, rulesets, reviewSnapshots): the domain value
 * plus the workspace id that leads every primary key. Typed in schema.ts so reads need no casts.
 */
import type { StoredRow } from '../../shared/records/record-types';
import type { Submission } from '../../shared/review/review-types';
import type { Ruleset } from '../../shared/rules/ruleset';

export type SubmissionRecord = Submission & { readonly workspaceId: string };
export type RulesetRecord = Ruleset & { readonly workspaceId: string };

/** Rows of a slice as approved at a level (1–3), or as frozen by the lock (LOCK_SNAPSHOT_LEVEL). */
export interface ReviewSnapshotRecord {
  readonly workspaceId: string;
  readonly departmentCode: string;
  readonly tableCode: string;
  readonly level: number;
  readonly at: string;
  readonly by: string;
  readonly rows: readonly StoredRow[];
}

/** The lock's frozen snapshot sits beside the approval levels 1–3 in the same table. */
export const LOCK_SNAPSHOT_LEVEL = 4;
/** The rows a reviewer returned, so whoever judges the fix sees exactly what changed since. */
export const RETURN_SNAPSHOT_LEVEL = 0;
/** The latest named 审定前快照 of the year (its name and manifest are in the audit chain). */
export const PRE_APPROVAL_SNAPSHOT_LEVEL = 5;
