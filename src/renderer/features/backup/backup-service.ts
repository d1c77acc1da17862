/**
 * Backups and restores, wired to the open database, the data writer and the platform's backup folder.
 * A backup is read in one transaction, packed chunk by chunk (src/shared/backup), written to the folder
 * outside IndexedDB and pruned to the last N. A restore validates the whole archive first, backs up
 * the current state, and only then replaces the workspace in one writer transaction.
 */
import { encodeBackupArchive, type EncodedBackup } from '../../../shared/backup/backup-archive-writer';
import type { BackupContent } from '../../../shared/backup/backup-manifest';
import {
  BACKUP_EXTENSION,
  formatBackupName,
  parseBackupName,
  type BackupOperationName,
} from '../../../shared/backup/backup-names';
import { err, ok, type Result } from '../../../shared/result';
import type { BackupStore } from '../../data/backup-store';
import type { BackupFileInfo, Platform } from '../../platform/platform-types';
import { workerArchiveReader, type ArchiveReader } from './archive-reader';
import { useBackupProgress } from './backup-progress';
import { DAILY_INTERVAL_MS, loadBackupSettings } from './backup-settings';
import { T } from './texts';

export interface BackupDeps {
  readonly store: BackupStore;
  readonly platform: Platform;
  readonly now?: () => Date;
  /** How an archive is opened for a restore: a disposable Worker in the app (archive-reader.ts). */
  readonly readArchive?: ArchiveReader;
}

const pause = () => new Promise<void>((r) => setTimeout(r, 0));
const progress = (label: string | null, percent = 0) => useBackupProgress.getState().set(label, percent);

export interface TakenBackup {
  readonly name: string;
  /** Folder path + name in Electron, the OPFS description or the download name in the browser. */
  readonly location: string;
}

