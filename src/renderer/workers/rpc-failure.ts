/**
 * How failures cross the Worker boundary. In the Worker, a handler that throws becomes a `thrown`
 * reply with its name and message; on the page, every failure of a call (the Worker's `thrown`, a
 * watchdog, a dead Worker, a closed client) is a Result value with a Chinese message, never a thrown
 * error (see docs/ARCHITECTURE.md §5).
 */
import { err, ok, type Result } from '../../shared/result';
import type { RpcReply } from './rpc-protocol';

export type RpcFailureCode = 'timeout' | 'crashed' | 'closed' | 'thrown';

/** The Chinese refusals of the feature using the client. */
export interface RpcFailureTexts {
  timeout(seconds: number): string;
  readonly crashed: string;
  readonly closed: string;
}

export type RpcOutcome = Result<unknown, RpcFailureCode>;

/** The Worker's final answer to a call as the page's Result. */
export function replyOutcome(reply: Exclude<RpcReply, { rpc: 'progress' }>): RpcOutcome {
  return reply.rpc === 'ok' ? ok(reply.value) : err('thrown', reply.message, { name: reply.name });
}

/** What a handler threw, as the reply the Worker sends (anything thrown that is not an Error too). */
export function thrownReply(id: number, thrown: unknown): RpcReply {
  const error = thrown instanceof Error ? thrown : new Error(String(thrown));
  return { rpc: 'thrown', id, name: error.name, message: error.message };
}

/** A call refused because its Worker died or the client was closed. */
export function refusal(texts: RpcFailureTexts, code: 'crashed' | 'closed'): RpcOutcome {
  return err(code, texts[code]);
}

/** A call refused because its Worker did not answer within `limitMs`. */
export function timeoutRefusal(texts: RpcFailureTexts, limitMs: number): RpcOutcome {
  return err('timeout', texts.timeout(Math.round(limitMs / 1000)));
}
