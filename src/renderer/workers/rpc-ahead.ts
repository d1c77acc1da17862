/**
 * The calls a client was asked and has not started yet, in order, and the posting of the next one
 * ahead of its turn: while one call runs, the next (if it may go ahead) is already posted to the same
 * Worker, which starts it the moment it answered the one before instead of after the page has read
 * that answer and posted again. The Worker still runs one call at a time. A call posted ahead notes the
 * Worker it went to, so that when it starts on another (fresh) Worker it is posted again there, never
 * run where a failing call ran; an answer that comes before the page started the call (a fast Worker)
 * is kept for it until then (see docs/ARCHITECTURE.md §5).
 */
import type { CallOptions, RpcCall, RpcReply, RpcWorker } from './rpc-protocol';

/** A call asked of the client, until it starts. */
export interface Asked {
  readonly call: RpcCall;
  readonly o: CallOptions<unknown>;
  /** May be posted ahead of its turn. */
  readonly ahead: boolean;
  /** The Worker it was posted to ahead of its turn, if any. */
  sentTo: RpcWorker | null;
}

export interface AheadQueue {
  push(asked: Asked): void;
  /** Takes the first call out of the queue: it is starting. */
  shift(): void;
  /** Posts the first queued call ahead to `w` when it may go and is not there yet. */
  postNext(w: RpcWorker): void;
  /** Posts `asked` to `w` unless it is there already, then the call behind it ahead. */
  postStarting(asked: Asked, w: RpcWorker): void;
  /** Keeps a final answer from `w` to a queued call posted there ahead; false if it is no such answer. */
  keepEarly(reply: RpcReply, w: RpcWorker): boolean;
  /** The answer kept for call `id`, taken out. */
  takeEarly(id: number): RpcReply | undefined;
  /** Forgets the answers kept (their Worker was thrown away). */
  forgetEarly(): void;
}

export function createAheadQueue(): AheadQueue {
  const queued: Asked[] = [];
  const early = new Map<number, RpcReply>();
  const postNext = (w: RpcWorker) => {
    const next = queued[0];
    if (next === undefined || !next.ahead || next.sentTo === w) return;
    w.postMessage(next.call, []);
    next.sentTo = w;
  };
  return {
    push: (asked) => void queued.push(asked),
    shift: () => void queued.shift(),
    postNext,
    postStarting(asked, w) {
      if (asked.sentTo !== w) w.postMessage(asked.call, asked.o.transfer ?? []);
      asked.sentTo = w;
      postNext(w);
    },
    keepEarly(reply, w) {
      if (reply.rpc === 'progress' || !queued.some((a) => a.call.id === reply.id && a.sentTo === w))
        return false;
      early.set(reply.id, reply);
      return true;
    },
    takeEarly(id) {
      const answered = early.get(id);
      early.delete(id);
      return answered;
    },
    forgetEarly: () => early.clear(),
  };
}
