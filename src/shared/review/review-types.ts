/**
 * A submission is one (department, table) unit of review (docs/ARCHITECTURE.md §4). Every station keeps its own
 * copy; the copy travels in data and feedback bundles, so it is plain serialisable data with a strict
 * validator beside it. Justifications (合理性说明) live on the submission because they must travel with
 * the data they explain.
 */
import { z } from 'zod';
import { err, ok, type Result } from '../result';
import { STATION_ROLES, USER_ROLES, type StationRole, type UserRole } from '../workspace/workspace-types';

/** In route order; `rank` comparisons rely on this order. */
export const REVIEW_STATES = [
  'draft',
  'submitted',
  'dept-approved',
  'received',
  'summary-approved',
  'school-approved',
  'locked',
] as const;
export type ReviewState = (typeof REVIEW_STATES)[number];

export const stateRank = (s: ReviewState): number => REVIEW_STATES.indexOf(s);

/** 1 = 部门审核 (head), 2 = 汇总部门审核, 3 = 校级审核 (office 督导员). */
export const REVIEW_LEVELS = [1, 2, 3] as const;
export type ReviewLevel = (typeof REVIEW_LEVELS)[number];

/** 'update' (更新): a frozen slice reopened to draft for 实时采集 (slice-update.ts). */
export const REVIEW_ACTION_TYPES = [
  'submit',
  'approve',
  'return',
  'receive',
  'lock',
  'reopen',
  'update',
] as const;
export type ReviewActionType = (typeof REVIEW_ACTION_TYPES)[number];

/** A station as the workspace names it; the office station has no department code of its own. */
export interface StationRef {
  readonly role: StationRole;
  readonly departmentCode: string | null;
}

export interface Actor {
  readonly name: string;
  readonly role: UserRole;
  readonly station: StationRef;
}

/** A comment pinned to one cell, so the filler sees exactly which value the reviewer questions. */
export interface CellComment {
  readonly recordId: string;
  readonly fieldKey: string;
  readonly text: string;
}

export interface HistoryEntry {
  /** ISO timestamp. */
  readonly at: string;
  readonly actor: Actor;
  readonly action: ReviewActionType;
  /** Set for approvals only. */
  readonly level?: ReviewLevel;
  readonly from: ReviewState;
  readonly to: ReviewState;
  readonly reason?: string;
  readonly comments?: readonly CellComment[];
  /**
   * Set for a department's 更新 only: the due update point (YYYYMMDD) it answers, or the day of the
   * 更新 for a table updated when its facts change (slice-update.ts).
   */
  readonly point?: string;
}

export interface Justification {
  readonly text: string;
  readonly by: string;
  readonly at: string;
}

export interface Submission {
  readonly departmentCode: string;
  readonly tableCode: string;
  /**
   * The summary department this slice goes through (L2), or null when it goes straight to the office.
   * Null as well when the department is itself the summary department: its own slice travels inside
   * its forwarded bundle and is not reviewed twice by the same head.
   */
  readonly summaryDepartment: string | null;
  readonly state: ReviewState;
  /** Check id → 合理性说明. */
  readonly justifications: Readonly<Record<string, Justification>>;
  /** Oldest first; append-only. */
  readonly history: readonly HistoryEntry[];
}

/** Bounds keep a hostile bundle from carrying megabytes of text into the UI. */
export const REASON_MAX = 2000;
export const COMMENT_MAX = 1000;
export const COMMENTS_PER_RETURN_MAX = 500;
export const HISTORY_MAX = 10_000;

const text = (max: number) => z.string().max(max);
const code = z.string().min(1).max(32);

export const stationRefSchema = z
  .object({ role: z.enum(STATION_ROLES), departmentCode: code.nullable() })
  .strict();

export const actorSchema = z
  .object({ name: z.string().trim().min(1).max(40), role: z.enum(USER_ROLES), station: stationRefSchema })
  .strict();

export const cellCommentSchema = z
  .object({
    recordId: z.string().min(1).max(64),
    fieldKey: z.string().min(1).max(64),
    text: z.string().trim().min(1).max(COMMENT_MAX),
  })
  .strict();

export const historyEntrySchema = z
  .object({
    at: z.string().min(1).max(40),
    actor: actorSchema,
    action: z.enum(REVIEW_ACTION_TYPES),
    level: z.union([z.literal(1), z.literal(2), z.literal(3)]).optional(),
    from: z.enum(REVIEW_STATES),
    to: z.enum(REVIEW_STATES),
    reason: text(REASON_MAX).optional(),
    comments: z.array(cellCommentSchema).max(COMMENTS_PER_RETURN_MAX).optional(),
    point: z
      .string()
      .regex(/^\d{8}$/)
      .optional(),
  })
  .strict();

export const justificationSchema = z
  .object({ text: z.string().trim().min(1).max(REASON_MAX), by: z.string().max(40), at: z.string().max(40) })
  .strict();

/**
 * Check ids are `kind:detail` ASCII tokens (rule:R12, outlier:field:uuid). The mandatory prefix also
 * keeps keys such as `__proto__` or `constructor` out of the justification map.
 */
export const CHECK_ID_PATTERN = /^[a-z]+:[A-Za-z0-9:_.-]{1,200}$/;

export const submissionSchema = z
  .object({
    departmentCode: code,
    tableCode: code,
    summaryDepartment: code.nullable(),
    state: z.enum(REVIEW_STATES),
    justifications: z.record(z.string().regex(CHECK_ID_PATTERN), justificationSchema),
    history: z.array(historyEntrySchema).max(HISTORY_MAX),
  })
  .strict();

// Compile-time proof that what the schema accepts is the domain type.
const asSubmission = (s: z.infer<typeof submissionSchema>): Submission => s;

/** Validates a submission read from a bundle or an old database at the trust boundary. */
export function parseSubmission(data: unknown): Result<Submission, 'invalid-submission'> {
  const r = submissionSchema.safeParse(data);
  return r.success ? ok(asSubmission(r.data)) : err('invalid-submission', '审核记录格式不正确，已拒绝');
}

/** Key of a submission in maps: department and table codes contain no '|'. */
export const submissionKey = (departmentCode: string, tableCode: string): string =>
  `${departmentCode}|${tableCode}`;
