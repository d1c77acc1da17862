/**
 * The disposable bundle-verification Worker (docs/ARCHITECTURE.md §2, docs/SECURITY.md Z1–Z5, J1–J2): it owns the untrusted
 * bytes — size limits, canonical zip parse, bounded inflate, signature, hashes, bounded JSON and schema
 * — and answers one request with a validated, structured result (or a refusal with its Chinese
 * message). It never touches the database; the page terminates it after the answer and on timeout, so
 * whatever a hostile file did to this Worker's memory or time dies with it.
 */
import { runVerifyOpAsync, type VerifyRequest } from '../../../../shared/bundle/verify-ops';
import type { Result } from '../../../../shared/result';

const scope = globalThis as unknown as {
  postMessage(m: Result<unknown>): void;
  onmessage: ((e: MessageEvent<VerifyRequest>) => void) | null;
};

scope.onmessage = (e) => {
  // The page asks one request at a time (verify-client.ts), so an answer never overtakes another.
  void runVerifyOpAsync(e.data.op, e.data.req).then((r) => scope.postMessage(r));
};
