/**
 * The sentinel of DESIGN.md §6, in userData/sentinel.json — deliberately outside IndexedDB, so that a
 * store Chromium silently reset to empty can be told apart from a workspace that really is empty.
 */
import { copyFile, mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { z } from 'zod';
import { err, ok, type Result } from '../../shared/result';
import { sentinelEntrySchema, type SentinelEntry } from '../../shared/ipc/contract';
import { writeFileAtomic } from './atomic-file';
import { readJsonFile } from './json-file';
import { createSerialQueue } from './serial-queue';

export const SENTINEL_FILE_NAME = 'sentinel.json';

const sentinelFileSchema = z.strictObject({
  format: z.literal('sdd-sentinel'),
  version: z.literal(1),
  entries: z.array(sentinelEntrySchema),
});

export interface SentinelStore {
  read(): Promise<Result<{ entries: SentinelEntry[] }>>;
  write(workspaceId: string, entry: SentinelEntry | null): Promise<Result<{ written: true }>>;
}

const CORRUPT_MESSAGE = '数据校验文件（sentinel.json）已损坏，无法确认数据库是否完整；请检查最近的备份。';

export function createSentinelStore(filePath: string): SentinelStore {
  const serial = createSerialQueue();

  async function load(): Promise<Result<SentinelEntry[]>> {
    const file = await readJsonFile(filePath);
    if (file.kind === 'missing') return ok([]);
    if (file.kind === 'ok') {
      const parsed = sentinelFileSchema.safeParse(file.value);
      if (parsed.success) return ok(parsed.data.entries);
    }
    return err('sentinel-corrupt', CORRUPT_MESSAGE);
  }

  return {
    read: () =>
      serial(async () => {
        const entries = await load();
        return entries.ok ? ok({ entries: entries.value }) : entries;
      }),
    write: (workspaceId, entry) =>
      serial(async () => {
        const current = await load();
        let entries: SentinelEntry[] = [];
        if (current.ok) {
          entries = current.value;
        } else {
          // Writes are atomic, so corruption means outside interference. Keep the evidence, start over:
          // refusing every later write would leave the check blind for good.
          await copyFile(filePath, `${filePath}.corrupt-${Date.now()}`).catch(() => undefined);
        }
        const others = entries.filter((e) => e.workspaceId !== workspaceId);
        const next = entry === null ? others : [...others, entry];
        try {
          await mkdir(dirname(filePath), { recursive: true });
          await writeFileAtomic(
            filePath,
            `${JSON.stringify({ format: 'sdd-sentinel', version: 1, entries: next }, null, 1)}\n`,
          );
        } catch (e) {
          return err('sentinel-write-failed', '无法写入数据校验文件（磁盘已满或无写入权限）。', {
            reason: String(e),
          });
        }
        return ok({ written: true as const });
      }),
  };
}
