/**
 * Rectification items (整改): an indicator below standard, a failed rule, an outlier or the office's own
 * observation, tracked until the office accepts the department's fix or explanation. Items travel down
 * in feedback bundles and their answers up in data bundles, so the type has a strict validator.
 */
import { z } from 'zod';
import { TABLE_CODE_PATTERN } from '../catalog/catalog-types';

/** 待整改 → 整改中 → 已整改 | 已说明; the office accepts (closes) or reopens (back to 待整改). */
export const RECTIFICATION_STATES = ['open', 'in-progress', 'fixed', 'explained'] as const;
export type RectificationState = (typeof RECTIFICATION_STATES)[number];

export const RECTIFICATION_STATE_LABELS: Readonly<Record<RectificationState, string>> = {
  open: '待整改',
  'in-progress': '整改中',
  fixed: '已整改',
  explained: '已说明',
};

export const RECTIFICATION_ACTIONS = ['start', 'fix', 'explain', 'accept', 'reopen'] as const;
export type RectificationAction = (typeof RECTIFICATION_ACTIONS)[number];

export const RECTIFICATION_ACTION_LABELS: Readonly<Record<RectificationAction, string>> = {
  start: '开始整改',
  fix: '提交整改结果',
  explain: '提交情况说明',
  accept: '验收通过',
  reopen: '退回重新整改',
};

export const ACTOR_ROLES = ['office', 'department'] as const;
export type ActorRole = (typeof ACTOR_ROLES)[number];

const tableCode = z.string().regex(TABLE_CODE_PATTERN);
const id = z.string().regex(/^[A-Za-z0-9_.-]{1,64}$/);

export const rectificationOriginSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('indicator'), indicatorId: id }).strict(),
  z.object({ kind: z.literal('rule'), ruleId: id, tableCode: tableCode.nullable() }).strict(),
  z.object({ kind: z.literal('outlier'), tableCode, field: z.string().max(64) }).strict(),
  z.object({ kind: z.literal('observation') }).strict(),
]);
export type RectificationOrigin = z.infer<typeof rectificationOriginSchema>;

export const ORIGIN_LABELS: Readonly<Record<RectificationOrigin['kind'], string>> = {
  indicator: '指标未达标',
  rule: '校验未通过',
  outlier: '异常值',
  observation: '督导室发现',
};

export const historyEntrySchema = z
  .object({
    action: z.enum(RECTIFICATION_ACTIONS),
    role: z.enum(ACTOR_ROLES),
    by: z.string().max(100),
    at: z.string().max(40),
    note: z.string().max(4000),
  })
  .strict();
export type RectificationHistoryEntry = z.infer<typeof historyEntrySchema>;

export const evidenceSchema = z
  .object({
    /** The table and rows the department changed. */
    tableCode: tableCode.nullable(),
    rowIds: z.array(z.string().uuid()).max(10000),
    /** An attachment by name and SHA-256 (the file itself travels separately). */
    attachment: z
      .object({ name: z.string().min(1).max(200), sha256: z.string().regex(/^[0-9a-f]{64}$/) })
      .strict()
      .nullable(),
  })
  .strict();
export type RectificationEvidence = z.infer<typeof evidenceSchema>;

export const rectificationItemSchema = z
  .object({
    id: z.string().uuid(),
    departmentCode: z.string().min(1).max(32),
    /** What is to be rectified. */
    title: z.string().trim().min(1).max(200),
    detail: z.string().max(4000),
    origin: rectificationOriginSchema,
    /** YYYYMMDD */
    dueDate: z.string().regex(/^\d{8}$/),
    /** A blocking item keeps the year from being locked until the office accepts it. */
    blocking: z.boolean(),
    state: z.enum(RECTIFICATION_STATES),
    /** The office has accepted the fix or the explanation: the item is closed. */
    accepted: z.boolean(),
    /** The department's latest response or justification. */
    response: z.string().max(4000),
    evidence: evidenceSchema,
    createdAt: z.string().max(40),
    createdBy: z.string().max(100),
    /** One more per transition: the later revision of an item wins when bundles cross. */
    revision: z.number().int().min(1),
    history: z.array(historyEntrySchema).max(500),
  })
  .strict();
export type RectificationItem = z.infer<typeof rectificationItemSchema>;

export const rectificationListSchema = z.array(rectificationItemSchema).max(5000);
