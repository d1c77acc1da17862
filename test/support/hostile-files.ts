/** Hostile files kept as bytes (test/fixtures/hostile/), read by the unit and the browser tests alike. */
import { readFileSync } from 'node:fs';

/** A 5.6 KB damaged .xls on which SheetJS 0.18.5's XLS reader never returns (found by the S4 fuzz test). */
export function endlessLoopXls(): Uint8Array {
  return new Uint8Array(
    readFileSync(new URL('../fixtures/hostile/sheetjs-endless-loop.xls', import.meta.url)),
  );
}
