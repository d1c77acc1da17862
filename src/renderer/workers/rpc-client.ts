/**
 * The page's end of the Worker protocol (rpc-protocol.ts): ids, calls one after another, the call in
 * flight settled exactly once, close and terminate. A Worker answers in order and a watchdog covers one
 * call only, so calls run one at a time (with `ahead`, the next is already posted: rpc-ahead.ts). The
 * client never throws and never leaves a promise unsettled: a Worker that does not answer within the
 * call's time limit is terminated, a Worker that dies or sends what cannot be read is discarded
 * (disposable-worker.ts), and either is a Chinese refusal of that call as a Result value
 * (rpc-failure.ts); the next call starts a fresh Worker. `lifetime: 'per-call'` makes each call a
 * disposable Worker of its own (see docs/ARCHITECTURE.md §5).
 */
import type { Result } from '../../shared/result';
import { armWatchdog, createWorkerSlot } from './disposable-worker';
import { createAheadQueue, type Asked } from './rpc-ahead';
import {
  refusal,
  replyOutcome,
  timeoutRefusal,
  type RpcFailureCode,
  type RpcFailureTexts,
  type RpcOutcome,
} from './rpc-failure';
import type { CallOptions, Op, ProgressOf, RpcProtocol, RpcReply, RpcWorker } from './rpc-protocol';

export interface RpcClientOptions {
  /** For the console only (the user sees the Chinese refusal, the console keeps the engine's reason). */
  readonly name: string;
  readonly makeWorker: () => RpcWorker;
  readonly texts: RpcFailureTexts;
  /** Watchdog per call, unless the call sets its own; none when absent (storage writes may be long). */
  readonly timeoutMs?: number;
  /** 'session' (default): one Worker for all calls until close(); 'per-call': a fresh Worker per call. */
  readonly lifetime?: 'session' | 'per-call';
  /**
   * Told when a Worker dies or sends what cannot be read, a call in flight or not (Workers that depend
   * on each other, such as the two spreadsheet parsers, are then ended together).
   */
  readonly onFailure?: (why: string) => void;
  /**
   * Which calls may be posted ahead (rpc-ahead.ts): the watchdog of such a call still starts when the
   * call before it has settled, and a call posted ahead to a Worker that then fails or times out is
   * posted again to the fresh one. Calls that move buffers never go ahead; none go ahead when this is
   * absent.
   */
  readonly ahead?: (op: string, req: unknown) => boolean;
}

export interface RpcClient<P extends RpcProtocol> {
  call<K extends Op<P>>(
    op: K,
    req: P[K]['req'],
    options?: CallOptions<ProgressOf<P[K]>>,
  ): Promise<Result<P[K]['res'], RpcFailureCode>>;
  /** A one-way message outside the protocol (e.g. handing the Worker a MessagePort); starts the Worker. */
  post(message: unknown, transfer?: Transferable[]): void;
  /** Starts the Worker now, so its script loads while the page prepares the first call. */
  warm(): void;
  /** Ends the Worker once the calls already asked are answered (at once when idle); later calls are refused. */
  close(): void;
  /** Ends the Worker now; the call in flight and those queued resolve as `closed`. */
  terminate(): void;
  readonly closed: boolean;
}

export function createRpcClient<P extends RpcProtocol>(options: RpcClientOptions): RpcClient<P> {
  const { texts } = options;
  let nextId = 1;
  let closed = false;
  /** terminate(): calls still queued are refused instead of starting a fresh Worker. */
  let terminated = false;
  /** The call in flight: settles it (with its Worker's answer or a failure) exactly once. */
  let inFlight: ((r: RpcOutcome, broken: boolean) => void) | null = null;
  let current = 0;
  let progress: ((p: unknown) => void) | undefined;
  let tail: Promise<unknown> = Promise.resolve();
  /** Calls asked and not yet settled (the one in flight and those queued behind it). */
  let pending = 0;
  const queue = createAheadQueue();

  const deliver = (m: RpcReply) => {
    if (m.rpc === 'progress') progress?.(m.value);
    else inFlight?.(replyOutcome(m), false);
  };
  const slot = createWorkerSlot({
    name: options.name,
    makeWorker: options.makeWorker,
    onReply: (m, w) => {
      if (m.id === current) deliver(m);
      else queue.keepEarly(m, w);
    },
    onBroken: (why) => {
      if (inFlight) inFlight(refusal(texts, 'crashed'), true);
      else discard();
      options.onFailure?.(why);
    },
  });
  const discard = () => {
    slot.discard();
    queue.forgetEarly();
  };

  const once = (asked: Asked) =>
    new Promise<RpcOutcome>((resolve) => {
      queue.shift();
      if (terminated) {
        resolve(refusal(texts, 'closed'));
        return;
      }
      const w = slot.start();
      const { call, o } = asked;
      const stopWatchdog = armWatchdog(o.timeoutMs ?? options.timeoutMs, (limit) =>
        settle(timeoutRefusal(texts, limit), true),
      );
      const settle = (r: RpcOutcome, broken: boolean) => {
        if (inFlight !== settle) return;
        inFlight = null;
        progress = undefined;
        stopWatchdog();
        pending--;
        if (broken || options.lifetime === 'per-call' || (closed && pending === 0)) discard();
        resolve(r);
      };
      inFlight = settle;
      current = call.id;
      progress = o.onProgress;
      queue.postStarting(asked, w);
      const answered = queue.takeEarly(call.id);
      if (answered !== undefined) deliver(answered);
    });

  return {
    call(op, req, o = {}) {
      if (closed) return Promise.resolve(refusal(texts, 'closed'));
      pending++;
      const asked: Asked = {
        call: { rpc: 'call', id: nextId++, op, req },
        o: o as CallOptions<unknown>,
        ahead: o.transfer === undefined && options.ahead?.(op, req) === true,
        sentTo: null,
      };
      queue.push(asked);
      if (inFlight !== null && slot.current !== null) queue.postNext(slot.current);
      const next = tail.then(() => once(asked));
      tail = next;
      return next as Promise<Result<P[typeof op]['res'], RpcFailureCode>>;
    },
    post(message, transfer = []) {
      if (!closed) slot.start().postMessage(message, transfer);
    },
    warm() {
      if (!closed) slot.start();
    },
    close() {
      closed = true;
      if (pending === 0) discard();
    },
    terminate() {
      closed = true;
      terminated = true;
      if (inFlight) inFlight(refusal(texts, 'closed'), true);
      else discard();
    },
    get closed() {
      return closed;
    },
  };
}
