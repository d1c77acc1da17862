/**
 * What the backup feature needs of storage: a workspace read whole in one transaction, the table specs
 * and schema version an archive is checked against, and the restore write (one writer transaction).
 */
import type { BackupTableSpec } from '../../shared/backup/backup-manifest';
import { backupTableSpecs, readWorkspaceSnapshot, type WorkspaceSnapshot } from '../db/backup-read';
import { CURRENT_SCHEMA_VERSION, type StatusDb } from '../db/schema';
import type { WriterApi } from '../db/storage-startup';

export interface BackupStore {
  readonly schemaVersion: number;
  tableSpecs(): BackupTableSpec[];
  /** Null when the workspace does not exist. */
  readSnapshot(
    workspaceId: string,
    onProgress?: (done: number, total: number) => void,
  ): Promise<WorkspaceSnapshot | null>;
  hasWorkspace(workspaceId: string): Promise<boolean>;
  readonly restoreWorkspace: WriterApi['restoreWorkspace'];
}

export function createBackupStore(db: StatusDb, writer: Pick<WriterApi, 'restoreWorkspace'>): BackupStore {
  return {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    tableSpecs: () => backupTableSpecs(db),
    readSnapshot: (workspaceId, onProgress) => readWorkspaceSnapshot(db, workspaceId, onProgress),
    hasWorkspace: async (workspaceId) => (await db.workspaces.get(workspaceId)) !== undefined,
    restoreWorkspace: (content, ctx) => writer.restoreWorkspace(content, ctx),
  };
}
