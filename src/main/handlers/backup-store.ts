/**
 * backup:write / list / read / prune over one folder (userData/backups). Only names that pass the
 * backup-name grammar are ever joined to the folder, so no path from the renderer reaches the disk;
 * writes are atomic and refused up front when free space is short (docs/SECURITY.md D5: a backup must not eat
 * the space the database needs, and a torn backup is worse than none).
 */
import { constants } from 'node:fs';
import { lstat, mkdir, open, readdir, rm, statfs } from 'node:fs/promises';
import { join } from 'node:path';
import { backupsToPrune, isBackupName } from '../../shared/backup/backup-names';
import { MAX_BACKUP_BYTES, type ChannelArgs, type ChannelValue } from '../../shared/ipc/contract';
import { err, ok, type Result } from '../../shared/result';
import { writeFileAtomic } from './atomic-file';
import { createSerialQueue } from './serial-queue';

/** Free space kept in reserve beyond the backup itself: what the database needs to keep working. */
export const FREE_SPACE_RESERVE_BYTES = 64 * 1024 * 1024;

export interface BackupStoreDeps {
  readonly dir: string;
  /** Free bytes on the folder's disk; injected in tests. null when the platform cannot tell. */
  readonly freeBytes?: (dir: string) => Promise<number | null>;
}

export interface BackupStoreHandlers {
  write(args: ChannelArgs<'backup:write'>): Promise<Result<ChannelValue<'backup:write'>>>;
  list(): Promise<Result<ChannelValue<'backup:list'>>>;
  read(args: ChannelArgs<'backup:read'>): Promise<Result<ChannelValue<'backup:read'>>>;
  prune(args: ChannelArgs<'backup:prune'>): Promise<Result<ChannelValue<'backup:prune'>>>;
}

async function statfsFreeBytes(dir: string): Promise<number | null> {
  try {
    const s = await statfs(dir);
    return s.bavail * s.bsize;
  } catch {
    return null;
  }
}

/** O_NOFOLLOW and O_NONBLOCK are POSIX; Windows has neither (0) and no FIFOs in a folder. */
const READ_FLAGS = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);

const isDiskFull = (e: unknown) => ['ENOSPC', 'EDQUOT'].includes((e as NodeJS.ErrnoException).code ?? '');

export function createBackupStore(deps: BackupStoreDeps): BackupStoreHandlers {
  const freeBytes = deps.freeBytes ?? statfsFreeBytes;
  // A prune must not delete a file a write is renaming into place, nor list half-written state.
  const serial = createSerialQueue();
  const ensureDir = () => mkdir(deps.dir, { recursive: true });

  return {
    write: ({ name, bytesBase64 }) =>
      serial(async () => {
        const bytes = Buffer.from(bytesBase64, 'base64');
        try {
          await ensureDir();
          const free = await freeBytes(deps.dir);
          if (free !== null && free < bytes.length + FREE_SPACE_RESERVE_BYTES) {
            return err(
              'disk-full',
              `磁盘空间不足（剩余 ${mb(free)} MB），无法写入备份。请清理磁盘后重试；原有数据未受影响。`,
              {
                free,
                needed: bytes.length + FREE_SPACE_RESERVE_BYTES,
              },
            );
          }
          const path = join(deps.dir, name);
          await writeFileAtomic(path, bytes);
          return ok({ path });
        } catch (e) {
          if (isDiskFull(e))
            return err('disk-full', '磁盘已满，备份未写入。请清理磁盘后重试；原有数据未受影响。');
          return err('backup-write-failed', `无法写入备份文件夹 ${deps.dir}：没有写入权限或磁盘出错。`, {
            reason: String(e),
          });
        }
      }),

    list: () =>
      serial(async () => {
        try {
          await ensureDir();
          const names = (await readdir(deps.dir)).filter(isBackupName);
          const files = [];
          for (const name of names) {
            // lstat: a link planted in the folder is not one of our backups (read refuses it too).
            const s = await lstat(join(deps.dir, name));
            if (s.isFile()) files.push({ name, size: s.size, modifiedAt: s.mtime.toISOString() });
          }
          files.sort((a, b) => ((a.name.split('__')[1] ?? '') < (b.name.split('__')[1] ?? '') ? 1 : -1));
          return ok({ dir: deps.dir, files });
        } catch (e) {
          return err('backup-list-failed', `无法读取备份文件夹 ${deps.dir}。`, { reason: String(e) });
        }
      }),

    read: ({ name }) =>
      serial(async () => {
        try {
          // Not through a link, not blocking on a FIFO, a regular file within the cap checked before reading:
          // anything else in the folder under a backup's name was not written by us (docs/SECURITY.md E1).
          const handle = await open(join(deps.dir, name), READ_FLAGS);
          try {
            const st = await handle.stat();
            if (!st.isFile()) return err('backup-read-failed', '该备份文件不是普通文件，已拒绝读取。');
            if (st.size > MAX_BACKUP_BYTES)
              return err(
                'backup-read-failed',
                `该备份文件过大（上限 ${mb(MAX_BACKUP_BYTES)} MB），已拒绝读取。`,
              );
            const bytes = await handle.readFile();
            if (bytes.length > MAX_BACKUP_BYTES)
              return err(
                'backup-read-failed',
                `该备份文件过大（上限 ${mb(MAX_BACKUP_BYTES)} MB），已拒绝读取。`,
              );
            return ok({ bytesBase64: bytes.toString('base64') });
          } finally {
            await handle.close();
          }
        } catch (e) {
          const code = (e as NodeJS.ErrnoException).code;
          if (code === 'ENOENT') return err('backup-not-found', '该备份文件已不存在。');
          if (code === 'ELOOP') return err('backup-read-failed', '该备份文件不是普通文件，已拒绝读取。');
          return err('backup-read-failed', '无法读取该备份文件。', { reason: String(e) });
        }
      }),

    prune: ({ workspaceId, keep }) =>
      serial(async () => {
        try {
          await ensureDir();
          const doomed = backupsToPrune(await readdir(deps.dir), workspaceId, keep);
          for (const name of doomed) await rm(join(deps.dir, name), { force: true });
          return ok({ deleted: doomed });
        } catch (e) {
          return err('backup-prune-failed', '清理旧备份失败（不影响新备份）。', { reason: String(e) });
        }
      }),
  };
}

function mb(bytes: number): string {
  return (bytes / 1048576).toFixed(0);
}
