import { describe, expect, it } from 'vitest';
import { applyWorkflowChange, lateSteps, newWorkflow, nextStep, stepOf } from './workflow-rules';
import type { ReportWorkflow } from './workflow-types';

const AT = '2026-05-01T08:00:00.000Z';
const facts = { openChapters: 0, reportFinal: true };

function run(wf: ReportWorkflow, change: unknown, f = facts): ReportWorkflow {
  const r = applyWorkflowChange(wf, change, f, '王老师', AT);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}
const refusal = (wf: ReportWorkflow, change: unknown, f = facts) => {
  const r = applyWorkflowChange(wf, change, f, '王老师', AT);
  return r.ok ? null : r.error.message;
};

function doneThrough(count: number): ReportWorkflow {
  const records: Record<string, object> = {
    plan: { documentTitle: '2026年质量年报工作方案' },
    submit: { docNumber: '院发〔2026〕12号', date: '2026-06-01' },
    upload: { date: '2026-06-05', receipt: 'NB-2026-0042' },
    publish: { url: 'https://www.example.edu.cn/report2026', date: '2026-06-10' },
  };
  let wf = newWorkflow('ws', 2026, AT, '王老师');
  for (const s of wf.steps.slice(0, count))
    wf = run(wf, { op: 'done', stepId: s.id, record: records[s.id] ?? {} });
  return wf;
}

describe('report workflow steps', () => {
  it('starts with the eight steps from 工作方案 to 社会发布, all to do', () => {
    const wf = newWorkflow('ws', 2026, AT, '王老师');
    expect(wf.steps.map((s) => s.id)).toEqual([
      'plan',
      'drafting',
      'first-draft',
      'compliance',
      'final',
      'submit',
      'upload',
      'publish',
    ]);
    expect(nextStep(wf)?.id).toBe('plan');
  });

  it('refuses to mark a step done before the one it depends on', () => {
    const wf = newWorkflow('ws', 2026, AT, '王老师');
    expect(refusal(wf, { op: 'done', stepId: 'drafting', record: {} })).toBe(
      '“工作方案”尚未完成，不能先完成“分工编撰”。',
    );
    expect(stepOf(wf, 'drafting').state).toBe('todo');
  });

  it('needs what each step records: the plan document, the 公文 number and date, the receipt, the URL', () => {
    const wf = newWorkflow('ws', 2026, AT, '王老师');
    expect(refusal(wf, { op: 'done', stepId: 'plan', record: {} })).toBe(
      '完成“工作方案”需要填写：工作方案名称。',
    );
    const five = doneThrough(5);
    expect(refusal(five, { op: 'done', stepId: 'submit', record: { date: '2026-06-01' } })).toBe(
      '完成“报送”需要填写：公文文号。',
    );
    const six = doneThrough(6);
    expect(stepOf(six, 'submit').record).toEqual({ docNumber: '院发〔2026〕12号', date: '2026-06-01' });
    expect(refusal(six, { op: 'done', stepId: 'upload', record: { date: '2026-06-05' } })).toBe(
      '完成“上传年报管理系统”需要填写：回执编号。',
    );
    const seven = doneThrough(7);
    expect(
      refusal(seven, { op: 'done', stepId: 'publish', record: { url: 'ftp://x', date: '2026-06-10' } }),
    ).toContain('发布网址应以 http:// 或 https:// 开头');
    expect(stepOf(doneThrough(8), 'publish').state).toBe('done');
  });

  it('分工编撰 waits for every assigned chapter, 终稿 for the report marked final', () => {
    const one = doneThrough(1);
    expect(refusal(one, { op: 'done', stepId: 'drafting', record: {} }, { ...facts, openChapters: 2 })).toBe(
      '还有 2 个分工章节未采纳，不能完成“分工编撰”。',
    );
    const four = doneThrough(4);
    expect(refusal(four, { op: 'done', stepId: 'final', record: {} }, { ...facts, reportFinal: false })).toBe(
      '报告尚未标记为终稿，不能完成“终稿”。',
    );
  });

  it('reopens a step only with a reason and while no later step is done', () => {
    const three = doneThrough(3);
    expect(refusal(three, { op: 'reopen', stepId: 'drafting', reason: '补充章节' })).toBe(
      '后续步骤“初稿”已完成，请先撤回后续步骤。',
    );
    expect(refusal(three, { op: 'reopen', stepId: 'first-draft', reason: ' ' })).toBe(
      '撤回已完成的步骤需要填写原因。',
    );
    const back = run(three, { op: 'reopen', stepId: 'first-draft', reason: '增加案例' });
    expect(stepOf(back, 'first-draft')).toMatchObject({ state: 'doing', doneAt: null });
  });

  it('takes feedback (信息跟踪和反馈) only after publication', () => {
    const entry = { date: '2026-07-01', source: '省教育厅', text: '案例数据需更新' };
    expect(refusal(doneThrough(7), { op: 'feedback', entry })).toBe('报告尚未社会发布，发布后才能登记反馈。');
    expect(run(doneThrough(8), { op: 'feedback', entry }).feedback).toEqual([{ ...entry, by: '王老师' }]);
  });

  it('lists the steps past their due date that are not done', () => {
    let wf = run(newWorkflow('ws', 2026, AT, '王老师'), {
      op: 'plan',
      stepId: 'plan',
      owner: '督导室',
      due: '2026-03-01',
    });
    wf = run(wf, { op: 'plan', stepId: 'drafting', owner: '各部门', due: '2026-04-30' });
    expect(lateSteps(wf, '2026-03-15').map((s) => s.id)).toEqual(['plan']);
    wf = run(wf, { op: 'done', stepId: 'plan', record: { documentTitle: '方案' } });
    expect(lateSteps(wf, '2026-05-02').map((s) => s.id)).toEqual(['drafting']);
  });

  it('refuses malformed input whole', () => {
    const wf = newWorkflow('ws', 2026, AT, '王老师');
    expect(refusal(wf, { op: 'plan', stepId: 'plan', owner: 'x', due: '3月1日' })).toMatch(/^填写内容不正确/);
    expect(refusal(wf, { op: 'done', stepId: 'nope', record: {} })).toMatch(/^填写内容不正确/);
  });
});

