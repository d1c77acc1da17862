/**
 * Chapters written by departments (docs/report-workflow.md): the office assigns a chapter of the report
 * to a department with a due date; the department drafts it, its 负责人 approves, and it travels to the
 * office as a signed chapter bundle. Both stations keep one ChapterWork per assignment with the small
 * state machine 起草 → 已提交 → 已采纳 / 退回修改 (chapter-machine.ts).
 */
import { z } from 'zod';
import { DEPARTMENT_CODE_PATTERN } from '../departments/department-types';
import { pmNodeSchema, type PmNode } from '../report/pm-json';

const deptCode = z.string().regex(DEPARTMENT_CODE_PATTERN);

export const chapterAssignmentSchema = z
  .object({
    id: z.string().min(1).max(60),
    /** The report year it belongs to. */
    year: z.number().int().min(2000).max(2100),
    /** The chapter of the office's report the text is merged into. */
    chapterId: z.string().min(1).max(60),
    title: z.string().min(1).max(100),
    departmentCode: deptCode,
    due: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    /** A summary department the chapter travels through, or null: straight to the office. */
    via: deptCode.nullable(),
    /** What the office asks for (要点, 字数, 截止要求). */
    brief: z.string().max(2000),
  })
  .strict();
export type ChapterAssignment = z.infer<typeof chapterAssignmentSchema>;

export const CHAPTER_STATES = ['drafting', 'submitted', 'accepted', 'returned'] as const;
export type ChapterState = (typeof CHAPTER_STATES)[number];

export const CHAPTER_STATE_LABELS: Readonly<Record<ChapterState, string>> = {
  drafting: '起草',
  submitted: '已提交',
  accepted: '已采纳',
  returned: '退回修改',
};

export const chapterEventSchema = z
  .object({
    action: z.enum(['assign', 'submit', 'receive', 'return', 'accept', 'relay']),
    at: z.string().max(40),
    by: z.string().max(60),
    revision: z.number().int().min(0),
    reason: z.string().max(2000).optional(),
  })
  .strict();
export type ChapterEvent = z.infer<typeof chapterEventSchema>;

/** One assignment as a station holds it. */
export const chapterWorkSchema = z
  .object({
    workspaceId: z.string().min(1),
    assignment: chapterAssignmentSchema,
    state: z.enum(CHAPTER_STATES),
    /** The last revision submitted (department) or received (office); 0 before the first. */
    revision: z.number().int().min(0),
    history: z.array(chapterEventSchema).max(500),
    /** Department: the working draft (after a return, the office's commented copy). Office: null. */
    draft: pmNodeSchema.nullable(),
    /** Department: who approved the revision last submitted (负责人). */
    approvedBy: z.string().max(60).nullable(),
    /**
     * Summary department relaying the chapter: the department's signed bundle of the revision held
     * (kept in the bundle log), forwarded unchanged to the office.
     */
    original: z
      .object({ bundleHash: z.string().min(1).max(128), seq: z.number().int().min(0) })
      .strict()
      .optional(),
  })
  .strict();
export interface ChapterWork extends Omit<z.infer<typeof chapterWorkSchema>, 'draft'> {
  readonly draft: PmNode | null;
}
