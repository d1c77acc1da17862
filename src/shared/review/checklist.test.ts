import { describe, expect, it } from 'vitest';
import { approvalBlockers, buildChecklist, canApprove, type ChecklistInput } from './checklist';

const input = (extra: Partial<ChecklistInput> = {}): ChecklistInput => ({
  level: 1,
  rows: 12,
  requiredEmpty: 0,
  ruleResults: [],
  outliers: [],
  yoy: [],
  manual: [],
  ...extra,
});
const j = (text: string) => ({ text });

describe('buildChecklist', () => {
  it('turns summarised inputs into items with stable ids and severities', () => {
    const c = buildChecklist(
      input({
        requiredEmpty: 2,
        ruleResults: [
          { ruleId: 'R2', importance: 'low', status: 'fail', message: '低' },
          { ruleId: 'R1', importance: 'high', status: 'fail', message: '高', rowIds: ['a'] },
          { ruleId: 'R3', importance: 'medium', status: 'pass', message: '中' },
          { ruleId: 'X1', importance: 'high', status: 'undecidable', message: '跨表' },
          { ruleId: 'S1', importance: 'high', status: 'skipped', message: '缺值' },
        ],
        outliers: [{ fieldKey: 'salary', fieldLabel: '月薪', rowId: 'r9', value: 99000, score: 8.1 }],
        yoy: [
          { fieldKey: 'students', fieldLabel: '在校生数', current: 6500, previous: 5000, change: 0.3 },
          { fieldKey: 'labs', current: 4, previous: 0, change: null },
        ],
        manual: [
          { id: 'm1', text: '已与人事系统核对' },
          { id: 'm3', text: '校级专项核查', levels: [3] },
        ],
      }),
    );
    expect(c.items.map((i) => [i.id, i.severity, i.status])).toEqual([
      ['required:cells', 'hard', 'fail'],
      ['completeness:rows', 'soft', 'pass'],
      ['rule:R1', 'hard', 'fail'],
      ['rule:S1', 'info', 'skipped'],
      ['rule:X1', 'info', 'undecidable'],
      ['rule:R3', 'soft', 'pass'],
      ['rule:R2', 'soft', 'fail'],
      ['outlier:salary:r9', 'soft', 'fail'],
      ['yoy:students', 'soft', 'fail'],
      ['yoy:labs', 'soft', 'fail'],
      ['manual:m1', 'manual', 'manual'],
    ]);
    const text = (id: string) => c.items.find((i) => i.id === id)?.text;
    expect(text('required:cells')).toBe('有 2 个必填单元格未填写');
    expect(text('rule:X1')).toBe('跨表（本站无法判断）');
    expect(text('yoy:students')).toBe('在校生数 与上年相比变化 +30.0%');
    expect(text('yoy:labs')).toBe('labs 与上年相比变化 0 → 4');
    expect(text('outlier:salary:r9')).toBe('月薪 的值 99000 明显偏离同列其他数据');
  });

  it('points each failed item at its first offending cell, and passed items nowhere', () => {
    const c = buildChecklist(
      input({
        typeErrors: 3,
        requiredEmpty: 0,
        firstError: { rowId: 'r1', fieldKey: 'xb' },
        firstRequired: { rowId: 'r2', fieldKey: 'xm' },
        ruleResults: [
          { ruleId: 'R1', importance: 'high', status: 'fail', message: '高', rowIds: ['r4', 'r5'] },
          { ruleId: 'R2', importance: 'high', status: 'pass', message: '过', rowIds: ['r6'] },
        ],
        outliers: [{ fieldKey: 'salary', rowId: 'r9', value: 99000, score: 8.1 }],
      }),
    );
    const cells = Object.fromEntries(c.items.map((i) => [i.id, i.cell ?? null]));
    expect(cells).toMatchObject({
      'errors:cells': { rowId: 'r1', fieldKey: 'xb' },
      'required:cells': null,
      'rule:R1': { rowId: 'r4' },
      'rule:R2': null,
      'outlier:salary:r9': { rowId: 'r9', fieldKey: 'salary' },
    });
  });

  it('shows manual items only at their levels', () => {
    const manual = [{ id: 'm3', text: '校级专项核查', levels: [3] as const }];
    expect(buildChecklist(input({ manual })).items.some((i) => i.kind === 'manual')).toBe(false);
    expect(buildChecklist(input({ level: 3, manual })).items.some((i) => i.id === 'manual:m3')).toBe(true);
  });

  it('makes an empty table a soft failure', () => {
    const c = buildChecklist(input({ rows: 0 }));
    expect(canApprove(c, {}, []).ok).toBe(false);
    expect(canApprove(c, { 'completeness:rows': j('本年度无此类教师') }, []).ok).toBe(true);
  });
});

