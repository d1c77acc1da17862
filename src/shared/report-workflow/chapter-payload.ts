/**
 * What a chapter bundle carries (docs/bundle-rules.md, docs/report-workflow.md), one file
 * `files/chapter.json` in one of these shapes (and a department's cases, and a college's enterprise
 * report, src/shared/enterprise/enterprise-bundle.ts):
 * - from a department (its key) to the office: one chapter revision its 负责人 approved;
 * - from the office (the pinned office key) to a department: its chapter assignments, the indicator
 *   snapshot, and the office's decisions (退回修改 with the commented text, or 已采纳);
 * - from a department: typical cases for the 案例库;
 * - from a summary department to the office: its review of a chapter it relays, the department's signed
 *   chapter bundle travelling beside it unchanged (chapter-relay.ts).
 * Read in the verify Worker with bounded JSON and these strict schemas; the content passes the report's
 * one chapter gate (parseChapterContent) and the image limits.
 */
import { z } from 'zod';
import { canonicalJson } from '../canonical-json';
import { parseBoundedJson } from '../bundle/bounded-json';
import type { BundleFileInput } from '../bundle/bundle-writer';
import { err, ok, type Result } from '../result';
import {
  ENTERPRISE_ASSIGNMENTS_MAX,
  enterpriseAssignmentSchema,
  enterpriseSubmissionSchema,
  type EnterpriseAssignment,
  type EnterpriseSubmission,
} from '../enterprise/enterprise-bundle';
import { pmNodeSchema, type PmNode } from '../report/pm-json';
import { parseChapterContent } from '../report/report-nodes';
import type { ChapterAction } from './chapter-machine';
import { caseRecordSchema, checkCasePhotos } from './case-library';
import { chapterAssignmentSchema, type ChapterAssignment } from './chapter-types';
import { checkChapterImages } from './chapter-images';
import { indicatorSnapshotSchema, type IndicatorSnapshot } from './indicator-snapshot';

export const CHAPTER_ENTRY = 'files/chapter.json';
/** Bound on the chapter file: text plus the images the limits allow, base64-encoded. */
export const CHAPTER_JSON_BOUNDS = { maxBytes: 24 * 1024 * 1024, maxDepth: 80 };

const submissionSchema = z
  .object({
    format: z.literal('sdd-chapter'),
    version: z.literal(1),
    from: z.literal('department'),
    assignmentId: z.string().min(1).max(60),
    revision: z.number().int().min(1).max(1_000_000),
    title: z.string().min(1).max(100),
    content: pmNodeSchema,
    approvedBy: z.string().min(1).max(60),
    approvedAt: z.string().max(40),
    note: z.string().max(500),
  })
  .strict();

const decisionSchema = z
  .object({
    assignmentId: z.string().min(1).max(60),
    revision: z.number().int().min(1),
    action: z.enum(['return', 'accept']),
    at: z.string().max(40),
    by: z.string().max(60),
    reason: z.string().max(2000),
    /** A return carries the office's copy with its comments, so the department sees them in place. */
    content: pmNodeSchema.nullable(),
  })
  .strict();

const officeSchema = z
  .object({
    format: z.literal('sdd-chapter'),
    version: z.literal(1),
    from: z.literal('office'),
    assignments: z.array(chapterAssignmentSchema).max(100),
    snapshot: indicatorSnapshotSchema.nullable(),
    decisions: z.array(decisionSchema).max(100),
    /** Optional (added later): the college's enterprise reports of the rotation (enterprise-bundle.ts). */
    enterprises: z.array(enterpriseAssignmentSchema).max(ENTERPRISE_ASSIGNMENTS_MAX).optional(),
  })
  .strict();

/** A department's typical cases for the office's 案例库 (case-library.ts). */
const casesSchema = z
  .object({
    format: z.literal('sdd-chapter'),
    version: z.literal(1),
    from: z.literal('cases'),
    cases: z.array(caseRecordSchema).max(20),
  })
  .strict();
