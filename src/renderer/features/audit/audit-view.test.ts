import { describe, expect, it } from 'vitest';
import { nextAuditEvent, type AuditEvent } from '../../../shared/audit/audit-chain';
import { describeSummary, filterAuditEvents, kindLabel } from './audit-view';

function log(): AuditEvent[] {
  const a = nextAuditEvent(null, { workspaceId: 'w', at: '1', actor: '陈信息', kind: 'rows.edit', summary: { tableCode: 'A3', rows: 1 } });
  const b = nextAuditEvent(a, { workspaceId: 'w', at: '2', actor: '吴督导', kind: 'review.return', summary: { reason: '面积有误', tableCode: 'A3', departmentCode: 'DDS' } });
  return [a, b];
}

describe('audit view', () => {
  it('labels kinds in Chinese and keeps unknown kinds as they are', () => {
    expect(kindLabel('review.return')).toBe('退回整改');
    expect(kindLabel('bundle.import')).toBe('bundle.import');
  });

  it('describes a summary with the table and department first', () => {
    expect(describeSummary(log()[1] as AuditEvent)).toBe('tableCode: A3；departmentCode: DDS；reason: 面积有误');
  });

  it('filters by kind, actor and text', () => {
    expect(filterAuditEvents(log(), { kind: 'review.return' }).map((e) => e.seq)).toEqual([2]);
    expect(filterAuditEvents(log(), { actor: '陈信息' }).map((e) => e.seq)).toEqual([1]);
    expect(filterAuditEvents(log(), { text: '面积' }).map((e) => e.seq)).toEqual([2]);
    expect(filterAuditEvents(log(), { text: '编辑数据' }).map((e) => e.seq)).toEqual([1]);
  });
});
