/**
 * `backupBefore(workspaceId, operation)`: a logical backup of the workspace taken before every import,
 * merge and catalog change. Features call this function; the backup feature registers the
 * implementation at start-up, so features do not depend on how or where backups are written.
 * Until one is registered (unit tests of other features), no backup is taken and the call succeeds.
 */
import { ok, type Result } from '../../../shared/result';

/** Operations that take a backup first; shown in the backup list as the reason. */
export type BackupOperation = 'import' | 'merge' | 'catalog-change' | 'restore' | 'daily' | 'manual';

export type BackupBeforeFn = (workspaceId: string, operation: BackupOperation) => Promise<Result<void>>;

let implementation: BackupBeforeFn | null = null;

export function registerBackupBefore(fn: BackupBeforeFn): void {
  implementation = fn;
}

/** Takes the backup; a failure (e.g. disk full) is returned so the caller can refuse the operation. */
export function backupBefore(workspaceId: string, operation: BackupOperation): Promise<Result<void>> {
  return implementation ? implementation(workspaceId, operation) : Promise.resolve(ok(undefined));
}
