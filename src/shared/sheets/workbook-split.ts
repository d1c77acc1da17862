/**
 * An .xlsx whose biggest worksheet is cut in two (sheet-split.ts), as two uncompressed archives for two
 * parser Workers: the first keeps every entry and the first half of that sheet's rows; the second keeps
 * every entry too — workbook, styles and shared strings are needed to read any cell — with the second
 * half of the rows, and the other worksheets emptied of rows so its Worker reads nothing twice.
 */
import { splitSheetParts, withoutRows } from './sheet-split';
import { storedZip } from '../bundle/zip-writer';
import type { InflatedEntry } from './zip-scan';

const WORKSHEET = /^xl\/worksheets\/[^/]+\.xml$/i;
const names = new TextDecoder('utf-8');

const size = (e: InflatedEntry): number => e.parts.reduce((n, p) => n + p.length, 0);

export interface WorkbookHalves {
  readonly first: Uint8Array;
  readonly second: Uint8Array;
}

/** The two archives, or null when no worksheet's rows reach `minBytes` or the biggest cannot be cut. */
export function splitWorkbook(entries: readonly InflatedEntry[], minBytes: number): WorkbookHalves | null {
  let big: InflatedEntry | null = null;
  let bigSize = 0;
  for (const e of entries) {
    if (!WORKSHEET.test(names.decode(e.rawName))) continue;
    const n = size(e);
    if (n > bigSize) {
      big = e;
      bigSize = n;
    }
  }
  if (big === null || bigSize < minBytes) return null;
  const halves = splitSheetParts(big.parts, minBytes);
  if (halves === null) return null;
  const first: InflatedEntry[] = [];
  const second: InflatedEntry[] = [];
  for (const e of entries) {
    if (e === big) {
      first.push({ rawName: e.rawName, parts: halves.first });
      second.push({ rawName: e.rawName, parts: halves.second });
      continue;
    }
    first.push(e);
    const emptied = WORKSHEET.test(names.decode(e.rawName)) ? withoutRows(e.parts) : null;
    second.push(emptied === null ? e : { rawName: e.rawName, parts: emptied });
  }
  return { first: storedZip(first), second: storedZip(second) };
}
