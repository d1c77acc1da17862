/**
 * What the UI calls to write: the data writer's operations, run in the storage worker so that big
 * commits (imports, bundle merges) do not freeze the UI. Results are the writer's own Result values.
 * After each successful write the client passes the receipt to `onCommitted` on the UI side, which is
 * where the sentinel lives (localStorage does not exist in workers). Reads stay direct (reads.ts);
 * Dexie's liveQuery sees the worker's writes through its BroadcastChannel propagation.
 */
import { createRpcClient } from '../workers/rpc-client';
import type { RpcWorker } from '../workers/rpc-protocol';
import type { CommitReceipt, DataWriter, WriteResult } from './data-writer';
import { DEFAULT_DB_NAME } from './schema';
import { WRITER_OPS, type WriterOp } from './storage-rpc';

export type StorageClient = {
  readonly [K in WriterOp]: (...args: Parameters<DataWriter[K]>) => ReturnType<DataWriter[K]>;
} & { close(): void };

export interface StorageClientOptions {
  readonly onCommitted?: (receipt: CommitReceipt) => void | Promise<void>;
}

/** Developer-facing: a storage worker that throws or dies is a bug, so the call rejects (never a refusal). */
const FAILURE_TEXTS = {
  timeout: (s: number) => `storage worker did not answer in ${s} s`,
  crashed: 'storage worker crashed',
  closed: 'storage client closed',
};

/** Wraps a port that speaks the storage protocol (a Worker, or a MessagePort in tests). */
export function createStorageClient(port: RpcWorker, options: StorageClientOptions = {}): StorageClient {
  // Writes may take long (a 100k-row import): no watchdog; the Worker is ours, not a hostile file's.
  // Typed per op by StorageClient below; here every op is an argument list in, a value out.
  const rpc = createRpcClient<Record<WriterOp, { req: unknown[]; res: unknown }>>({
    name: 'storage',
    makeWorker: () => port,
    texts: FAILURE_TEXTS,
  });

  const call = async (op: WriterOp, args: unknown[]): Promise<unknown> => {
    const r = await rpc.call(op, args);
    if (!r.ok) {
      throw Object.assign(new Error(r.error.message), {
        name: r.error.detail?.['name'] ?? 'StorageWorkerError',
      });
    }
    if (op === 'warmSlice') return r.value;
    const result = r.value as WriteResult;
    if (result.ok && options.onCommitted) {
      try {
        await options.onCommitted(result.value);
      } catch (e) {
        // The data is committed; a failed sentinel update is caught by the next start-up check.
        console.error('onCommitted failed after a successful write', e);
      }
    }
    return result;
  };

  const client: Record<string, unknown> = { close: () => rpc.terminate() };
  for (const op of WRITER_OPS) client[op] = (...args: unknown[]) => call(op, args);
  return client as StorageClient;
}

/** Starts the storage worker on database `dbName` (the worker's name carries it) and returns its client. */
export function startStorageWorker(
  dbName: string = DEFAULT_DB_NAME,
  options: StorageClientOptions = {},
): StorageClient {
  const worker = new Worker(new URL('./storage.worker.ts', import.meta.url), {
    type: 'module',
    name: dbName,
  });
  return createStorageClient(worker, options);
}
