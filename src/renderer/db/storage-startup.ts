/**
 * Start-up of the storage layer, in the order that keeps data safe: open (and migrate) the database,
 * compare it with the sentinel *before* anything writes, ask for persistent storage, then start the
 * writer — in the storage worker when Workers exist, directly otherwise (tests). Commits update the
 * sentinel on the UI side. A missing or merely stale sentinel is rewritten from the database; a reset
 * or mismatching database is left alone and reported, so the UI can offer a restore first.
 */
import { createDataWriter, type CommitReceipt, type DataWriter } from './data-writer';
import { requestPersistentStorage, type PersistResult } from './persistent-storage';
import { DEFAULT_DB_NAME, openStatusDb, type StatusDb } from './schema';
import {
  checkSentinel,
  createSentinelRecorder,
  refreshSentinel,
  type SentinelCheck,
  type SentinelStore,
} from './sentinel';
import { startStorageWorker } from './storage-client';
import type { WriterOp } from './storage-rpc';

/** The writer as the UI sees it: the same operations whether they run in the worker or in place. */
export type WriterApi = {
  readonly [K in WriterOp]: (...args: Parameters<DataWriter[K]>) => ReturnType<DataWriter[K]>;
};

export interface StorageHandle {
  /** For reads (reads.ts) and liveQuery; never write through it directly. */
  readonly db: StatusDb;
  readonly writer: WriterApi;
  readonly sentinel: SentinelCheck;
  readonly persistence: PersistResult;
  /** After the user chose to continue despite a sentinel warning (or after a restore). */
  acceptCurrentData(): Promise<void>;
  close(): void;
}

export interface StartStorageOptions {
  readonly sentinelStore: SentinelStore;
  readonly dbName?: string;
  /** Defaults to true when the platform has Workers. */
  readonly useWorker?: boolean;
}

export async function startStorage(options: StartStorageOptions): Promise<StorageHandle> {
  const dbName = options.dbName ?? DEFAULT_DB_NAME;
  const db = await openStatusDb(dbName);
  const sentinel = await checkSentinel(db, options.sentinelStore);
  if (sentinel.status === 'no-sentinel' || (sentinel.status === 'ok' && sentinel.stale)) {
    await refreshSentinel(db, options.sentinelStore);
  }
  const persistence = await requestPersistentStorage();
  const recorder = createSentinelRecorder(db, options.sentinelStore);
  const onCommitted = (r: CommitReceipt) => recorder.record(r);
  const useWorker = options.useWorker ?? typeof Worker !== 'undefined';
  const client = useWorker ? startStorageWorker(dbName, { onCommitted }) : null;
  const writer: WriterApi = client ?? createDataWriter(db, { onCommitted });
  return {
    db,
    writer,
    sentinel,
    persistence,
    acceptCurrentData: () => refreshSentinel(db, options.sentinelStore),
    close: () => {
      client?.close();
      db.close();
    },
  };
}
