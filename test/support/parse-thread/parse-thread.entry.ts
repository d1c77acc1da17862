/**
 * Entry of the parser Worker as a Node worker thread, bundled by parse-thread.ts for the S4 fuzz test:
 * each request goes to the Worker's own onmessage handler; after it settles the thread reports whether
 * any built-in prototype changed and whether storage was touched. A request that never settles (SheetJS
 * stuck in a loop) is the test's to stop, as the page's watchdog stops the real Worker.
 */
import { storageTouched, threadPort } from './thread-shims';
import '../../../src/renderer/features/spreadsheet/workers/sheet-parse.worker';
import type { ParseRequest } from '../../../src/renderer/features/spreadsheet/workers/parse-protocol';
import {
  prototypesChanged,
  snapshotPrototypes,
} from '../../../src/renderer/features/spreadsheet/workers/prototype-watch';

const handler = (globalThis as unknown as { onmessage: (e: { data: ParseRequest }) => Promise<void> })
  .onmessage;

threadPort.on('message', (req: ParseRequest) => {
  const before = snapshotPrototypes();
  void handler({ data: req }).then(() =>
    threadPort.postMessage({
      kind: 'settled',
      prototypesChanged: prototypesChanged(before),
      storageTouched: storageTouched(),
    }),
  );
});
threadPort.postMessage({ kind: 'started' });
