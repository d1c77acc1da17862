/**
 * The annual quality report (质量年报) as stored: a report record per workspace and year holding the
 * chapter outline and each chapter's head version, and the chapter versions themselves (ProseMirror
 * JSON, every save kept). Versioned (`schemaVersion`) and validated whole at every trust boundary, so
 * chapters can later travel between stations as bundles on the same model.
 */
import { z } from 'zod';
import { pmNodeSchema, type PmNode } from './pm-json';

export const REPORT_SCHEMA_VERSION = 1;

/** What a chapter is for: the consistency check treats each kind by its own rules. */
export const CHAPTER_KINDS = ['responsibility', 'section', 'annex', 'cases'] as const;
export type ChapterKind = (typeof CHAPTER_KINDS)[number];

export const chapterMetaSchema = z.object({
  id: z.string().min(1).max(60),
  /** Template key (e.g. 'students'), or 'custom' for a chapter the office added. */
  key: z.string().min(1).max(40),
  title: z.string().min(1).max(100),
  kind: z.enum(CHAPTER_KINDS),
  required: z.boolean(),
  /** The latest saved version (1 = as created from the template). */
  head: z.number().int().min(1),
});
export type ChapterMeta = z.infer<typeof chapterMetaSchema>;

/** A 重点编制内容 from the provincial notice; covered when the report's text names a keyword. */
export const keyPointSchema = z.object({
  id: z.string().min(1).max(60),
  title: z.string().min(1).max(200),
  keywords: z.array(z.string().min(1).max(60)).min(1).max(20),
});
export type KeyPoint = z.infer<typeof keyPointSchema>;

export const REPORT_STATUSES = ['draft', 'final'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

export const reportSchema = z.object({
  schemaVersion: z.literal(REPORT_SCHEMA_VERSION),
  id: z.string().min(1).max(60),
  workspaceId: z.string().min(1),
  year: z.number().int().min(2000).max(2100),
  title: z.string().min(1).max(200),
  school: z.string().max(100),
  status: z.enum(REPORT_STATUSES),
  chapters: z.array(chapterMetaSchema).min(1).max(60),
  keyPoints: z.array(keyPointSchema).max(60),
  /** Annex tables the year's notice requires (names, e.g. 计分卡). */
  requiredAnnexes: z.array(z.string().min(1).max(60)).max(20),
  /** The year lock the live values were last read from, or null while the year is open. */
  lockRef: z.string().max(200).nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  updatedBy: z.string(),
  finalizedAt: z.string().nullable(),
  /** Absent: the school's quality report; 'enterprise': an enterprise report (src/shared/enterprise). */
  kind: z.literal('enterprise').optional(),
});
export type Report = z.infer<typeof reportSchema>;

export const chapterVersionSchema = z.object({
  reportId: z.string().min(1).max(60),
  chapterId: z.string().min(1).max(60),
  version: z.number().int().min(1),
  at: z.string(),
  by: z.string(),
  note: z.string().max(500),
  content: pmNodeSchema,
});
export interface ChapterVersion extends Omit<z.infer<typeof chapterVersionSchema>, 'content'> {
  readonly content: PmNode;
}
