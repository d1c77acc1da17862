/**
 * The workflow's rules, pure: a step is marked done only after the step it depends on (the one before
 * it), with what that step must record; a step is reopened only while no later step is done; the board
 * shows which steps are late. Every change is validated whole and returns the new workflow or a
 * Chinese reason.
 */
import { z } from 'zod';
import { err, ok, type Result } from '../result';
import {
  WORKFLOW_STEP_IDS,
  WORKFLOW_STEP_LABELS,
  feedbackEntrySchema,
  stepRecordSchema,
  type ReportWorkflow,
  type StepRecord,
  type WorkflowStep,
  type WorkflowStepId,
} from './workflow-types';

/** The typed fields of a step's record (the package record is written by 生成报送材料). */
type TypedField = Exclude<keyof StepRecord, 'package'>;

/** The record fields each step must carry before it may be marked done. */
const REQUIRED: Readonly<Record<WorkflowStepId, ReadonlyArray<TypedField>>> = {
  plan: ['documentTitle'],
  drafting: [],
  'first-draft': [],
  compliance: [],
  final: [],
  submit: ['docNumber', 'date'],
  upload: ['date', 'receipt'],
  publish: ['url', 'date'],
};

const FIELD_LABELS: Readonly<Record<TypedField, string>> = {
  documentTitle: '工作方案名称',
  documentRef: '文号或文件名',
  docNumber: '公文文号',
  date: '日期',
  receipt: '回执编号',
  url: '发布网址',
  note: '备注',
};

export function newWorkflow(workspaceId: string, year: number, at: string, by: string): ReportWorkflow {
  return {
    workspaceId,
    year,
    steps: WORKFLOW_STEP_IDS.map((id) => ({
      id,
      owner: '',
      due: null,
      state: 'todo',
      doneAt: null,
      doneBy: null,
      record: {},
    })),
    feedback: [],
    updatedAt: at,
    updatedBy: by,
  };
}

const stepId = z.enum(WORKFLOW_STEP_IDS);
const ymd = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const workflowChangeSchema = z.discriminatedUnion('op', [
  z.object({ op: z.literal('plan'), stepId, owner: z.string().max(60), due: ymd.nullable() }).strict(),
  z.object({ op: z.literal('start'), stepId }).strict(),
  z.object({ op: z.literal('done'), stepId, record: stepRecordSchema }).strict(),
  z.object({ op: z.literal('reopen'), stepId, reason: z.string().max(500) }).strict(),
  z.object({ op: z.literal('feedback'), entry: feedbackEntrySchema.omit({ by: true }) }).strict(),
  /** 生成报送材料 assembled the submission set: recorded on 报送, which starts if it had not. */
  z
    .object({
      op: z.literal('package'),
      files: z.array(z.string().min(1).max(200)).min(1).max(200),
      missing: z.array(z.string().max(500)).max(200),
    })
    .strict(),
]);
export type WorkflowChange = z.infer<typeof workflowChangeSchema>;

/** Facts outside the workflow a step's completion depends on (chapters accepted, the report's 终稿). */
export interface WorkflowFacts {
  /** Chapters assigned to departments and not yet accepted (分工编撰 is done only when none is open). */
  readonly openChapters: number;
  /** The report is marked 终稿 (终稿 is done only then). */
  readonly reportFinal: boolean;
}

function label(id: WorkflowStepId): string {
  return WORKFLOW_STEP_LABELS[id];
}

