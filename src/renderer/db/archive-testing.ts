/** Test helper: a workspace's archive bytes as the backup service writes them. Only tests import it. */
import { encodeBackupArchive } from '../../shared/backup/backup-archive-writer';
import { readWorkspaceSnapshot } from './backup-read';
import { CURRENT_SCHEMA_VERSION, type StatusDb } from './schema';

export async function encodeWorkspaceArchive(
  db: StatusDb,
  workspaceId: string,
): Promise<{ bytes: Uint8Array; auditSeq: number }> {
  const snap = await readWorkspaceSnapshot(db, workspaceId);
  if (!snap) throw new Error('no workspace');
  const encoded = await encodeBackupArchive(
    {
      schemaVersion: CURRENT_SCHEMA_VERSION,
      appVersion: 'test',
      workspaceId,
      workspaceName: snap.workspace.name,
      createdAt: new Date().toISOString(),
      operation: 'manual',
      auditSeq: snap.auditSeq,
      auditHead: snap.auditHead,
    },
    snap.tables,
  );
  if (!encoded.ok) throw new Error(encoded.error.message);
  return { bytes: encoded.value.bytes, auditSeq: snap.auditSeq };
}
