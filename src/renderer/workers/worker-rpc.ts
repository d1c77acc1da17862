/**
 * One typed request/response protocol for every Worker (storage, bundle verification, spreadsheet
 * parsing and export). A protocol is a map op → { req, res, progress? }; the page's client sends
 * `{rpc:'call', id, op, req}` and the Worker answers `{rpc:'ok'|'thrown'|'progress', id, …}`.
 *
 * The client runs calls one after another (a Worker answers in order, and a watchdog then covers one
 * call only; with `ahead`, the next call is already posted so the Worker starts it at once), never throws and never leaves a promise unsettled: a Worker that does not answer within
 * the call's time limit is terminated (only that stops a hostile regular expression or inflate), a
 * Worker that dies or sends what cannot be read is discarded, and either is a Chinese refusal of that
 * call as a Result value; the next call starts a fresh Worker. `lifetime: 'per-call'` makes each call a
 * disposable Worker of its own (see docs/ARCHITECTURE.md §5).
 */
import { err, ok, type Result } from '../../shared/result';

export interface RpcOp {
  readonly req: unknown;
  readonly res: unknown;
  readonly progress?: unknown;
}
export type RpcProtocol = { readonly [op: string]: RpcOp };
type Op<P> = keyof P & string;
type ProgressOf<O> = O extends { readonly progress: infer G } ? G : never;

export type RpcCall = {
  readonly rpc: 'call';
  readonly id: number;
  readonly op: string;
  readonly req: unknown;
};
export type RpcReply =
  | { readonly rpc: 'ok'; readonly id: number; readonly value: unknown }
  | { readonly rpc: 'progress'; readonly id: number; readonly value: unknown }
  | { readonly rpc: 'thrown'; readonly id: number; readonly name: string; readonly message: string };

/** What both ends need of a Worker, its global scope or a MessagePort (browser, or Node in tests). */
export interface RpcPort {
  postMessage(message: unknown, transfer?: Transferable[]): void;
  addEventListener(type: string, listener: (ev: Event) => void): void;
  removeEventListener?(type: string, listener: (ev: Event) => void): void;
  start?(): void;
}

/** The page's end: a Worker (terminate) or a port in tests (close). */
export interface RpcWorker extends RpcPort {
  terminate?(): void;
  close?(): void;
}

export type RpcFailureCode = 'timeout' | 'crashed' | 'closed' | 'thrown';

/** The Chinese refusals of the feature using the client. */
export interface RpcFailureTexts {
  timeout(seconds: number): string;
  readonly crashed: string;
  readonly closed: string;
}

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
   * Which calls may be posted ahead: while one call runs, the next one asked (if this says yes) is
   * already posted to the same Worker, which starts it the moment it answered the one before instead of
   * after the page has read that answer and posted again. The Worker still runs one call at a time, and
   * the watchdog of a call starts when the call before it has settled. A call posted ahead to a Worker
   * that then fails or times out is posted again to the fresh one, so it never runs where the failing
   * call ran. Calls that move buffers never go ahead; none go ahead when this is absent.
   */
  readonly ahead?: (op: string, req: unknown) => boolean;
}