export type CasesPayload = z.infer<typeof casesSchema>;

/**
 * A summary department relaying a department's chapter (chapter-relay.ts): its review, and beside this
 * file the department's own signed chapter bundle, unchanged.
 */
const relaySchema = z
  .object({
    format: z.literal('sdd-chapter'),
    version: z.literal(1),
    from: z.literal('relay'),
    assignmentId: z.string().min(1).max(60),
    revision: z.number().int().min(1).max(1_000_000),
    reviewedBy: z.string().trim().min(1).max(60),
    reviewedAt: z.string().max(40),
    note: z.string().max(2000),
  })
  .strict();
export type ChapterRelayPayload = z.infer<typeof relaySchema>;

export const chapterPayloadSchema = z.discriminatedUnion('from', [
  submissionSchema,
  officeSchema,
  casesSchema,
  enterpriseSubmissionSchema,
  relaySchema,
]);

export interface ChapterSubmission extends Omit<z.infer<typeof submissionSchema>, 'content'> {
  readonly content: PmNode;
}
export interface ChapterDecision extends Omit<z.infer<typeof decisionSchema>, 'content'> {
  readonly content: PmNode | null;
}
export interface OfficeChapterPayload {
  readonly format: 'sdd-chapter';
  readonly version: 1;
  readonly from: 'office';
  readonly assignments: readonly ChapterAssignment[];
  readonly snapshot: IndicatorSnapshot | null;
  readonly decisions: readonly ChapterDecision[];
  readonly enterprises?: readonly EnterpriseAssignment[];
}
export type ChapterPayload =
  ChapterSubmission | OfficeChapterPayload | CasesPayload | EnterpriseSubmission | ChapterRelayPayload;

export function chapterFiles(payload: ChapterPayload): BundleFileInput[] {
  return [{ path: CHAPTER_ENTRY, bytes: new TextEncoder().encode(canonicalJson(payload)) }];
}

/** Reads and validates the chapter file of a verified chapter bundle; one bad part refuses it whole. */
export function readChapterPayload(files: ReadonlyMap<string, Uint8Array>): Result<ChapterPayload> {
  const raw = files.get(CHAPTER_ENTRY);
  if (raw === undefined) return err('chapter-invalid', '章节包缺少 chapter.json，已拒绝。');
  const json = parseBoundedJson(raw, CHAPTER_JSON_BOUNDS, CHAPTER_ENTRY);
  if (!json.ok) return json;
  const parsed = chapterPayloadSchema.safeParse(json.value);
  if (!parsed.success) return err('chapter-invalid', '章节包内容格式不正确，已拒绝。');
  const p = parsed.data;
  if (p.from === 'cases') {
    const photos = checkCasePhotos(p.cases);
    return photos.ok ? ok(p) : photos;
  }
  // The relayed chapter is the original bundle beside this file, read and checked in chapter-relay.ts.
  if (p.from === 'relay') return ok(p);
  const contents =
    p.from === 'department'
      ? [p.content]
      : p.from === 'enterprise'
        ? p.chapters.map((c) => c.content)
        : p.decisions.flatMap((d) => (d.content ? [d.content] : []));
  for (const c of contents) {
    const gate = parseChapterContent(c);
    if (!gate.ok) return err('chapter-invalid', `章节包中的正文无效：${gate.error.message}`);
    const images = checkChapterImages(gate.value);
    if (!images.ok) return images;
  }
  return ok(p);
}

/** The state-machine action of an office decision; `withText` keeps a return's commented copy. */
export function decisionAction(d: ChapterDecision, withText: boolean): ChapterAction {
  if (d.action === 'accept') return { action: 'accept', revision: d.revision };
  return {
    action: 'return',
    revision: d.revision,
    reason: d.reason,
    ...(withText && d.content !== null ? { draft: d.content } : {}),
  };
}
