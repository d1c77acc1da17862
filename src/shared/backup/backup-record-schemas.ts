/**
 * The schema every record of a backup table must pass before a restore writes it (docs/SECURITY.md R9): the
 * same schemas live writes and bundle imports use, applied to the record without its `workspaceId`
 * (the record checks in backup-records-check.ts have already tied that to the archive's workspace).
 * A table without an entry here is refused whole: an archive cannot smuggle records into a store nobody
 * validates. The audit log is checked as a hash chain and the workspace record by its own schema.
 */
import { z } from 'zod';
import { catalogSchema } from '../catalog/catalog-types';
import { migrationStepSchema } from '../catalog/incoming-migration';
import { departmentSchema } from '../departments/department-types';
import { indicatorSetRecordSchema } from '../indicators/indicator-set';
import { storedRowSchema } from '../records/record-types';
import { rectificationItemSchema } from '../rectification/rectification-types';
import { parseChapterContent } from '../report/report-nodes';
import { chapterVersionSchema, reportSchema } from '../report/report-types';
import { caseRecordSchema } from '../report-workflow/case-library';
import { storedCorrectionSchema } from '../review/slice-correction';
import { chapterWorkSchema } from '../report-workflow/chapter-types';
import { indicatorSnapshotSchema } from '../report-workflow/indicator-snapshot';
import { reportWorkflowSchema } from '../report-workflow/workflow-types';
import { submissionSchema } from '../review/review-types';
import { updateRequestSchema } from '../review/update-request';
import { rulesetSchema } from '../rules/ruleset';
import { standardSetSchema } from '../standards/standard-types';
import { taskAssignmentSchema } from '../tasks/task-types';
import { BUNDLE_KINDS, HEX_SHA256, KEY_ID_PATTERN } from '../bundle/manifest';
import { collectionNoticeSchema } from '../bundle/setup-payload';
import { trustListSchema } from '../bundle/trust-list';
import { signedLockListSchema } from '../year-close/lock-list-schema';
import { STATION_ROLES } from '../workspace/workspace-types';
import { annexDefSetSchema } from '../annex/annex-defs';
import { annexEntrySchema } from '../annex/annex-entry';
import { enterpriseReportLinkSchema, enterpriseSchema } from '../enterprise/enterprise-types';

const text = (max = 200) => z.string().max(max);
const code = z.string().min(1).max(32);
const count = z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER);
const keyId = z.string().regex(KEY_ID_PATTERN);
const hash = z.string().regex(HEX_SHA256);
const base64 = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/);

const blockSchema = z
  .object({
    tableCode: code,
    departmentCode: code,
    blockNo: count,
    rows: z.array(storedRowSchema).max(100_000),
  })
  .strict();

const confirmationTallySchema = z
  .object({
    unconfirmed: count,
    days: z.array(z.tuple([z.string().max(10), count])).max(100_000),
  })
  .strict();

const sliceSchema = z
  .object({
    tableCode: code,
    departmentCode: code,
    rowCount: count,
    blockCount: count,
    nextBlockNo: count,
    stamp: text(64),
    updatedAt: text(40),
    updatedBy: text(),
    confirmations: confirmationTallySchema.optional(),
  })
  .strict();

const reviewSnapshotSchema = z
  .object({
    departmentCode: code,
    tableCode: code,
    level: z.number().int().min(0).max(4),
    at: text(40),
    by: text(),
    rows: z.array(storedRowSchema).max(1_000_000),
  })
  .strict();

const ownKeySchema = z
  .object({
    keyId: text(64),
    publicKey: text(200),
    fingerprint: text(200),
    createdAt: text(40),
    createdBy: text(),
    storage: z.enum(['vault', 'webcrypto']),
  })
  .strict();

/** Trust records by kind; whether a trust list is signed by the pinned office key is checked in the restore. */
const trustSchema = z.discriminatedUnion('kind', [
  z
    .object({
      kind: z.literal('office-pin'),
      keyId,
      publicKey: base64.max(100),
      fingerprint: text(),
      yearId: text(100),
      awaitingYear: z.literal(true).optional(),
      pinnedAt: text(40),
      pinnedBy: text(),
    })
    .strict(),
  z
    .object({
      kind: z.literal('trust-list'),
      list: trustListSchema,
      bytesBase64: base64.max(8 * 1024 * 1024),
      sigText: base64.max(200),
    })
    .strict(),
  z
    .object({
      kind: z.literal('setup'),
      revision: count,
      notice: collectionNoticeSchema,
      bundleHash: hash,
      appliedAt: text(40),
    })
    .strict(),
  z.object({ kind: z.literal('notice'), notice: collectionNoticeSchema, revision: count }).strict(),
  z
    .object({
      kind: z.literal('lock-list'),
      list: signedLockListSchema,
      bundleHash: hash,
      receivedAt: text(40),
      reopened: z
        .object({ at: text(40), by: text(200) })
        .strict()
        .optional(),
    })
    .strict(),
]);

const sliceNoteSchema = z
  .object({
    tableCode: code,
    departmentCode: code,
    rows: count,
    added: count.optional(),
    changed: count.optional(),
    removed: count.optional(),
  })
  .strict();

