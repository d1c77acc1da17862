/**
 * The restore steps every entry point shares (备份与恢复, the start page's archive import, the damaged
 * store notice): validate the whole archive, ask for confirmation naming what is replaced, restore.
 * UI-agnostic apart from the confirm callback, so each caller shows its own dialog.
 */
import type { BackupContent } from '../../../shared/backup/backup-manifest';
import { err, ok, type Result } from '../../../shared/result';
import type { BackupService } from './backup-service';
import { formatLocalSeconds } from '../../../shared/format/display-format';

export type ConfirmFn = (content: BackupContent) => Promise<boolean>;

/** ok(null) when the user declined; ok(content) after a successful restore. */
export async function restoreWithConfirm(
  service: BackupService,
  archive: Result<BackupContent>,
  confirm: ConfirmFn,
  actor: string,
): Promise<Result<BackupContent | null>> {
  if (!archive.ok) return archive;
  if (!(await confirm(archive.value))) return ok(null);
  const r = await service.restore(archive.value, actor);
  return r.ok ? ok(archive.value) : err(r.error.code, r.error.message);
}

/** Backup and restore times, as every page shows them. */
export const formatTime = formatLocalSeconds;

export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1048576) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1048576).toFixed(1)} MB`;
}
