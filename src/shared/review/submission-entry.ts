/**
 * The review record that travels with the data: a data or forward bundle carries, in one
 * signed entry, the sender's copy of each slice's submission — state, who approved at which level, the
 * 合理性说明 for accepted soft failures, the return comments. The receiving station records it in the
 * same transaction as the rows (db/bundle-writes.ts mergeBundle → receiveSubmissionInTx).
 *
 * The entry is untrusted until `readSubmissionEntry` has validated it: the signature says who sent it,
 * the schema says it is well-formed, and the route check here says each copy belongs to a slice of this
 * bundle, on this route, in a state the sender could have brought it to. A bundle without the entry (an
 * older format) carries no review record and still imports.
 */
import { z } from 'zod';
import { parseBoundedJson } from '../bundle/bounded-json';
import { canonicalJson } from '../canonical-json';
import { err, ok, type Result } from '../result';
import type { TaskAssignment } from '../tasks/task-types';
import { REVIEW_STATE_LABELS } from './review-text';
import { submissionKey, submissionSchema, type ReviewState, type Submission } from './review-types';
import { newSubmission } from './review-workflow';
import { rectificationItemSchema, type RectificationItem } from '../rectification/rectification-types';
import { UPDATE_REQUESTS_MAX, updateRequestSchema, type UpdateRequest } from './update-request';

export const REVIEW_ENTRY = 'files/review.json';
export const SUBMISSIONS_PER_BUNDLE_MAX = 2000;
/** 整改 items a department answers in one data bundle. */
export const RECTIFICATIONS_PER_BUNDLE_MAX = 2000;
const ENTRY_MAX_BYTES = 64 * 1024 * 1024;

const entrySchema = z
  .object({
    format: z.literal('review-submissions'),
    version: z.literal(1),
    submissions: z.array(submissionSchema).max(SUBMISSIONS_PER_BUNDLE_MAX),
    /** Optional (added later, so older entries still read): the sender's answers to 整改 items. */
    rectifications: z.array(rectificationItemSchema).max(RECTIFICATIONS_PER_BUNDLE_MAX).optional(),
    /** Optional (added later): the sender's pending 申请更新 (update-request.ts). */
    updateRequests: z.array(updateRequestSchema).max(UPDATE_REQUESTS_MAX).optional(),
  })
  .strict();

/** The entry's bytes for the bundle writer; `rectifications` only when there are some. */
export function submissionEntryBytes(
  submissions: readonly Submission[],
  rectifications: readonly RectificationItem[] = [],
  updateRequests: readonly UpdateRequest[] = [],
): Uint8Array {
  const entry = {
    format: 'review-submissions',
    version: 1,
    submissions,
    ...(rectifications.length === 0 ? {} : { rectifications }),
    ...(updateRequests.length === 0 ? {} : { updateRequests }),
  };
  return new TextEncoder().encode(canonicalJson(entry));
}

/** One slice the bundle delivers, and whether it arrives already approved by a summary department (L2). */
export interface DeliveredSlice {
  readonly tableCode: string;
  readonly departmentCode: string;
  /** True for a contributor's slice inside a forward bundle: its copy must be summary-approved. */
  readonly viaSummary: boolean;
}

export interface IncomingReview {
  /** Copies to record with the rows, each in a state the receiving station can take over. */
  readonly submissions: readonly Submission[];
  /** Slices whose copy was not approved yet: the rows import, the review record does not. */
  readonly warnings: readonly string[];
  /** The sending department's 整改 items with its answers, merged at the office with the rows. */
  readonly rectifications: readonly RectificationItem[];
  /**
   * Copies, approved or not, whose history holds a 更新: the receiving station decides whether it
   * reopens its frozen copy for the updated rows (slice-update.ts).
   */
  readonly updates: readonly Submission[];
  /** The sending department's pending 申请更新 (checked against the office's tasks at the merge). */
  readonly updateRequests: readonly UpdateRequest[];
}

const bad = (detail: string) =>
  err('invalid-submission' as const, `数据包中的审核记录不正确（${detail}），已拒绝。`);