export function createBackupService(deps: BackupDeps) {
  const now = () => (deps.now ?? (() => new Date()))();

  async function pack(workspaceId: string, operation: BackupOperationName): Promise<Result<EncodedBackup>> {
    progress(T.reading, 0);
    try {
      const snap = await deps.store.readSnapshot(workspaceId, (done, total) =>
        progress(T.reading, (40 * done) / Math.max(1, total)),
      );
      if (!snap) return err('workspace-not-found', '找不到该采集年度，可能已被删除。');
      const info = await deps.platform.appInfo();
      const head = {
        schemaVersion: deps.store.schemaVersion,
        appVersion: (info.ok ? info.value.version : 'unknown').slice(0, 40),
        workspaceId,
        workspaceName: snap.workspace.name,
        createdAt: now().toISOString(),
        operation,
        auditSeq: snap.auditSeq,
        auditHead: snap.auditHead,
      };
      return await encodeBackupArchive(head, snap.tables, {
        pause,
        onProgress: (p) => progress(T.packing, 40 + (60 * p.done) / Math.max(1, p.total)),
      });
    } finally {
      progress(null);
    }
  }

  async function takeBackup(
    workspaceId: string,
    operation: BackupOperationName,
  ): Promise<Result<TakenBackup>> {
    const packed = await pack(workspaceId, operation);
    if (!packed.ok) return packed;
    const { manifest, bytes } = packed.value;
    const name = formatBackupName(workspaceId, manifest.createdAt, operation);
    const folder = await deps.platform.backupFolder();
    if (!folder.ok) return folder;
    if (folder.value === null) {
      // No OPFS: the backup becomes a download the user keeps.
      const saved = await deps.platform.saveFile({ suggestedName: name, bytes });
      return saved.ok
        ? ok({ name, location: saved.value.kind === 'saved' ? saved.value.location : name })
        : saved;
    }
    const written = await folder.value.write(name, bytes);
    if (!written.ok) return written;
    // A failed prune only leaves an extra old backup; the new one is safe, so it does not fail the backup.
    await folder.value.prune(workspaceId, loadBackupSettings().keep);
    return ok({ name, location: `${folder.value.location} / ${name}` });
  }

  const reader = deps.readArchive ?? workerArchiveReader();

  /** Reads and validates the whole archive off the UI thread; nothing is restored yet. */
  function readArchive(bytes: Uint8Array): Promise<Result<BackupContent>> {
    return reader(bytes, {
      tables: deps.store.tableSpecs(),
      schemaVersion: deps.store.schemaVersion,
    });
  }

  return {
    takeBackup,
    readArchive,

    /** Backups of one workspace in the backup folder, newest first (empty without a folder). */
    async listBackups(workspaceId?: string): Promise<Result<BackupFileInfo[]>> {
      const folder = await deps.platform.backupFolder();
      if (!folder.ok || folder.value === null) return folder.ok ? ok([]) : folder;
      const files = await folder.value.list();
      if (!files.ok) return files;
      return ok(
        files.value.filter(
          (f) => workspaceId === undefined || parseBackupName(f.name)?.workspaceId === workspaceId,
        ),
      );
    },

    async readBackupFile(name: string): Promise<Result<BackupContent>> {
      const folder = await deps.platform.backupFolder();
      if (!folder.ok) return folder;
      if (folder.value === null) return err('backup-not-found', '本浏览器没有备份区。');
      const bytes = await folder.value.read(name);
      return bytes.ok ? readArchive(bytes.value) : bytes;
    },

    /** Replaces the archive's workspace; the current state (if any) is backed up first. */
    async restore(content: BackupContent, actor: string): Promise<Result<void>> {
      const id = content.manifest.workspaceId;
      if (await deps.store.hasWorkspace(id)) {
        const before = await takeBackup(id, 'restore');
        if (!before.ok) return err(before.error.code, T.backupFailedRefuse(before.error.message));
      }
      progress(T.restoring, 50);
      try {
        const r = await deps.store.restoreWorkspace(content, { actor });
        return r.ok ? ok(undefined) : err(r.error.code, r.error.message);
      } catch (e) {
        return err(
          'restore-failed',
          `恢复失败，原有数据未改动：${e instanceof Error ? e.message : String(e)}`,
        );
      } finally {
        progress(null);
      }
    },

    /** The workspace archive for moving to another PC: the same format, saved where the user picks. */
    async exportArchive(workspaceId: string): Promise<Result<string | null>> {
      const packed = await pack(workspaceId, 'manual');
      if (!packed.ok) return packed;
      const day = packed.value.manifest.createdAt.slice(0, 10);
      const safe = packed.value.manifest.workspaceName.replace(/[\\/:*?"<>|\p{Cc}]/gu, '_').slice(0, 60);
      const saved = await deps.platform.saveFile({
        suggestedName: `${safe}-年度存档-${day}.${BACKUP_EXTENSION}`,
        bytes: packed.value.bytes,
        filters: [{ name: '年度存档', extensions: [BACKUP_EXTENSION] }],
      });
      if (!saved.ok) return saved;
      return ok(saved.value.kind === 'saved' ? saved.value.location : null);
    },

    /** Takes the daily backup when the newest one of the workspace is older than a day. */
    async ensureDailyBackup(workspaceId: string): Promise<Result<boolean>> {
      if (!loadBackupSettings().daily) return ok(false);
      const folder = await deps.platform.backupFolder();
      // Without a backup folder a daily backup would be a daily download: not done automatically.
      if (!folder.ok || folder.value === null) return ok(false);
      const files = await folder.value.list();
      if (!files.ok) return files;
      const newest = files.value
        .map((f) => parseBackupName(f.name))
        .find((p) => p?.workspaceId === workspaceId);
      if (newest && now().getTime() - Date.parse(newest.createdAt) < DAILY_INTERVAL_MS) return ok(false);
      const r = await takeBackup(workspaceId, 'daily');
      return r.ok ? ok(true) : r;
    },
  };
}

export type BackupService = ReturnType<typeof createBackupService>;

let current: BackupService | null = null;

/** Set at start-up once storage is open (startup.ts). */
export function setBackupService(service: BackupService): void {
  current = service;
}

/** The app's backup service; null before start-up finished (component tests). */
export function backupService(): BackupService | null {
  return current;
}
