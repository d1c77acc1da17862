/**
 * Start-up: open (and migrate) the database, ask for persistent storage, compare the database with the
 * sentinel kept outside IndexedDB, then start the storage worker and the repository. A store that was
 * silently reset or damaged is reported, never silently used as a fresh start (THREATS.md D8).
 */
import { openStatusDb, DEFAULT_DB_NAME, type StatusDb } from '../db/schema';
import { requestPersistentStorage } from '../db/persistent-storage';
import { checkSentinel, createSentinelRecorder, refreshSentinel, type SentinelStore } from '../db/sentinel';
import { startStorageWorker } from '../db/storage-client';
import { createDexieRepository } from '../data/dexie-repository';
import { setRepository } from '../data/repository-instance';
import { getPlatform } from '../platform/platform';
import { sentinelStoreFor } from '../platform/sentinel-store';

export type StartupState =
  | { readonly status: 'starting' }
  | { readonly status: 'ready' }
  | { readonly status: 'failed'; readonly message: string }
  | {
      readonly status: 'damaged';
      readonly problems: readonly string[];
      /** Accept the database as it is now (the sentinel is rewritten from it). */
      readonly acceptAsIs: () => Promise<StartupState>;
    };

export async function startStorage(dbName: string = DEFAULT_DB_NAME): Promise<StartupState> {
  let db: StatusDb;
  try {
    db = await openStatusDb(dbName);
  } catch (e) {
    return { status: 'failed', message: `数据库无法打开：${e instanceof Error ? e.message : String(e)}。请从备份恢复。` };
  }
  void requestPersistentStorage();
  const store = sentinelStoreFor(getPlatform());
  const check = await checkSentinel(db, store);
  if (check.status === 'no-sentinel' || check.stale) await refreshSentinel(db, store);
  const ready = (): StartupState => {
    const recorder = createSentinelRecorder(db, store);
    const writer = startStorageWorker(dbName, { onCommitted: (receipt) => recorder.record(receipt) });
    setRepository(createDexieRepository(db, writer));
    return { status: 'ready' };
  };
  if (check.status === 'empty-but-expected-data' || check.status === 'mismatch') {
    return {
      status: 'damaged',
      problems: check.problems,
      acceptAsIs: async () => {
        await refreshSentinel(db, store);
        return ready();
      },
    };
  }
  return ready();
}

export type { SentinelStore };
