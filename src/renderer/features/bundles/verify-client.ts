/**
 * The page's side of bundle verification: one disposable Worker per request (created, asked once,
 * terminated after the answer), a watchdog that terminates it when a file keeps it busy too long, and
 * a Chinese refusal when it dies (out of memory on a hostile file). Results are values, never thrown.
 * The same pattern as the spreadsheet parser (spreadsheet/parse-client.ts), one request per Worker.
 */
import { runVerifyOp, type VerifyOp, type VerifyOps, type VerifyRequest, type VerifyResult, type VerifyRunner } from '../../../shared/bundle/verify-ops';
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

export function createVerifyWorker(): VerifyWorker {
  return new Worker(new URL('./workers/bundle-verify.worker.ts', import.meta.url), { type: 'module', name: 'bundle-verify' });
}

export function workerVerifier(options: { readonly timeoutMs?: number; readonly makeWorker?: () => VerifyWorker } = {}): VerifyRunner {
  const timeoutMs = options.timeoutMs ?? VERIFY_TIMEOUT_MS;
  const makeWorker = options.makeWorker ?? createVerifyWorker;
  return <K extends VerifyOp>(op: K, req: VerifyOps[K]['req']) =>
    new Promise<VerifyResult<K>>((resolve) => {
      const worker = makeWorker();
      let settled = false;
      const finish = (r: Result<unknown>) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        worker.terminate();
        resolve(r as VerifyResult<K>);
      };
      // A file that keeps the Worker busy (or a Worker that never answers) is stopped by terminating it.
      const timer = setTimeout(() => finish(err('verify-timeout', X.verifyTimeout(Math.round(timeoutMs / 1000)))), timeoutMs);
      worker.onmessage = (e) => finish(e.data);
      worker.onmessageerror = () => finish(err('verify-crashed', X.verifyCrashed));
      worker.onerror = (e) => {
        e.preventDefault();
        // Kept for diagnosis: the user sees the Chinese refusal, the console keeps the engine's reason.
        console.warn('bundle-verify worker failed:', e.message);
        finish(err('verify-crashed', X.verifyCrashed));
      };
      worker.postMessage({ op, req } as VerifyRequest);
    });
}

/**
 * Unit tests' runner: the same operation in process, with request and result passed through
 * structuredClone exactly as postMessage would, so a non-cloneable field fails here too.
 */
export const inProcessVerifier: VerifyRunner = (op, req) => Promise.resolve(structuredClone(runVerifyOp(op, structuredClone(req))));
