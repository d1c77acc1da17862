/** Generated backup inputs for the format tests: a valid workspace, a few tables, an audit chain. */
import { nextAuditEvent, type AuditEvent } from '../../audit/audit-chain';
import type { BackupManifestHead, BackupTableInput } from '../backup-archive-writer';
import type { BackupTableSpec } from '../backup-manifest';
import { sampleWorkspace } from '../../workspace/testing/sample-workspace';

export const WS_ID = '6f1d2c3b-4a59-4e8f-9a0b-1c2d3e4f5a6b';

export const TEST_SPECS: readonly BackupTableSpec[] = [
  { name: 'workspaces', keyPath: ['id'] },
  { name: 'blocks', keyPath: ['workspaceId', 'tableCode', 'departmentCode', 'blockNo'] },
  { name: 'audit', keyPath: ['workspaceId', 'seq'] },
  { name: 'keys', keyPath: ['workspaceId', 'keyId'], skipNonJson: true },
];

export function testWorkspace(): Record<string, unknown> {
  return sampleWorkspace({ id: WS_ID });
}

export function testAudit(n: number): AuditEvent[] {
  const out: AuditEvent[] = [];
  for (let i = 0; i < n; i++) {
    out.push(
      nextAuditEvent(out.at(-1), {
        workspaceId: WS_ID,
        at: '2025-09-02T00:00:00.000Z',
        actor: '张三',
        kind: 'rows.commit',
        summary: { i },
      }),
    );
  }
  return out;
}

export function testBackupInput(
  blocks = 3,
  rowsPerBlock = 10,
): { head: BackupManifestHead; tables: BackupTableInput[] } {
  const audit = testAudit(4);
  const blockRecords = Array.from({ length: blocks }, (_, b) => ({
    workspaceId: WS_ID,
    tableCode: 'A1-1',
    departmentCode: 'RSC',
    blockNo: b,
    rows: Array.from({ length: rowsPerBlock }, (_, i) => ({
      id: `00000000-0000-4000-8000-${String(b * 10_000 + i).padStart(12, '0')}`,
      values: { xm: `姓名${i}`, nl: 20 + i, ok: i % 2 === 0, empty: null },
      by: '张三',
      at: '2025-09-02T08:00:00.000Z',
      src: 'typed' as const,
    })),
  }));
  const last = audit.at(-1) as AuditEvent;
  return {
    head: {
      schemaVersion: 3,
      appVersion: '0.1.0',
      workspaceId: WS_ID,
      workspaceName: '2025-2026学年状态数据',
      createdAt: '2025-09-03T01:02:03.004Z',
      operation: 'manual',
      auditSeq: last.seq,
      auditHead: last.hash,
    },
    tables: [
      { spec: TEST_SPECS[0] as BackupTableSpec, records: [testWorkspace()] },
      { spec: TEST_SPECS[1] as BackupTableSpec, records: blockRecords },
      { spec: TEST_SPECS[2] as BackupTableSpec, records: audit },
      {
        spec: TEST_SPECS[3] as BackupTableSpec,
        records: [
          {
            workspaceId: WS_ID,
            keyId: 'k1',
            publicKey: 'abc',
            fingerprint: 'k1',
            createdAt: '2025-09-01T00:00:00.000Z',
            createdBy: '张三',
            storage: 'webcrypto',
          },
        ],
      },
    ],
  };
}
