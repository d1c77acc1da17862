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
  type VerifyRequest,
  type VerifyResult,
  type VerifyRunner,
  type VerifySession,
} from '../../../shared/bundle/verify-ops';
import { err, type Result } from '../../../shared/result';
import { X } from './texts';

/** A verification that takes longer than this is treated as hostile (a 100k-row bundle takes seconds). */
export const VERIFY_TIMEOUT_MS = 120_000;

/** What the client needs of a Worker (a fake in unit tests). */
export interface VerifyWorker {
  onmessage: ((e: MessageEvent<Result<unknown>>) => void) | null;
  onerror: ((e: ErrorEvent) => void) | null;
  onmessageerror: ((e: MessageEvent) => void) | null;
  postMessage(message: VerifyRequest): void;
  terminate(): void;
}

export interface VerifierOptions {
  readonly timeoutMs?: number;
  readonly makeWorker?: () => VerifyWorker;
}

export function createVerifyWorker(): VerifyWorker {
  return new Worker(new URL('./workers/bundle-verify.worker.ts', import.meta.url), {
    type: 'module',
    name: 'bundle-verify',
  });
}

/**
 * A batch: one Worker, created on the first request and reused by the next ones; replaced after a
 * timeout or crash; terminated by close() (at once when idle, else after the request in flight).
 */
export function workerSession(options: VerifierOptions = {}): VerifySession {
  const timeoutMs = options.timeoutMs ?? VERIFY_TIMEOUT_MS;
  const makeWorker = options.makeWorker ?? createVerifyWorker;
  let worker: VerifyWorker | null = null;
  let closed = false;
  let busy = false;
  // Requests run one after another: the Worker answers in order, and a watchdog covers one file only.
  let tail: Promise<unknown> = Promise.resolve();

  const discard = () => {
    worker?.terminate();
    worker = null;
  };

  const once = <K extends VerifyOp>(op: K, req: VerifyOps[K]['req']) =>
    new Promise<VerifyResult<K>>((resolve) => {
      const w = (worker ??= makeWorker());
      busy = true;
      let settled = false;
      const finish = (r: Result<unknown>, broken: boolean) => {
        if (settled) return;
        settled = true;
        busy = false;
        clearTimeout(timer);
        w.onmessage = w.onerror = w.onmessageerror = null;
        if (broken || closed) discard();
        resolve(r as VerifyResult<K>);
      };
      // A file that keeps the Worker busy (or a Worker that never answers) is stopped by terminating it.
      const timer = setTimeout(
        () => finish(err('verify-timeout', X.verifyTimeout(Math.round(timeoutMs / 1000))), true),
        timeoutMs,
      );
      w.onmessage = (e) => finish(e.data, false);
      w.onmessageerror = () => finish(err('verify-crashed', X.verifyCrashed), true);
      w.onerror = (e) => {
        e.preventDefault();
        // Kept for diagnosis: the user sees the Chinese refusal, the console keeps the engine's reason.
        console.warn('bundle-verify worker failed:', e.message);
        finish(err('verify-crashed', X.verifyCrashed), true);
      };
      w.postMessage({ op, req } as VerifyRequest);
    });

  const run: VerifyRunner = (op, req) => {
    const next = tail.then(() => once(op, req));
    tail = next;
    return next;
  };
  return {
    run,
    close: () => {
      closed = true;
      if (!busy) discard();
    },
  };
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
