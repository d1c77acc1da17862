/**
 * The browser build's backup folder: a `backups` directory in the origin private file system. Chromium
 * writes a createWritable() stream to a swap file and swaps it in on close(), so a crash mid-write
 * leaves the previous file (or none), never a torn one. Quota errors come back as 'storage-full'.
 */
import { backupsToPrune, isBackupName } from '../../shared/backup/backup-names';
import { err, ok, type Result } from '../../shared/result';
import type { BackupFileInfo, BackupFolder } from './backup-folder-types';

const DIR_NAME = 'backups';
export const OPFS_LOCATION = '浏览器内部的备份区';

type DirectoryWithKeys = FileSystemDirectoryHandle & { keys(): AsyncIterable<string> };

/** null when this browser has no OPFS (then backups are downloads only). */
export function createOpfsBackupFolder(storage: StorageManager | undefined): BackupFolder | null {
  if (!storage || typeof storage.getDirectory !== 'function') return null;
  const dir = async () => (await storage.getDirectory()).getDirectoryHandle(DIR_NAME, { create: true });
  const names = async (): Promise<string[]> => {
    const out: string[] = [];
    for await (const name of ((await dir()) as DirectoryWithKeys).keys())
      if (isBackupName(name)) out.push(name);
    return out;
  };
  return {
    location: OPFS_LOCATION,
    async write(name, bytes) {
      if (!isBackupName(name)) return err('ipc-bad-args', '程序内部错误：备份文件名不正确。');
      try {
        const handle = await (await dir()).getFileHandle(name, { create: true });
        const writable = await handle.createWritable();
        try {
          await writable.write(bytes as Uint8Array<ArrayBuffer>);
          await writable.close();
        } catch (e) {
          await writable.abort().catch(() => undefined);
          throw e;
        }
        return ok(undefined);
      } catch (e) {
        if (isQuota(e))
          return err(
            'storage-full',
            '浏览器存储空间不足，备份未写入。请清理空间或下载备份；原有数据未受影响。',
          );
        return err('backup-write-failed', '无法写入浏览器备份区。', { reason: String(e) });
      }
    },
    async list() {
      try {
        const d = await dir();
        const files: BackupFileInfo[] = [];
        for (const name of await names()) {
          const f = await (await d.getFileHandle(name)).getFile();
          files.push({ name, size: f.size, modifiedAt: new Date(f.lastModified).toISOString() });
        }
        files.sort((a, b) => ((a.name.split('__')[1] ?? '') < (b.name.split('__')[1] ?? '') ? 1 : -1));
        return ok(files);
      } catch (e) {
        return err('backup-list-failed', '无法读取浏览器备份区。', { reason: String(e) });
      }
    },
    async read(name): Promise<Result<Uint8Array>> {
      if (!isBackupName(name)) return err('ipc-bad-args', '程序内部错误：备份文件名不正确。');
      try {
        const f = await (await (await dir()).getFileHandle(name)).getFile();
        return ok(new Uint8Array(await f.arrayBuffer()));
      } catch (e) {
        return err('backup-not-found', '该备份文件已不存在或无法读取。', { reason: String(e) });
      }
    },
    async prune(workspaceId, keep) {
      try {
        const d = await dir();
        const doomed = backupsToPrune(await names(), workspaceId, keep);
        for (const name of doomed) await d.removeEntry(name);
        return ok(doomed);
      } catch (e) {
        return err('backup-prune-failed', '清理旧备份失败（不影响新备份）。', { reason: String(e) });
      }
    },
  };
}

function isQuota(e: unknown): boolean {
  return typeof e === 'object' && e !== null && (e as { name?: unknown }).name === 'QuotaExceededError';
}
