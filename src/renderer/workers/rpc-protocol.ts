/**
 * What travels between the page and a Worker: a protocol is a map op → { req, res, progress? }; the
 * page sends `{rpc:'call', id, op, req}` and the Worker answers `{rpc:'ok'|'thrown'|'progress', id, …}`
 * (see docs/ARCHITECTURE.md §5). Both ends check what they receive with the guards below.
 */

export interface RpcOp {
  readonly req: unknown;
  readonly res: unknown;
  readonly progress?: unknown;
}
export type RpcProtocol = { readonly [op: string]: RpcOp };
export type Op<P> = keyof P & string;
export type ProgressOf<O> = O extends { readonly progress: infer G } ? G : never;

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

/** What the page may add to a call. */
export interface CallOptions<G> {
  /** Moved, not copied, to the Worker (e.g. a file's bytes). */
  readonly transfer?: Transferable[];
  readonly timeoutMs?: number;
  readonly onProgress?: (progress: G) => void;
}

export function isReply(v: unknown): v is RpcReply {
  if (typeof v !== 'object' || v === null) return false;
  const r = v as Record<string, unknown>;
  return (r.rpc === 'ok' || r.rpc === 'progress' || r.rpc === 'thrown') && typeof r.id === 'number';
}

/** A call of one of the listed ops (a fixed list, never a lookup of an arbitrary name). */
export function isCall(v: unknown, ops: ReadonlySet<string>): v is RpcCall {
  if (typeof v !== 'object' || v === null) return false;
  const r = v as Record<string, unknown>;
  return r.rpc === 'call' && typeof r.id === 'number' && typeof r.op === 'string' && ops.has(r.op);
}
