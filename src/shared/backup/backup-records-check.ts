/**
 * Record-level checks of a backup whose bytes already matched its manifest: every record belongs to the
 * backed-up workspace, has a usable, unique primary key, passes the schema its table's live writes use
 * (backup-record-schemas.ts), the workspace record passes its schema, and the
 * workspace's audit log is an unbroken hash chain ending at the head the manifest names. A restore
 * replaces the workspace, so anything that would leave it inconsistent is refused here, whole.
 */
import { verifyAuditChain, type AuditEvent } from '../audit/audit-chain';
import { canonicalJson } from '../canonical-json';
import { err, ok, type Result } from '../result';
import { workspaceSchema } from '../workspace/workspace-types';
import type { BackupManifest, BackupRecord, BackupTableSpec } from './backup-manifest';
import { backupMessages as m } from './backup-messages';
import { firstInvalidRecord } from './backup-record-schemas';

export const WORKSPACES_TABLE = 'workspaces';
export const AUDIT_TABLE = 'audit';

export function checkBackupRecords(
  manifest: BackupManifest,
  tables: Readonly<Record<string, readonly BackupRecord[]>>,
  specs: readonly BackupTableSpec[],
): Result<null, 'backup-invalid'> {
  for (const spec of specs) {
    const records = tables[spec.name] ?? [];
    const keys = new Set<string>();
    for (let i = 0; i < records.length; i++) {
      const r = records[i];
      if (typeof r !== 'object' || r === null || Array.isArray(r))
        return err('backup-invalid', m.badRecord(spec.name, i, '不是对象'));
      const owner = spec.name === WORKSPACES_TABLE ? r.id : r.workspaceId;
      if (owner !== manifest.workspaceId)
        return err('backup-invalid', m.badRecord(spec.name, i, '属于其他采集年度'));
      const key = spec.keyPath.map((p) => r[p]);
      if (!key.every(isKeyPart)) return err('backup-invalid', m.badRecord(spec.name, i, '主键无效'));
      const k = canonicalJson(key);
      if (keys.has(k)) return err('backup-invalid', m.duplicateKey(spec.name, i));
      keys.add(k);
    }
    const bad = firstInvalidRecord(spec.name, records);
    if (bad !== null) return err('backup-invalid', m.badRecord(spec.name, bad.index, bad.problem));
  }
  const ws = tables[WORKSPACES_TABLE] ?? [];
  if (ws.length !== 1) return err('backup-invalid', m.badWorkspace(`应有 1 条，实有 ${ws.length} 条`));
  const parsed = workspaceSchema.safeParse(ws[0]);
  if (!parsed.success)
    return err('backup-invalid', m.badWorkspace(parsed.error.issues[0]?.path.join('.') ?? ''));
  return checkAudit(manifest, (tables[AUDIT_TABLE] ?? []) as unknown as readonly AuditEvent[]);
}

function isKeyPart(v: unknown): boolean {
  return (typeof v === 'string' && v.length <= 1024) || (typeof v === 'number' && Number.isFinite(v));
}

function checkAudit(manifest: BackupManifest, events: readonly AuditEvent[]): Result<null, 'backup-invalid'> {
  const ordered = [...events].sort((a, b) => a.seq - b.seq);
  const chain = verifyAuditChain(ordered);
  if (!chain.ok) return err('backup-invalid', m.auditBroken(chain.message));
  const last = ordered.at(-1);
  const seq = last?.seq ?? 0;
  if (seq !== manifest.auditSeq || (last !== undefined && last.hash !== manifest.auditHead))
    return err('backup-invalid', m.auditHead);
  return ok(null);
}
