/**
 * App start-up: the storage layer's own start (open + migrate, sentinel check before any write,
 * persistent storage, writer worker) with this platform's sentinel store, then the repository the UI
 * uses. A store that was silently reset or does not match its sentinel is reported with the choice to
 * continue anyway; it is never silently used as a fresh start (docs/SECURITY.md D8).
 */
import { startStorage as startStorageLayer, type StorageHandle } from '../db/storage-startup';
import { DEFAULT_DB_NAME } from '../db/schema';
import { createBackupStore } from '../data/backup-store';
import { createDexieRepository } from '../data/dexie-repository';
import { setRepository } from '../data/repository-instance';
import { getPlatform } from '../platform/platform';
import { sentinelStoreFor } from '../platform/sentinel-store';
import { startBackups } from '../features/backup/start-backups';

export type StartupState =
  | { readonly status: 'starting' }
  | { readonly status: 'ready'; readonly storage: StorageHandle }
  | { readonly status: 'failed'; readonly message: string }
  | {
      readonly status: 'damaged';
      readonly problems: readonly string[];
      /** Accept the database as it is now (the sentinel is rewritten from it). */
      readonly acceptAsIs: () => Promise<StartupState>;
    };

export async function startStorage(dbName: string = DEFAULT_DB_NAME): Promise<StartupState> {
  let storage: StorageHandle;
  try {
    storage = await startStorageLayer({ sentinelStore: sentinelStoreFor(getPlatform()), dbName });
  } catch (e) {
    return {
      status: 'failed',
      message: `本地数据库无法打开：${e instanceof Error ? e.message : String(e)}。请从备份恢复。`,
    };
  }
  // Before anything can write: imports, merges and catalog changes back up first, and a damaged
  // store's notice offers the latest backups.
  startBackups(createBackupStore(storage.db, storage.writer), getPlatform());
  const ready = (): StartupState => {
    setRepository(createDexieRepository(storage.db, storage.writer));
    return { status: 'ready', storage };
  };
  const { status, problems } = storage.sentinel;
  if (status === 'empty-but-expected-data' || status === 'mismatch') {
    return {
      status: 'damaged',
      problems,
      acceptAsIs: async () => {
        await storage.acceptCurrentData();
        return ready();
      },
    };
  }
  return ready();
}
