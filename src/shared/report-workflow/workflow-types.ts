/**
 * The quality report's workflow (docs/report-workflow.md): the steps from the 工作方案 to 社会发布, each
 * with an owner, a due date, a state and what it records, plus the feedback received after publication
 * (信息跟踪和反馈). Stored per workspace and report year; validated whole at the storage boundary.
 */
import { z } from 'zod';

export const WORKFLOW_STEP_IDS = [
  'plan',
  'drafting',
  'first-draft',
  'compliance',
  'final',
  'submit',
  'upload',
  'publish',
] as const;
export type WorkflowStepId = (typeof WORKFLOW_STEP_IDS)[number];

export const WORKFLOW_STEP_LABELS: Readonly<Record<WorkflowStepId, string>> = {
  plan: '工作方案',
  drafting: '分工编撰',
  'first-draft': '初稿',
  compliance: '合规审查',
  final: '终稿',
  submit: '报送',
  upload: '上传年报管理系统',
  publish: '社会发布',
};

export const STEP_STATES = ['todo', 'doing', 'done'] as const;
export type StepState = (typeof STEP_STATES)[number];

const ymd = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD');
const text = (max: number) => z.string().max(max);

/** What a step records when it is done; which fields a step needs is in workflow-rules.ts. */
export const stepRecordSchema = z
  .object({
    /** 工作方案: the plan document's title and where it is kept (文号 or file name). */
    documentTitle: text(200).optional(),
    documentRef: text(200).optional(),
    /** 报送: the 公文 number and date. */
    docNumber: text(100).optional(),
    /** 报送 / 上传 / 发布: the date it happened. */
    date: ymd.optional(),
    /** 上传: the receipt (回执编号) the national system gave. */
    receipt: text(200).optional(),
    /** 发布: where the report was published. */
    url: z
      .string()
      .max(500)
      .regex(/^https?:\/\/\S+$/, '发布网址应以 http:// 或 https:// 开头')
      .optional(),
    note: text(1000).optional(),
    /** 报送: the newest submission set assembled (生成报送材料): when, by whom, its files, what was missing. */
    package: z
      .object({
        at: z.string().max(40),
        by: text(60),
        files: z.array(text(200)).max(200),
        missing: z.array(text(500)).max(200),
      })
      .strict()
      .optional(),
  })
  .strict();
export type StepRecord = z.infer<typeof stepRecordSchema>;

export const workflowStepSchema = z
  .object({
    id: z.enum(WORKFLOW_STEP_IDS),
    owner: text(60),
    due: ymd.nullable(),
    state: z.enum(STEP_STATES),
    doneAt: z.string().max(40).nullable(),
    doneBy: text(60).nullable(),
    record: stepRecordSchema,
  })
  .strict();
export type WorkflowStep = z.infer<typeof workflowStepSchema>;

/** 信息跟踪和反馈: what readers, the province or the public said after publication. */
export const feedbackEntrySchema = z
  .object({
    date: ymd,
    source: z.string().min(1, '请填写反馈来源').max(100),
    text: z.string().min(1, '请填写反馈内容').max(2000),
    by: text(60),
  })
  .strict();
export type FeedbackEntry = z.infer<typeof feedbackEntrySchema>;

export const reportWorkflowSchema = z
  .object({
    workspaceId: z.string().min(1),
    year: z.number().int().min(2000).max(2100),
    steps: z.array(workflowStepSchema).length(WORKFLOW_STEP_IDS.length),
    feedback: z.array(feedbackEntrySchema).max(500),
    updatedAt: z.string(),
    updatedBy: z.string(),
  })
  .strict();
export type ReportWorkflow = z.infer<typeof reportWorkflowSchema>;
