/**
 * The message protocol between the UI and the storage worker: the worker hosts the one data writer,
 * the UI sends `{id, op, args}` and gets `{id, result}` back. Ops are a fixed list checked on both ends
 * (never a lookup of an arbitrary property name), and arguments/results are plain structured-cloneable
 * data. The same functions serve a real Worker, a MessagePort, or a Node MessageChannel in tests.
 */
import type { DataWriter } from './data-writer';

export const WRITER_OPS = [
  'createWorkspace',
  'updateWorkspace',
  'deleteWorkspace',
  'saveDepartments',
  'saveCatalog',
  'saveTasks',
  'commitSlice',
  'applyRowEdits',
  // review-writes.ts
  'saveRuleset',
  'reviewAction',
  'setJustification',
  'lockYear',
  'reopenYear',
  'applyFeedback',
  // bundle-writes.ts
  'saveOwnKey',
  'saveTrust',
  'applySetup',
  'mergeBundle',
  'recordBundle',
  // backup-restore.ts
  'restoreWorkspace',
  // import-writes.ts
  'importSlice',
  // report-writes.ts
  'createReport',
  'saveReportChapter',
  'updateReport',
  'setReportStatus',
  // analysis-writes.ts
  'saveIndicatorSet',
  'saveStandardSet',
  'createRectification',
  'stepRectification',
  'mergeRectifications',
  // Not a write: builds a slice's row locator ahead of its first edit (slice-writes.ts).
  'warmSlice',
] as const;
export type WriterOp = (typeof WRITER_OPS)[number];

// Compile-time check that WRITER_OPS lists exactly the writer's operations.
type Exact<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
export const WRITER_OPS_COMPLETE: Exact<WriterOp, keyof DataWriter> = true;

export interface RpcRequest {
  readonly id: number;
  readonly op: WriterOp;
  readonly args: unknown[];
}

export type RpcResponse =
  | { readonly id: number; readonly ok: true; readonly result: unknown }
  | {
      readonly id: number;
      readonly ok: false;
      readonly error: { readonly name: string; readonly message: string };
    };

/** The common shape of Worker, DedicatedWorkerGlobalScope and MessagePort (browser and Node). */
export interface PortLike {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (ev: MessageEvent) => void): void;
  start?: () => void;
}

function isRequest(v: unknown): v is RpcRequest {
  if (typeof v !== 'object' || v === null) return false;
  const r = v as Record<string, unknown>;
  return (
    typeof r.id === 'number' && (WRITER_OPS as readonly unknown[]).includes(r.op) && Array.isArray(r.args)
  );
}

/** Worker side: answers requests with the writer's results; writes run one after another. */
export function serveDataWriter(port: PortLike, writer: Promise<DataWriter> | DataWriter): void {
  let queue: Promise<unknown> = Promise.resolve();
  port.addEventListener('message', (ev: MessageEvent) => {
    const req: unknown = ev.data;
    if (!isRequest(req)) return;
    queue = queue.then(async () => {
      let res: RpcResponse;
      try {
        const w = await writer;
        const fn = w[req.op] as (...a: unknown[]) => Promise<unknown>;
        res = { id: req.id, ok: true, result: await fn(...req.args) };
      } catch (e) {
        const err = e instanceof Error ? e : new Error(String(e));
        res = { id: req.id, ok: false, error: { name: err.name, message: err.message } };
      }
      port.postMessage(res);
    });
  });
  port.start?.();
}
