/**
 * The page's side of bundle verification: a disposable Worker per batch of files (one import, or the
 * several files picked at once), asked one request at a time and terminated when the batch closes. A
 * watchdog terminates it when a file keeps it busy too long, and a Worker that dies (out of memory on a
 * hostile file) is a Chinese refusal of that file only: the next request of the batch starts a fresh
 * Worker, so whatever one file did to the Worker's memory or time never reaches the next file. Results
 * are values, never thrown.
 */
import {
  runVerifyOpAsync,
  type VerifyOp,
  type VerifyOps,
  type VerifyResult,
  type VerifyRunner,
  type VerifySession,
} from '../../../shared/bundle/verify-ops';
import { err } from '../../../shared/result';
import { createRpcClient } from '../../workers/rpc-client';
import type { RpcWorker } from '../../workers/rpc-protocol';
import { X } from './texts';

/** A verification that takes longer than this is treated as hostile (a 100k-row bundle takes seconds). */
export const VERIFY_TIMEOUT_MS = 120_000;

/**
 * A file up to this size is posted to the Worker while the file before it is verified (rpc-ahead.ts
 * `ahead`), so the Worker goes on without waiting for the page; a larger one waits its turn, so two
 * large files never share the Worker's memory (a 100k-row department bundle is a few MB).
 */
export const AHEAD_MAX_BYTES = 16 * 1024 * 1024;

const fileBytes = (req: unknown): number =>
  typeof req === 'object' && req !== null && 'bytes' in req && req.bytes instanceof Uint8Array
    ? req.bytes.length
    : Infinity;

/** The verification Worker's protocol (workers/rpc-protocol.ts): every operation answers with its Result value. */
export type VerifyProtocol = {
  readonly [K in VerifyOp]: { readonly req: VerifyOps[K]['req']; readonly res: VerifyResult<K> };
};

export interface VerifierOptions {
  readonly timeoutMs?: number;
  readonly makeWorker?: () => RpcWorker;
}

export function createVerifyWorker(): RpcWorker {
  return new Worker(new URL('./workers/bundle-verify.worker.ts', import.meta.url), {
    type: 'module',
    name: 'bundle-verify',
  });
}

/** A Worker started ahead of the next batch; `failed` once it could not load its script. */
let spare: { readonly worker: RpcWorker; failed: boolean } | null = null;

/**
 * Starts a verify Worker ahead of the next batch (when 导入数据包 opens), so its script loads while the
 * person picks files instead of after. It serves no request until a batch takes it, so every batch
 * still begins on a Worker no other file has touched. Returns a stop for when the tab closes.
 */
export function prestartVerifyWorker(make: () => RpcWorker = createVerifyWorker): () => void {
  if (spare === null) {
    const entry = { worker: make(), failed: false };
    entry.worker.addEventListener('error', () => (entry.failed = true));
    spare = entry;
  }
  const mine = spare;
  return () => {
    if (spare !== mine) return;
    spare = null;
    mine.worker.terminate?.();
  };
}

/** The started Worker if there is a healthy one (taken: never given twice), else a new one. */
export function takeVerifyWorker(make: () => RpcWorker = createVerifyWorker): RpcWorker {
  const taken = spare;
  spare = null;
  if (taken !== null && !taken.failed) return taken.worker;
  taken?.worker.terminate?.();
  return make();
}

/**
 * A batch: one Worker, created on the first request and reused by the next ones; replaced after a
 * timeout or crash; terminated by close() (at once when idle, else after the requests asked so far).
 */
export function workerSession(options: VerifierOptions = {}): VerifySession {
  const timeoutMs = options.timeoutMs ?? VERIFY_TIMEOUT_MS;
  const client = createRpcClient<VerifyProtocol>({
    name: 'bundle-verify',
    makeWorker: options.makeWorker ?? (() => takeVerifyWorker()),
    texts: { timeout: X.verifyTimeout, crashed: X.verifyCrashed, closed: X.verifyCrashed },
    timeoutMs,
    ahead: (_op, req) => fileBytes(req) <= AHEAD_MAX_BYTES,
  });
  // A session is opened just before its first file: the Worker loads while the page reads the year.
  client.warm();
  const run: VerifyRunner = async <K extends VerifyOp>(op: K, req: VerifyOps[K]['req']) => {
    const r = await client.call(op, req);
    if (r.ok) return r.value;
    return err(r.error.code === 'timeout' ? 'verify-timeout' : 'verify-crashed', r.error.message);
  };
  return { run, close: () => client.close() };
}

/** One request in its own disposable Worker (a batch of one). */
export function workerVerifier(options: VerifierOptions = {}): VerifyRunner {
  return (op, req) => {
    const session = workerSession(options);
    const r = session.run(op, req);
    session.close();
    return r;
  };
}

/**
 * Unit tests' runner: the same operation in process, with request and result passed through
 * structuredClone exactly as postMessage would, so a non-cloneable field fails here too.
 */
export const inProcessVerifier: VerifyRunner = async (op, req) =>
  structuredClone(await runVerifyOpAsync(op, structuredClone(req)));

/** The in-process runner as a session (nothing to terminate). */
export const inProcessSession = (): VerifySession => ({ run: inProcessVerifier, close: () => undefined });
