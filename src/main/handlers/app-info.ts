/** app:info and backup:dir: facts about this installation that 设置 shows and backups need. */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { err, ok, type Result } from '../../shared/result';
import type { ChannelValue } from '../../shared/ipc/contract';

export interface AppFacts {
  readonly version: string;
  /** Electron's userData folder (pinned by main.ts so a product rename never moves it). */
  readonly dataDir: string;
  readonly platform: string;
}

export const BACKUP_DIR_NAME = 'backups';

export function createAppInfoHandlers(facts: AppFacts): {
  info(): Promise<Result<ChannelValue<'app:info'>>>;
  backupDir(): Promise<Result<ChannelValue<'backup:dir'>>>;
} {
  return {
    info: () =>
      Promise.resolve(ok({ version: facts.version, dataDir: facts.dataDir, platform: facts.platform })),
    async backupDir() {
      const path = join(facts.dataDir, BACKUP_DIR_NAME);
      try {
        await mkdir(path, { recursive: true });
      } catch (e) {
        return err('backup-dir-unavailable', `无法创建备份文件夹：${path}`, { reason: String(e) });
      }
      return ok({ path });
    },
  };
}
