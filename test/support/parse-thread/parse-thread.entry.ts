/**
 * Entry of the parser Worker as a Node worker thread, bundled by parse-thread.ts for the S4 fuzz and
 * split tests: the shims give the thread the Worker's global API, then the Worker's own module serves
 * its protocol exactly as in the page.
 */
import './thread-shims';
import '../../../src/renderer/features/spreadsheet/workers/sheet-parse.worker';
