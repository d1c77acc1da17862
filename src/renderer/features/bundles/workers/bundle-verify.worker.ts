/**
 * The disposable bundle-verification Worker (docs/ARCHITECTURE.md §5, docs/SECURITY.md Z1–Z5, J1–J2):
 * it owns the untrusted bytes — size limits, canonical zip parse, bounded inflate, signature, hashes,
 * bounded JSON and schema — and answers each request with a validated, structured result (or a refusal
 * with its Chinese message). It never touches the database; the page terminates it when the batch
 * closes and on timeout, so whatever a hostile file did to this Worker's memory or time dies with it.
 */
import { runVerifyOpAsync } from '../../../../shared/bundle/verify-ops';
import type { RpcPort } from '../../../workers/rpc-protocol';
import { serveRpc } from '../../../workers/rpc-server';
import type { VerifyProtocol } from '../verify-client';

serveRpc<VerifyProtocol>(globalThis as RpcPort, {
  peek: (req) => runVerifyOpAsync('peek', req),
  verify: (req) => runVerifyOpAsync('verify', req),
  'inspect-setup': (req) => runVerifyOpAsync('inspect-setup', req),
  'verify-setup': (req) => runVerifyOpAsync('verify-setup', req),
  'read-registration': (req) => runVerifyOpAsync('read-registration', req),
});
