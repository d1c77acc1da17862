/**
 * Attributes of the report's live nodes, one validator each. A live node holds a *reference* (an
 * indicator id, a grouped query), never a copied number; `seen` records what was shown when the chapter
 * was last saved and from which snapshot, so the consistency check can tell a value changed by a
 * re-lock since, and an export can say which data it read.
 */
import { z } from 'zod';

const id = z.string().min(1).max(120);
const shortText = z.string().max(500);

export const PHRASES = ['value', 'growth', 'standard'] as const;
export type Phrase = (typeof PHRASES)[number];

/** What a live value showed when saved: the number and the snapshot it came from. */
export const seenSchema = z.object({ value: z.number(), snapshot: z.string().max(200) }).nullable();

export const indicatorValueAttrs = z.object({
  indicatorId: id,
  phrase: z.enum(PHRASES),
  seen: seenSchema.default(null),
});
export type IndicatorValueAttrs = z.infer<typeof indicatorValueAttrs>;

/** A grouped query over one collected table: rows of `groupBy` with count or sum of `field`. */
export const aggregateQuerySchema = z.object({
  type: z.literal('aggregate'),
  tableCode: id,
  groupBy: id,
  measure: z.enum(['count', 'sum']),
  field: id.optional(),
  label: shortText.default(''),
});
export type AggregateQuery = z.infer<typeof aggregateQuerySchema>;

export const indicatorListSchema = z.object({
  type: z.literal('indicators'),
  indicatorIds: z.array(id).min(1).max(40),
});

export const liveSourceSchema = z.discriminatedUnion('type', [indicatorListSchema, aggregateQuerySchema]);
export type LiveSource = z.infer<typeof liveSourceSchema>;

export const CHART_KINDS = ['bar', 'line', 'pie', 'radar'] as const;
export type ChartKind = (typeof CHART_KINDS)[number];

export const chartAttrs = z.object({
  chartId: id,
  kind: z.enum(CHART_KINDS),
  title: shortText,
  caption: shortText.default(''),
  source: liveSourceSchema,
});
export type ChartAttrs = z.infer<typeof chartAttrs>;

export const dataTableAttrs = z.object({
  tableId: id,
  title: shortText,
  caption: shortText.default(''),
  source: liveSourceSchema,
});
export type DataTableAttrs = z.infer<typeof dataTableAttrs>;

/** Only embedded images: a remote address would be a request the report makes on its reader's behalf. */
export const imageSrcSchema = z
  .string()
  .max(8_000_000)
  .regex(/^data:image\/(png|jpeg|gif|webp);base64,[A-Za-z0-9+/=]+$/, '图片必须内嵌（PNG/JPEG/GIF/WebP）');

export const caseAttrs = z.object({
  caseId: id,
  title: shortText,
  department: shortText.default(''),
  text: z.string().max(20000).default(''),
  tags: z.array(z.string().max(40)).max(20).default([]),
  photos: z.array(imageSrcSchema).max(6).default([]),
});
export type CaseAttrs = z.infer<typeof caseAttrs>;

export const imageAttrs = z.object({
  src: imageSrcSchema,
  alt: shortText.nullable().default(null),
  title: shortText.nullable().default(null),
  caption: shortText.default(''),
});

export const footnoteAttrs = z.object({ text: z.string().max(2000) });

export const commentAttrs = z.object({
  commentId: id,
  text: z.string().max(2000),
  author: shortText,
  at: z.string().max(40),
  resolved: z.boolean().default(false),
});
export type CommentAttrs = z.infer<typeof commentAttrs>;

export const linkAttrs = z.looseObject({ href: z.string().regex(/^(https?:|mailto:)/i, '链接只能是网址') });
