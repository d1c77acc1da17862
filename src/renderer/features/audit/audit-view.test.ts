import { describe, expect, it } from 'vitest';
import { nextAuditEvent, type AuditEvent } from '../../../shared/audit/audit-chain';
import { describeSummary, filterAuditEvents, kindLabel } from './audit-view';
import { describeAuditTechnical } from './audit-describe';

function log(): AuditEvent[] {
  const a = nextAuditEvent(null, {
    workspaceId: 'w',
    at: '1',
    actor: '陈信息',
    kind: 'rows.edit',
    summary: { tableCode: 'A3', rows: 1 },
  });
  const b = nextAuditEvent(a, {
    workspaceId: 'w',
    at: '2',
    actor: '吴督导',
    kind: 'review.return',
    summary: { reason: '面积有误', tableCode: 'A3', departmentCode: 'DDS' },
  });
  return [a, b];
}

describe('audit view', () => {
  it('labels kinds in Chinese and keeps unknown kinds as they are', () => {
    expect(kindLabel('review.return')).toBe('退回整改');
    expect(kindLabel('bundle.import')).toBe('bundle.import');
  });

  it('describes a summary in Chinese, table and department first', () => {
    expect(describeSummary(log()[1] as AuditEvent)).toBe('表：A3；部门：DDS；原因：面积有误');
  });

  it('reads decisions, cell edits, bundle imports and restores as Chinese sentences', () => {
    const line = (summary: AuditEvent['summary']) => describeSummary({ summary });
    expect(
      line({
        tableCode: 'A3',
        departmentCode: 'TW',
        from: 'summary-approved',
        to: 'draft',
        reason: '面积有误',
        comments: [{ recordId: 'r1', fieldKey: '校舍面积', text: '应为 300' }],
        snapshotRows: 1,
      }),
    ).toBe(
      '表：A3；部门：TW；状态：汇总部门已审核 → 填报中；原因：面积有误；单元格批注：校舍面积：应为 300；审核快照行数：1',
    );
    expect(
      line({ tableCode: 'A3', departmentCode: 'TW', from: 'received', to: 'summary-approved', level: 2 }),
    ).toBe('表：A3；部门：TW；状态：已接收 → 汇总部门已审核；审核层级：汇总部门审核');
    expect(
      line({
        table: 'A3',
        department: 'TW',
        updated: 1,
        inserted: 0,
        deleted: 0,
        changedCells: 1,
        blocks: 1,
        cells: [{ row: 'r1', field: 'zdmj', old: 100, new: 300 }],
      }),
    ).toBe('表：A3；部门：TW；修改行：1；新增行：0；删除行：0；修改单元格：1；单元格：zdmj 100 → 300');
    expect(
      line({
        bundleHash: 'ab'.repeat(32),
        kind: 'forward',
        sender: 'summary:XGC',
        addressee: 'OFFICE',
        keyId: 'f76d3e81a26fb393',
        seq: 2,
        senderAuditHead: 'cd'.repeat(32),
        slices: [{ table: 'A3', department: 'TW', rows: 1, previousRows: 1, blocks: 1 }],
      }),
    ).toBe(`类型：汇总转报包；发送方：汇总部门 XGC；接收方：督导室；编号：2；数据：A3/TW 1 行（原 1 行）`);
    expect(
      describeAuditTechnical({
        bundleHash: 'ab'.repeat(32),
        keyId: 'f76d3e81a26fb393',
        seq: 2,
        kind: 'data',
      }),
    ).toBe(`数据包哈希：${'ab'.repeat(8)}…；密钥：f76d3e81a26fb393`);
    expect(describeAuditTechnical({ kind: 'data', rows: 3 })).toBe('');
    expect(line({ restoredFrom: '2025-10-01', operation: 'merge', records: 12, existed: true })).toBe(
      '备份时间：2025-10-01；备份原因：合并数据包前；记录数：12；覆盖已有年度：是',
    );
    expect(line({ name: '2025学年', changed: ['deadlines', 'users'] })).toBe(
      '名称：2025学年；修改：截止日期、用户',
    );
    expect(
      line({
        tableCode: 'A3',
        departmentCode: 'TW',
        previous: 'draft',
        state: 'summary-approved',
        approvals: [
          { level: 1, by: '田书记' },
          { level: 2, by: '许处长' },
        ],
        justifications: 1,
      }),
    ).toBe(
      '表：A3；部门：TW；本站原状态：填报中；状态：汇总部门已审核；审核经过：部门审核 田书记、汇总部门审核 许处长；合理性说明：1',
    );
  });

  it('names catalog fields in comments and cell edits when the page passes the catalog', () => {
    const field = (t: string, k: string) => (t === 'A3' && k === 'zdmj' ? '占地面积' : k);
    expect(
      describeSummary(
        { summary: { tableCode: 'A3', comments: [{ recordId: 'r', fieldKey: 'zdmj', text: '请核对' }] } },
        field,
      ),
    ).toBe('表：A3；单元格批注：占地面积：请核对');
    expect(
      describeSummary(
        { summary: { table: 'A3', cells: [{ row: 'r', field: 'zdmj', old: null, new: 5 }] } },
        field,
      ),
    ).toBe('表：A3；单元格：占地面积 空 → 5');
  });

  it('filters by kind, actor and text', () => {
    expect(filterAuditEvents(log(), { kind: 'review.return' }).map((e) => e.seq)).toEqual([2]);
    expect(filterAuditEvents(log(), { actor: '陈信息' }).map((e) => e.seq)).toEqual([1]);
    expect(filterAuditEvents(log(), { text: '面积' }).map((e) => e.seq)).toEqual([2]);
    expect(filterAuditEvents(log(), { text: '编辑数据' }).map((e) => e.seq)).toEqual([1]);
  });
});