describe('the submission set on the board', () => {
  const pkg = { op: 'package', files: ['01-质量年报.docx', '04-附表.xlsx'], missing: ['质量年报尚未定稿'] };

  it('records what 生成报送材料 assembled on 报送 and starts the step, without marking it done', () => {
    const wf = run(newWorkflow('ws', 2026, AT, '王老师'), pkg);
    const submit = stepOf(wf, 'submit');
    expect(submit.state).toBe('doing');
    expect(submit.record.package).toEqual({
      at: AT,
      by: '王老师',
      files: ['01-质量年报.docx', '04-附表.xlsx'],
      missing: ['质量年报尚未定稿'],
    });
    expect(wf.steps.filter((s) => s.id !== 'submit').every((s) => s.state === 'todo')).toBe(true);
  });

  it('keeps the package when 报送 is marked done with its 公文, and records a later one on a done step', () => {
    const ready = run(doneThrough(5), pkg);
    const done = run(ready, {
      op: 'done',
      stepId: 'submit',
      record: { docNumber: '院发〔2026〕12号', date: '2026-06-01' },
    });
    expect(stepOf(done, 'submit').record).toMatchObject({
      docNumber: '院发〔2026〕12号',
      package: { files: pkg.files },
    });
    const again = run(done, { ...pkg, missing: [] });
    expect(stepOf(again, 'submit')).toMatchObject({ state: 'done', record: { package: { missing: [] } } });
  });

  it('refuses a package without files', () => {
    expect(
      refusal(newWorkflow('ws', 2026, AT, '王老师'), { op: 'package', files: [], missing: [] }),
    ).toContain('填写内容不正确');
  });
});
