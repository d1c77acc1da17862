/**
 * The Worker's end of the protocol (rpc-protocol.ts): answers calls of the ops it serves, one after
 * another, with progress and transfers; a handler that throws is answered as `thrown` (rpc-failure.ts).
 */
import { thrownReply } from './rpc-failure';
import {
  isCall,
  type Op,
  type ProgressOf,
  type RpcOp,
  type RpcPort,
  type RpcProtocol,
  type RpcReply,
} from './rpc-protocol';

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
        reply = thrownReply(m.id, e);
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
