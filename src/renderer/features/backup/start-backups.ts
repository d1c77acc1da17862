/**
 * Start-up wiring of the backup feature: one service over the open storage, registered as the real
 * `backupBefore` every import, merge and catalog change calls. A failed backup is returned to the
 * caller, which then refuses its operation (never "carry on without a backup").
 */
import { err, ok } from '../../../shared/result';
import type { BackupOperationName } from '../../../shared/backup/backup-names';
import type { BackupStore } from '../../data/backup-store';
import type { Platform } from '../../platform/platform-types';
import { registerBackupBefore, type BackupOperation } from './backup-before';
import { createBackupService, setBackupService, type BackupService } from './backup-service';
import { T } from './texts';

// The seam's operation list and the file-name grammar's must stay the same list.
type Exact<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
export const BACKUP_OPERATIONS_MATCH: Exact<BackupOperation, BackupOperationName> = true;

export function startBackups(store: BackupStore, platform: Platform): BackupService {
  const service = createBackupService({ store, platform });
  setBackupService(service);
  registerBackupBefore(async (workspaceId, operation) => {
    const r = await service.takeBackup(workspaceId, operation);
    return r.ok ? ok(undefined) : err(r.error.code, T.backupFailedRefuse(r.error.message));
  });
  return service;
}
