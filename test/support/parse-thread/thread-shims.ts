/**
 * Installed before the parser Worker's module runs in a Node worker thread (parse-thread.entry.ts):
 * the Worker's postMessage goes to the test through parentPort, and any look at IndexedDB is counted
 * (the parser must never reach storage).
 */
import { parentPort } from 'node:worker_threads';

let storageLooks = 0;
const port = parentPort;
if (port === null) throw new Error('thread-shims runs only inside a worker thread');

Object.defineProperty(globalThis, 'indexedDB', { configurable: true, get: () => void storageLooks++ });
(globalThis as unknown as { postMessage: (m: unknown) => void }).postMessage = (m) =>
  port.postMessage({ kind: 'posted', message: m });

export const threadPort = port;
export const storageTouched = (): number => storageLooks;