export interface CallOptions<G> {
  /** Moved, not copied, to the Worker (e.g. a file's bytes). */
  readonly transfer?: Transferable[];
  readonly timeoutMs?: number;
  readonly onProgress?: (progress: G) => void;
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

/** A call asked of the client, until it starts. */
interface Asked {
  readonly call: RpcCall;
  readonly o: CallOptions<unknown>;
  readonly ahead: boolean;
  /** The Worker it was posted to ahead of its turn, if any. */
  sentTo: RpcWorker | null;
}

function isReply(v: unknown): v is RpcReply {
  if (typeof v !== 'object' || v === null) return false;
  const r = v as Record<string, unknown>;
  return (r.rpc === 'ok' || r.rpc === 'progress' || r.rpc === 'thrown') && typeof r.id === 'number';
}

export function createRpcClient<P extends RpcProtocol>(options: RpcClientOptions): RpcClient<P> {
  const { texts } = options;
  let worker: RpcWorker | null = null;
  let nextId = 1;
  let closed = false;
  /** terminate(): calls still queued are refused instead of starting a fresh Worker. */
  let terminated = false;
  /** The call in flight: settles it (with its Worker's answer or a failure) exactly once. */
  let inFlight: ((r: Result<unknown, RpcFailureCode>, broken: boolean) => void) | null = null;
  let tail: Promise<unknown> = Promise.resolve();
  /** Calls asked and not started yet, in order; a call posted ahead notes the Worker it went to. */
  const queued: Asked[] = [];
  /** Answers that came for a call posted ahead before it started (its Worker answered very fast). */
  const early = new Map<number, RpcReply>();

  const discard = () => {
    const w = worker;
    worker = null;
    early.clear();
    w?.terminate?.();
    w?.close?.();
  };
  const start = (): RpcWorker => {
    if (worker !== null) return worker;
    const w = options.makeWorker();
    const fail = (why: string) => {
      if (w !== worker) return;
      console.warn(`${options.name} worker failed:`, why);
      if (inFlight) inFlight(err('crashed', texts.crashed), true);
      else discard();
      options.onFailure?.(why);
    };
    w.addEventListener('message', (ev) => {
      const m: unknown = (ev as MessageEvent).data;
      if (w !== worker || !isReply(m)) return;
      if (m.id === current) deliver(m);
      else if (m.rpc !== 'progress' && queued.some((a) => a.call.id === m.id && a.sentTo === w))
        early.set(m.id, m);
    });
    w.addEventListener('error', (ev) => {
      ev.preventDefault();
      fail('message' in ev && typeof ev.message === 'string' ? ev.message : 'error');
    });
    w.addEventListener('messageerror', () => fail('messageerror'));
    w.start?.();
    worker = w;
    return w;
  };

  let current = 0;
  let progress: ((p: unknown) => void) | undefined;
  const deliver = (m: RpcReply) => {
    if (m.rpc === 'progress') progress?.(m.value);
    else if (m.rpc === 'ok') inFlight?.(ok(m.value), false);
    else inFlight?.(err('thrown', m.message, { name: m.name }), false);
  };
  /** Posts the first queued call ahead to `w` when it may go. */
  const postAhead = (w: RpcWorker) => {
    const next = queued[0];
    if (next === undefined || !next.ahead || next.sentTo === w) return;
    w.postMessage(next.call, []);
    next.sentTo = w;
  };
  /** Calls asked and not yet settled (the one in flight and those queued behind it). */
  let pending = 0;

  const once = (asked: Asked) =>
    new Promise<Result<unknown, RpcFailureCode>>((resolve) => {
      queued.shift();
      if (terminated) {
        resolve(err('closed', texts.closed));
        return;
      }
      const w = start();
      const { call, o } = asked;
      const limit = o.timeoutMs ?? options.timeoutMs;
      const timer =
        limit === undefined
          ? undefined
          : setTimeout(() => settle(err('timeout', texts.timeout(Math.round(limit / 1000))), true), limit);
      const settle = (r: Result<unknown, RpcFailureCode>, broken: boolean) => {
        if (inFlight !== settle) return;
        inFlight = null;
        progress = undefined;
        clearTimeout(timer);
        pending--;
        if (broken || options.lifetime === 'per-call' || (closed && pending === 0)) discard();
        resolve(r);
      };
      inFlight = settle;
      current = call.id;
      progress = o.onProgress;
      if (asked.sentTo !== w) w.postMessage(call, o.transfer ?? []);
      asked.sentTo = w;
      postAhead(w);
      const answered = early.get(call.id);
      early.delete(call.id);
      if (answered !== undefined) deliver(answered);
    });

  return {
    call(op, req, o = {}) {
      if (closed) return Promise.resolve(err('closed', texts.closed));
      pending++;
      const asked: Asked = {
        call: { rpc: 'call', id: nextId++, op, req },
        o: o as CallOptions<unknown>,
        ahead: o.transfer === undefined && options.ahead?.(op, req) === true,
        sentTo: null,
      };
      queued.push(asked);
      if (inFlight !== null && worker !== null) postAhead(worker);
      const next = tail.then(() => once(asked));
      tail = next;
      return next as Promise<Result<P[typeof op]['res'], RpcFailureCode>>;
    },
    post(message, transfer = []) {
      if (!closed) start().postMessage(message, transfer);
    },
    warm() {
      if (!closed) start();
    },
    close() {
      closed = true;
      if (pending === 0) discard();
    },
    terminate() {
      closed = true;
      terminated = true;
      if (inFlight) inFlight(err('closed', texts.closed), true);
      else discard();
    },
    get closed() {
      return closed;
    },
  };
}

export interface RpcContext<O extends RpcOp> {
  progress(value: ProgressOf<O>): void;
  /** Buffers to move (not copy) with the answer. */
  transfer(...list: Transferable[]): void;
}

/** The Worker's handlers, one per op of the protocol. */
export type RpcHandlers<P extends RpcProtocol> = {
  readonly [K in Op<P>]: (req: P[K]['req'], ctx: RpcContext<P[K]>) => Promise<P[K]['res']> | P[K]['res'];
};

/** A context whose progress type is not known statically (serveRpcDispatch). */
export interface AnyRpcContext {
  progress(value: unknown): void;
  transfer(...list: Transferable[]): void;
}

function isCall(v: unknown, ops: ReadonlySet<string>): v is RpcCall {
  if (typeof v !== 'object' || v === null) return false;
  const r = v as Record<string, unknown>;
  return r.rpc === 'call' && typeof r.id === 'number' && typeof r.op === 'string' && ops.has(r.op);
}

/**
 * The Worker's end with one runner for all ops (a protocol generated from another list, such as the
 * data writer's operations). Answers calls of the listed ops only (a fixed list, never a lookup of an
 * arbitrary name), one after another. A runner that throws is a bug, answered as `thrown` with its
 * name and message. Other messages go to `onOther` (the Worker's own one-way messages).
 */
export function serveRpcDispatch(
  port: RpcPort,
  ops: readonly string[],
  run: (op: string, req: unknown, ctx: AnyRpcContext) => unknown,
  onOther?: (message: unknown) => void,
): void {
  const known = new Set<string>(ops);
  let queue: Promise<unknown> = Promise.resolve();
  port.addEventListener('message', (ev) => {
    const m: unknown = (ev as MessageEvent).data;
    if (!isCall(m, known)) {
      onOther?.(m);
      return;
    }
    queue = queue.then(async () => {
      let transfer: Transferable[] = [];
      const ctx: AnyRpcContext = {
        progress: (value) => port.postMessage({ rpc: 'progress', id: m.id, value } satisfies RpcReply),
        transfer: (...list) => {
          transfer = list;
        },
      };
      let reply: RpcReply;
      try {
        reply = { rpc: 'ok', id: m.id, value: await run(m.op, m.req, ctx) };
      } catch (e) {
        const error = e instanceof Error ? e : new Error(String(e));
        reply = { rpc: 'thrown', id: m.id, name: error.name, message: error.message };
      }
      port.postMessage(reply, transfer);
    });
  });
  port.start?.();
}

/** The Worker's end with one typed handler per op (see serveRpcDispatch for the rules). */
export function serveRpc<P extends RpcProtocol>(
  port: RpcPort,
  handlers: RpcHandlers<P>,
  onOther?: (message: unknown) => void,
): void {
  const table = new Map<string, (req: unknown, ctx: AnyRpcContext) => unknown>(Object.entries(handlers));
  serveRpcDispatch(port, [...table.keys()], (op, req, ctx) => table.get(op)?.(req, ctx), onOther);
}