const bundleSchema = z
  .object({
    bundleHash: hash,
    receivedAt: text(40),
    direction: z.enum(['sent', 'received']),
    kind: z.enum(BUNDLE_KINDS),
    keyId,
    sender: z.object({ stationRole: z.enum(STATION_ROLES), departmentCode: text(32) }).strict(),
    addressee: code,
    seq: count,
    createdAt: text(40),
    auditHead: hash,
    status: z.enum(['sent', 'delivered', 'imported']),
    slices: z.array(sliceNoteSchema).max(100_000),
    warnings: z.array(text(2000)).max(1000),
    fileName: text(260).optional(),
    counter: text(100).optional(),
    bytesBase64: base64.optional(),
    receipt: z
      .object({ bundleHash: hash, at: text(40), by: text() })
      .strict()
      .optional(),
    contributors: z
      .array(
        z.object({ departmentCode: code, keyId, seq: count, bundleHash: hash, auditHead: hash }).strict(),
      )
      .max(10_000)
      .optional(),
  })
  .strict();

const sequenceSchema = z
  .object({
    keyId,
    addressee: code,
    lastSeq: count,
    hashes: z.array(z.tuple([count, hash])).max(100_000),
  })
  .strict();

/**
 * Chapter text passes the report's one chapter gate, as every save and every received chapter does: the
 * stored shape alone would let an archive restore node types, remote images or script links the editor
 * never produces.
 */
function gatedContent(content: unknown, path: string, ctx: z.RefinementCtx): void {
  const gate = parseChapterContent(content);
  if (!gate.ok) ctx.addIssue({ code: 'custom', path: [path], message: gate.error.message });
}

/** Table name → the schema of its records without `workspaceId`; reports carry theirs in the schema. */
const RECORD_SCHEMAS: Readonly<Record<string, z.ZodType>> = {
  departments: departmentSchema,
  catalogs: catalogSchema,
  tasks: taskAssignmentSchema,
  blocks: blockSchema,
  slices: sliceSchema,
  submissions: submissionSchema,
  rulesets: rulesetSchema,
  keys: ownKeySchema,
  trust: trustSchema,
  bundles: bundleSchema,
  sequences: sequenceSchema,
  reviewSnapshots: reviewSnapshotSchema,
  reportChapters: chapterVersionSchema.superRefine((v, ctx) => gatedContent(v.content, 'content', ctx)),
  indicatorSets: indicatorSetRecordSchema,
  standardSets: standardSetSchema,
  rectifications: rectificationItemSchema,
  officeSnapshots: indicatorSnapshotSchema,
  annexEntries: annexEntrySchema,
  enterprises: enterpriseSchema,
  enterpriseReports: enterpriseReportLinkSchema,
  caseLibrary: caseRecordSchema,
  annexDefs: annexDefSetSchema,
  sliceCorrections: storedCorrectionSchema,
  catalogMigrations: migrationStepSchema,
  updateRequests: updateRequestSchema,
};
const KEEPS_WORKSPACE_ID: Readonly<Record<string, z.ZodType>> = {
  reports: reportSchema,
  reportWorkflows: reportWorkflowSchema,
  chapterWork: chapterWorkSchema
    .extend({ assignmentId: z.string().min(1).max(100) })
    .superRefine((v, ctx) => {
      if (v.draft !== null) gatedContent(v.draft, 'draft', ctx);
    }),
};
/** Checked elsewhere: the workspace record by its schema, the audit log as a hash chain. */
const CHECKED_ELSEWHERE = new Set(['workspaces', 'audit']);

/** True when restores can check `table`'s records; every store must be (a test holds the schema to it). */
export function hasRecordSchema(table: string): boolean {
  return (
    CHECKED_ELSEWHERE.has(table) ||
    Object.hasOwn(KEEPS_WORKSPACE_ID, table) ||
    Object.hasOwn(RECORD_SCHEMAS, table)
  );
}

export type RecordIssue = { readonly index: number; readonly problem: string } | null;

/** The first record of `table` that fails its schema (index and the failing path), or null when all pass. */
export function firstInvalidRecord(table: string, records: readonly unknown[]): RecordIssue {
  if (CHECKED_ELSEWHERE.has(table)) return null;
  const kept = Object.hasOwn(KEEPS_WORKSPACE_ID, table) ? KEEPS_WORKSPACE_ID[table] : undefined;
  const schema = kept ?? (Object.hasOwn(RECORD_SCHEMAS, table) ? RECORD_SCHEMAS[table] : undefined);
  if (schema === undefined) return { index: 0, problem: '未知的数据表' };
  for (let i = 0; i < records.length; i++) {
    const rec = records[i];
    if (typeof rec !== 'object' || rec === null) return { index: i, problem: '不是对象' };
    let value: unknown = rec;
    if (kept === undefined) {
      const { workspaceId: _w, ...rest } = rec as Record<string, unknown>;
      value = rest;
    }
    const r = schema.safeParse(value);
    if (!r.success) {
      const issue = r.error.issues[0];
      return { index: i, problem: `格式不正确（${issue?.path.join('.') || issue?.message || ''}）` };
    }
  }
  return null;
}
