/**
 * Where automatic backups are kept: outside the IndexedDB store they protect. Electron: the
 * userData/backups folder through IPC (backup:* channels). Browser: the origin private file system
 * (OPFS) — a different backing store than IndexedDB, so a reset or corrupt database leaves it alone,
 * though browser eviction can take both (the 备份与恢复 page therefore also offers downloads).
 */
import type { Result } from '../../shared/result';

export interface BackupFileInfo {
  /** A backup file name (src/shared/backup/backup-names.ts). */
  readonly name: string;
  readonly size: number;
  readonly modifiedAt: string;
}

export interface BackupFolder {
  /** For the user: the folder path in Electron, a description in the browser. */
  readonly location: string;
  write(name: string, bytes: Uint8Array): Promise<Result<void>>;
  /** Backup files only, newest first. */
  list(): Promise<Result<BackupFileInfo[]>>;
  read(name: string): Promise<Result<Uint8Array>>;
  /** Deletes `workspaceId`'s backups beyond the newest `keep`; returns the deleted names. */
  prune(workspaceId: string, keep: number): Promise<Result<string[]>>;
}

/** Bundle files the OS handed to the app (file association, second launch); empty in the browser. */
export interface LaunchFiles {
  readonly files: ReadonlyArray<{ readonly name: string; readonly bytes: Uint8Array }>;
  readonly refused: ReadonlyArray<{ readonly name: string; readonly message: string }>;
}
