/**
 * 编制步骤: each step with its owner, due date, state and what it recorded; late steps are marked and
 * the next step is named. Marking a step done asks for what that step records; the order and the
 * required records are checked by the pure rules inside the writer's transaction.
 */
import { App as AntApp, Button, Form, Input, Modal, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { lateSteps, nextStep } from '../../../shared/report-workflow/workflow-rules';
import {
  WORKFLOW_STEP_LABELS,
  type ReportWorkflow,
  type StepRecord,
  type WorkflowStep,
  type WorkflowStepId,
} from '../../../shared/report-workflow/workflow-types';
import type { Result } from '../../../shared/result';
import { W } from './texts';

/** The record fields asked when a step is marked done. */
const ASKED: Readonly<Record<WorkflowStepId, ReadonlyArray<keyof StepRecord>>> = {
  plan: ['documentTitle', 'documentRef'],
  drafting: ['note'],
  'first-draft': ['note'],
  compliance: ['note'],
  final: ['note'],
  submit: ['docNumber', 'date'],
  upload: ['date', 'receipt'],
  publish: ['url', 'date'],
};

type Dialog = { kind: 'done' | 'plan' | 'reopen'; step: WorkflowStep } | null;

function recordText(r: StepRecord): string {
  const { package: pkg, ...typed } = r;
  const parts = (Object.keys(typed) as (keyof typeof typed)[])
    .filter((k) => (typed[k] ?? '') !== '')
    .map((k) => `${(W.fields[k] ?? k).replace(/（.*）/, '')}：${typed[k]}`);
  // What 生成报送材料 assembled (the 附表 page records it here).
  if (pkg) parts.push(W.packageText(pkg.at.slice(0, 10), pkg.files.length, pkg.missing.length));
  return parts.join('；');
}

export function StepsBoard({
  workflow,
  today,
  onChange,
}: {
  workflow: ReportWorkflow;
  today: string;
  onChange(change: unknown): Promise<Result<void>>;
}) {
  const { message } = AntApp.useApp();
  const [dialog, setDialog] = useState<Dialog>(null);
  const [form] = Form.useForm<Record<string, string>>();
  const late = new Set(lateSteps(workflow, today).map((s) => s.id));
  const next = nextStep(workflow);

  const run = async (change: unknown) => {
    const r = await onChange(change);
    if (!r.ok) message.error({ content: r.error.message, duration: 8 });
    return r.ok;
  };
  const submit = async () => {
    if (!dialog) return;
    const v = form.getFieldsValue();
    const clean = Object.fromEntries(Object.entries(v).filter(([, x]) => (x ?? '').trim() !== ''));
    const change =
      dialog.kind === 'done'
        ? { op: 'done', stepId: dialog.step.id, record: clean }
        : dialog.kind === 'plan'
          ? { op: 'plan', stepId: dialog.step.id, owner: v.owner ?? '', due: v.due?.trim() || null }
          : { op: 'reopen', stepId: dialog.step.id, reason: v.reason ?? '' };
    if (await run(change)) setDialog(null);
  };
  const openDialog = (kind: 'done' | 'plan' | 'reopen', step: WorkflowStep) => {
    form.resetFields();
    if (kind === 'plan') form.setFieldsValue({ owner: step.owner, due: step.due ?? '' });
    setDialog({ kind, step });
  };

  return (
    <div data-testid="steps-board">
      <Typography.Paragraph>
        {W.next}：{next === null ? W.allDone : WORKFLOW_STEP_LABELS[next.id]}
      </Typography.Paragraph>
      <Table<WorkflowStep>
        size="small"
        pagination={false}
        rowKey="id"
        dataSource={workflow.steps}
        columns={[
          { title: W.step, render: (_, s) => WORKFLOW_STEP_LABELS[s.id] },
          { title: W.owner, dataIndex: 'owner' },
          { title: W.due, render: (_, s) => s.due ?? '' },
          {
            title: W.state,
            render: (_, s) => (
              <Space size={4}>
                <Tag color={s.state === 'done' ? 'green' : s.state === 'doing' ? 'blue' : 'default'}>
                  {W.stateLabels[s.state]}
                </Tag>
                {late.has(s.id) && <Tag color="red">{W.late}</Tag>}
              </Space>
            ),
          },
          { title: W.records, render: (_, s) => recordText(s.record) },
          {
            title: W.actions,
            render: (_, s) => (
              <Space size={4}>
                <Button size="small" onClick={() => openDialog('plan', s)}>
                  {W.plan}
                </Button>
                {s.state === 'todo' && (
                  <Button size="small" onClick={() => void run({ op: 'start', stepId: s.id })}>
                    {W.start}
                  </Button>
                )}
                {s.state !== 'done' ? (
                  <Button size="small" type="primary" onClick={() => openDialog('done', s)}>
                    {W.done}
                  </Button>
                ) : (
                  <Button size="small" onClick={() => openDialog('reopen', s)}>
                    {W.reopen}
                  </Button>
                )}
              </Space>
            ),
          },
        ]}
      />
      <Modal
        open={dialog !== null}
        title={dialog ? `${WORKFLOW_STEP_LABELS[dialog.step.id]} · ${W[dialog.kind]}` : ''}
        okText={W.save}
        cancelText={W.cancel}
        onOk={() => void submit()}
        onCancel={() => setDialog(null)}
        destroyOnHidden
        maskClosable={false}
      >
        <Form form={form} layout="vertical" data-testid="step-form">
          {dialog?.kind === 'plan' && (
            <>
              <Form.Item name="owner" label={W.owner}>
                <Input />
              </Form.Item>
              <Form.Item name="due" label={W.fields.date}>
                <Input placeholder="2026-06-30" />
              </Form.Item>
            </>
          )}
          {dialog?.kind === 'reopen' && (
            <Form.Item name="reason" label={W.reopenReason}>
              <Input />
            </Form.Item>
          )}
          {dialog?.kind === 'done' &&
            ASKED[dialog.step.id].map((f) => (
              <Form.Item key={f} name={f} label={W.fields[f]}>
                <Input />
              </Form.Item>
            ))}
        </Form>
      </Modal>
    </div>
  );
}