/**
 * Reads and checks the review entry of a verified data or forward bundle. `files` are the bundle's
 * hash-checked files/ entries; `tasks` are this station's task assignments (the route of each table).
 */
export function readSubmissionEntry(
  files: ReadonlyMap<string, Uint8Array>,
  slices: readonly DeliveredSlice[],
  tasks: readonly TaskAssignment[],
): Result<IncomingReview, 'invalid-submission' | 'too-large' | 'json-invalid'> {
  const raw = files.get(REVIEW_ENTRY);
  if (raw === undefined)
    return ok({ submissions: [], warnings: [], rectifications: [], updates: [], updateRequests: [] });
  const json = parseBoundedJson(raw, { maxBytes: ENTRY_MAX_BYTES, maxDepth: 16 }, REVIEW_ENTRY);
  if (!json.ok) return json;
  const parsed = entrySchema.safeParse(json.value);
  if (!parsed.success) return bad('格式不符');
  const delivered = new Map(slices.map((s) => [submissionKey(s.departmentCode, s.tableCode), s]));
  const byTable = new Map(tasks.map((t) => [t.tableCode, t]));
  const seen = new Set<string>();
  const submissions: Submission[] = [];
  const warnings: string[] = [];
  const updates: Submission[] = [];
  for (const s of parsed.data.submissions as Submission[]) {
    const key = submissionKey(s.departmentCode, s.tableCode);
    const slice = delivered.get(key);
    const task = byTable.get(s.tableCode);
    if (slice === undefined || task === undefined || seen.has(key))
      return bad(`${s.tableCode}/${s.departmentCode} 不是本包报送的数据或重复`);
    seen.add(key);
    if (newSubmission(task, s.departmentCode).summaryDepartment !== s.summaryDepartment)
      return bad(`${s.tableCode}/${s.departmentCode} 的报送路线与任务分配不符`);
    if (s.history.some((e) => e.action === 'update')) updates.push(s);
    const expected: ReviewState = slice.viaSummary ? 'summary-approved' : 'dept-approved';
    if (s.state !== expected) {
      warnings.push(notApproved(s, expected));
      continue;
    }
    submissions.push(s);
  }
  // 整改 answers come only from the department whose own rows this bundle delivers.
  const senders = new Set(slices.filter((s) => !s.viaSummary).map((s) => s.departmentCode));
  const rectifications: RectificationItem[] = parsed.data.rectifications ?? [];
  const stray = rectifications.find((r) => !senders.has(r.departmentCode));
  if (stray !== undefined) return bad(`整改事项“${stray.title}”不属于报送部门`);
  const updateRequests: UpdateRequest[] = parsed.data.updateRequests ?? [];
  const strayRequest = updateRequests.find((r) => !senders.has(r.departmentCode));
  if (strayRequest !== undefined) return bad(`申请更新（表 ${strayRequest.tableCode}）不属于报送部门`);
  return ok({ submissions, warnings, rectifications, updates, updateRequests });
}

/**
 * The 申请更新 in a review entry read apart (a contributor's, inside the signed original a forward
 * carries): well-formed, or the whole bundle is refused. The route check is update-request-route.ts's.
 */
export function readEntryRequests(
  raw: Uint8Array | undefined,
): Result<UpdateRequest[], 'invalid-submission' | 'too-large' | 'json-invalid'> {
  if (raw === undefined) return ok([]);
  const json = parseBoundedJson(raw, { maxBytes: ENTRY_MAX_BYTES, maxDepth: 16 }, REVIEW_ENTRY);
  if (!json.ok) return json;
  const parsed = entrySchema.safeParse(json.value);
  return parsed.success ? ok(parsed.data.updateRequests ?? []) : bad('格式不符');
}

function notApproved(s: Submission, expected: ReviewState): string {
  const who = expected === 'summary-approved' ? '汇总部门' : '负责人';
  return `${s.departmentCode} 的 ${s.tableCode} 表尚未经${who}审核通过（当前为“${REVIEW_STATE_LABELS[s.state]}”），数据照常导入，审核记录未接收。`;
}