/** Applies one change; the workflow is untouched on refusal. */
export function applyWorkflowChange(
  wf: ReportWorkflow,
  input: unknown,
  facts: WorkflowFacts,
  by: string,
  at: string,
): Result<ReportWorkflow> {
  const parsed = workflowChangeSchema.safeParse(input);
  if (!parsed.success)
    return err('workflow-invalid', `填写内容不正确：${parsed.error.issues[0]?.message ?? ''}`);
  const change = parsed.data;
  const touched = (steps: readonly WorkflowStep[]): ReportWorkflow => ({
    ...wf,
    steps: [...steps],
    updatedAt: at,
    updatedBy: by,
  });
  if (change.op === 'feedback') {
    if (stepOf(wf, 'publish').state !== 'done')
      return err('workflow-order', '报告尚未社会发布，发布后才能登记反馈。');
    return ok({ ...touched(wf.steps), feedback: [...wf.feedback, { ...change.entry, by }] });
  }
  if (change.op === 'package') {
    // Only the record of the package: 报送 is done once its 公文 number and date are entered.
    const pkg = { at, by, files: change.files, missing: change.missing };
    return ok(
      touched(
        wf.steps.map((s) =>
          s.id !== 'submit'
            ? s
            : { ...s, state: s.state === 'todo' ? 'doing' : s.state, record: { ...s.record, package: pkg } },
        ),
      ),
    );
  }
  const index = WORKFLOW_STEP_IDS.indexOf(change.stepId);
  const step = wf.steps[index]!;
  const replace = (next: WorkflowStep) => touched(wf.steps.map((s, i) => (i === index ? next : s)));
  switch (change.op) {
    case 'plan':
      return ok(replace({ ...step, owner: change.owner.trim(), due: change.due }));
    case 'start':
      if (step.state !== 'todo') return err('workflow-order', `“${label(step.id)}”已开始。`);
      return ok(replace({ ...step, state: 'doing' }));
    case 'done': {
      const blocked = doneBlocker(wf, index, change.record, facts);
      if (blocked !== null) return err('workflow-order', blocked);
      // The package record stays: marking 报送 done adds the 公文 to what was assembled.
      const kept = step.record.package === undefined ? {} : { package: step.record.package };
      return ok(
        replace({ ...step, state: 'done', doneAt: at, doneBy: by, record: { ...kept, ...change.record } }),
      );
    }
    case 'reopen': {
      if (step.state !== 'done') return err('workflow-order', `“${label(step.id)}”尚未完成，无需撤回。`);
      if (change.reason.trim() === '') return err('workflow-invalid', '撤回已完成的步骤需要填写原因。');
      const later = wf.steps.slice(index + 1).find((s) => s.state === 'done');
      if (later !== undefined)
        return err('workflow-order', `后续步骤“${label(later.id)}”已完成，请先撤回后续步骤。`);
      return ok(
        replace({
          ...step,
          state: 'doing',
          doneAt: null,
          doneBy: null,
          record: { ...step.record, note: `撤回：${change.reason.trim()}` },
        }),
      );
    }
  }
}

function doneBlocker(
  wf: ReportWorkflow,
  index: number,
  record: StepRecord,
  facts: WorkflowFacts,
): string | null {
  const step = wf.steps[index]!;
  if (step.state === 'done') return `“${label(step.id)}”已完成。`;
  const before = wf.steps[index - 1];
  if (before !== undefined && before.state !== 'done')
    return `“${label(before.id)}”尚未完成，不能先完成“${label(step.id)}”。`;
  const missing = REQUIRED[step.id].filter((f) => (record[f] ?? '').trim() === '');
  if (missing.length > 0)
    return `完成“${label(step.id)}”需要填写：${missing.map((f) => FIELD_LABELS[f]).join('、')}。`;
  if (step.id === 'drafting' && facts.openChapters > 0)
    return `还有 ${facts.openChapters} 个分工章节未采纳，不能完成“分工编撰”。`;
  if (step.id === 'final' && !facts.reportFinal) return '报告尚未标记为终稿，不能完成“终稿”。';
  return null;
}

export function stepOf(wf: ReportWorkflow, id: WorkflowStepId): WorkflowStep {
  return wf.steps[WORKFLOW_STEP_IDS.indexOf(id)]!;
}

/** Steps past their due date and not done, as of `today` (YYYY-MM-DD). */
export function lateSteps(wf: ReportWorkflow, today: string): WorkflowStep[] {
  return wf.steps.filter((s) => s.state !== 'done' && s.due !== null && s.due < today);
}

/** The first step not done: what is next on the board (null when every step is done). */
export function nextStep(wf: ReportWorkflow): WorkflowStep | null {
  return wf.steps.find((s) => s.state !== 'done') ?? null;
}
