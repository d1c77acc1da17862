/**
 * The page's hold on one Worker at a time, and the watchdog of a call. A Worker is started when first
 * needed and thrown away (terminated) when it fails, times out or is done with; the next call then
 * starts a fresh one. Only terminating a Worker stops a hostile regular expression or inflate, so a
 * watchdog that fires ends the Worker, not just the wait (see docs/ARCHITECTURE.md §5).
 */
import { isReply, type RpcReply, type RpcWorker } from './rpc-protocol';

export interface WorkerSlotOptions {
  /** For the console only (the user sees the Chinese refusal, the console keeps the engine's reason). */
  readonly name: string;
  readonly makeWorker: () => RpcWorker;
  /** A reply the current Worker sent (anything that is not a reply, or comes from a discarded Worker, is dropped). */
  readonly onReply: (reply: RpcReply, from: RpcWorker) => void;
  /** The current Worker died or sent what cannot be read. */
  readonly onBroken: (why: string) => void;
}

export interface WorkerSlot {
  /** The current Worker, started now if there is none. */
  start(): RpcWorker;
  /** The current Worker, if one is started. */
  readonly current: RpcWorker | null;
  /** Throws the current Worker away (terminated); later messages and failures from it are ignored. */
  discard(): void;
}

export function createWorkerSlot(options: WorkerSlotOptions): WorkerSlot {
  let worker: RpcWorker | null = null;
  return {
    start() {
      if (worker !== null) return worker;
      const w = options.makeWorker();
      const fail = (why: string) => {
        if (w !== worker) return;
        console.warn(`${options.name} worker failed:`, why);
        options.onBroken(why);
      };
      w.addEventListener('message', (ev) => {
        const m: unknown = (ev as MessageEvent).data;
        if (w === worker && isReply(m)) options.onReply(m, w);
      });
      w.addEventListener('error', (ev) => {
        ev.preventDefault();
        fail('message' in ev && typeof ev.message === 'string' ? ev.message : 'error');
      });
      w.addEventListener('messageerror', () => fail('messageerror'));
      w.start?.();
      worker = w;
      return w;
    },
    get current() {
      return worker;
    },
    discard() {
      const w = worker;
      worker = null;
      w?.terminate?.();
      w?.close?.();
    },
  };
}

/** Calls `expire` after `limitMs` unless the returned function is called first; no limit, no watchdog. */
export function armWatchdog(limitMs: number | undefined, expire: (limitMs: number) => void): () => void {
  if (limitMs === undefined) return () => undefined;
  const timer = setTimeout(() => expire(limitMs), limitMs);
  return () => clearTimeout(timer);
}
