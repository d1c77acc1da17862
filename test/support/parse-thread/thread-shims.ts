/**
 * Installed before the parser Worker's module runs in a Node worker thread (parse-thread.entry.ts): the
 * Worker's global scope is given the page's Worker API over parentPort (addEventListener('message'),
 * postMessage), so the Worker serves its real protocol (workers/rpc-protocol.ts) to the test. Any look at
 * IndexedDB is counted (the parser must never reach storage), and just before each answer the thread
 * says whether handling that call changed a built-in prototype.
 */
import { parentPort } from 'node:worker_threads';
import {
  prototypesChanged,
  snapshotPrototypes,
} from '../../../src/renderer/features/spreadsheet/workers/prototype-watch';

/** What the thread reports before each answer (ParseThread reads it; the protocol never sees it). */
export interface Observed {
  readonly kind: 'observed';
  readonly prototypesChanged: boolean;
  readonly storageTouched: number;
}

let storageLooks = 0;
const port = parentPort;
if (port === null) throw new Error('thread-shims runs only inside a worker thread');

Object.defineProperty(globalThis, 'indexedDB', { configurable: true, get: () => void storageLooks++ });

let before = snapshotPrototypes();
const scope = globalThis as unknown as {
  postMessage(m: unknown, transfer?: readonly Transferable[]): void;
  addEventListener(type: string, listener: (ev: MessageEvent) => void): void;
};
scope.addEventListener = (type, listener) => {
  if (type !== 'message') return;
  port.on('message', (data: unknown) => {
    before = snapshotPrototypes();
    listener(new MessageEvent('message', { data }));
  });
};
scope.postMessage = (m, transfer = []) => {
  const rpc = (m as { rpc?: unknown } | null)?.rpc;
  if (rpc === 'ok' || rpc === 'thrown')
    port.postMessage({
      kind: 'observed',
      prototypesChanged: prototypesChanged(before),
      storageTouched: storageLooks,
    } satisfies Observed);
  port.postMessage(m, transfer as never);
};
