/**
 * The sentinel of docs/ARCHITECTURE.md §3, in userData/sentinel.json — deliberately outside the Chromium profile
 * that holds IndexedDB, so a store Chromium silently reset to empty can be told apart from a workspace
 * that really is empty. The text's format belongs to the renderer's storage layer; here it is only kept
 * durable: atomic replacement, and reads that tell "never written" from "unreadable".
 */
import { mkdir, readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { err, ok, type Result } from '../../shared/result';
import { writeFileAtomic } from './atomic-file';
import { createSerialQueue } from './serial-queue';

export const SENTINEL_FILE_NAME = 'sentinel.json';

export interface SentinelStore {
  read(): Promise<Result<{ text: string | null }>>;
  write(text: string): Promise<Result<{ written: true }>>;
}

export function createSentinelStore(filePath: string): SentinelStore {
  const serial = createSerialQueue();
  return {
    read: () =>
      serial(async () => {
        try {
          return ok({ text: await readFile(filePath, 'utf8') });
        } catch (e) {
          if ((e as NodeJS.ErrnoException).code === 'ENOENT') return ok({ text: null });
          // Not "no sentinel": answering null here would hide a reset database behind a fresh start.
          return err(
            'sentinel-unreadable',
            '无法读取数据校验文件（sentinel.json），无法确认数据库是否完整。',
            {
              reason: String(e),
            },
          );
        }
      }),
    write: (text) =>
      serial(async () => {
        try {
          await mkdir(dirname(filePath), { recursive: true });
          await writeFileAtomic(filePath, text);
        } catch (e) {
          return err('sentinel-write-failed', '无法写入数据校验文件（磁盘已满或无写入权限）。', {
            reason: String(e),
          });
        }
        return ok({ written: true as const });
      }),
  };
}