describe('canApprove', () => {
  const soft = buildChecklist(
    input({ ruleResults: [{ ruleId: 'R7', importance: 'medium', status: 'fail', message: '生师比偏高' }] }),
  );

  it('passes a clean checklist, with nothing accepted', () => {
    const r = canApprove(buildChecklist(input()), {}, []);
    expect(r).toEqual({ ok: true, value: { accepted: [] } });
  });

  it('blocks on a high-importance failure even with a justification', () => {
    const c = buildChecklist(
      input({
        ruleResults: [{ ruleId: 'R1', importance: 'high', status: 'fail', message: '录取数小于报到数' }],
      }),
    );
    const r = canApprove(c, { 'rule:R1': j('理由') }, []);
    expect(!r.ok && r.error.code).toBe('hard-failures');
    expect(!r.ok && r.error.message).toBe('有 1 项严重问题未解决，不能审核通过：录取数小于报到数');
  });

  it('blocks on empty required cells', () => {
    expect(canApprove(buildChecklist(input({ requiredEmpty: 1 })), {}, []).ok).toBe(false);
  });

  it('accepts a soft failure only with a non-blank justification', () => {
    expect(!canApprove(soft, {}, []).ok).toBe(true);
    const blank = canApprove(soft, { 'rule:R7': j('   ') }, []);
    expect(!blank.ok && blank.error.code).toBe('missing-justification');
    expect(canApprove(soft, { 'rule:R7': j('新校区投入使用') }, [])).toEqual({
      ok: true,
      value: { accepted: ['rule:R7'] },
    });
  });

  it('does not count undecidable or skipped rules as failures', () => {
    const c = buildChecklist(
      input({
        ruleResults: [
          { ruleId: 'X', importance: 'high', status: 'undecidable', message: '' },
          { ruleId: 'Y', importance: 'high', status: 'skipped', message: '' },
        ],
      }),
    );
    expect(canApprove(c, {}, []).ok).toBe(true);
  });

  it('requires every manual item to be ticked', () => {
    const c = buildChecklist(
      input({
        manual: [
          { id: 'a', text: '甲' },
          { id: 'b', text: '乙' },
        ],
      }),
    );
    const r = canApprove(c, {}, ['manual:a']);
    expect(!r.ok && r.error).toMatchObject({
      code: 'unticked-manual',
      message: '有 1 项人工检查尚未勾选：乙',
    });
    expect(canApprove(c, {}, ['manual:a', 'manual:b']).ok).toBe(true);
  });

  it('names the most serious blocker in the code and lists every kind in the message', () => {
    const c = buildChecklist(
      input({
        requiredEmpty: 3,
        outliers: [{ fieldKey: 'f', rowId: 'r', value: 1, score: 4, message: '异常值' }],
        manual: [{ id: 'a', text: '甲' }],
      }),
    );
    const r = canApprove(c, {}, []);
    expect(!r.ok && r.error.code).toBe('hard-failures');
    expect(!r.ok && r.error.message.split('；')).toHaveLength(3);
    expect(!r.ok && r.error.detail).toEqual({ hard: 1, unjustified: 1, unticked: 1 });
    const b = approvalBlockers(c, {}, []);
    expect([b.hard.length, b.unjustified.length, b.unticked.length, b.accepted.length]).toEqual([1, 1, 1, 0]);
  });

  it('never reads a justification from the prototype chain', () => {
    const c = buildChecklist(input({ yoy: [{ fieldKey: 'toString', current: 2, previous: 1, change: 1 }] }));
    const r = canApprove(
      c,
      Object.create({ 'yoy:toString': j('inherited') }) as Record<string, { text: string }>,
      [],
    );
    expect(r.ok).toBe(false);
  });
});

describe('type errors on the checklist', () => {
  it('a hard item with the count when counted; it blocks approval like required cells', () => {
    const c = buildChecklist({
      level: 1,
      rows: 3,
      requiredEmpty: 0,
      typeErrors: 3,
      ruleResults: [],
      outliers: [],
      yoy: [],
      manual: [],
    });
    expect(c.items[0]).toMatchObject({
      id: 'errors:cells',
      severity: 'hard',
      status: 'fail',
      text: '有 3 个单元格类型或格式错误',
    });
    const v = canApprove(c, {}, []);
    expect(v.ok ? '' : v.error.code).toBe('hard-failures');
    const clean = buildChecklist({
      level: 1,
      rows: 3,
      requiredEmpty: 0,
      typeErrors: 0,
      ruleResults: [],
      outliers: [],
      yoy: [],
      manual: [],
    });
    expect(clean.items[0]).toMatchObject({ id: 'errors:cells', status: 'pass', text: '没有类型或格式错误' });
  });
});
