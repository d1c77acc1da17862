/**
 * What the UI calls to write: the data writer's operations, run in the storage worker so that big
 * commits (imports, bundle merges) do not freeze the UI. Results are the writer's own Result values.
 * After each successful write the client passes the receipt to `onCommitted` on the UI side, which is
 * where the sentinel lives (localStorage does not exist in workers). Reads stay direct (reads.ts);
 * Dexie's liveQuery sees the worker's writes through its BroadcastChannel propagation.
 */
import type { CommitReceipt, DataWriter, WriteResult } from './data-writer';
import { DEFAULT_DB_NAME } from './schema';
import { WRITER_OPS, type PortLike, type RpcResponse, type WriterOp } from './storage-rpc';

export type StorageClient = {
  readonly [K in WriterOp]: (...args: Parameters<DataWriter[K]>) => ReturnType<DataWriter[K]>;
} & { close(): void };

export interface StorageClientOptions {
  readonly onCommitted?: (receipt: CommitReceipt) => void | Promise<void>;
}

/** Wraps a port that speaks the storage RPC (a Worker, or a MessagePort in tests). */
export function createStorageClient(
  port: PortLike & { terminate?: () => void; close?: () => void },
  options: StorageClientOptions = {},
): StorageClient {
  let nextId = 1;
  const waiting = new Map<number, { resolve: (r: unknown) => void; reject: (e: Error) => void }>();
  port.addEventListener('message', (ev: MessageEvent) => {
    const res = ev.data as RpcResponse;
    const w = waiting.get(res.id);
    if (!w) return;
    waiting.delete(res.id);
    if (res.ok) w.resolve(res.result);
    else w.reject(Object.assign(new Error(res.error.message), { name: res.error.name }));
  });
  port.start?.();

  const call = (op: WriterOp, args: unknown[]): Promise<unknown> =>
    new Promise<unknown>((resolve, reject) => {
      const id = nextId++;
      waiting.set(id, { resolve, reject });
      port.postMessage({ id, op, args });
    }).then(async (answer) => {
      if (op === 'warmSlice') return answer;
      const result = answer as WriteResult;
      if (result.ok && options.onCommitted) {
        try {
          await options.onCommitted(result.value);
        } catch (e) {
          // The data is committed; a failed sentinel update is caught by the next start-up check.
          console.error('onCommitted failed after a successful write', e);
        }
      }
      return result;
    });

  const client: Record<string, unknown> = {
    close: () => {
      for (const w of waiting.values()) w.reject(new Error('storage client closed'));
      waiting.clear();
      port.terminate?.();
      port.close?.();
    },
  };
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
