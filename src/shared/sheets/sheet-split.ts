/**
 * Cutting a worksheet's XML in two at a row boundary, so two parser Workers can each read half of a big
 * sheet on the machine's two cores (import speed). Each half is a complete worksheet: the
 * part before <sheetData> (dimension, views, columns), the rows of that half, and the part after
 * </sheetData> (merged cells …).
 *
 * The cut mirrors how SheetJS 0.18.5 reads a sheet (parse_ws_xml): the sheet data is what lies between
 * the first `<sheetData …>` tag (any namespace prefix) and the LAST `</sheetData>` (its regex is greedy),
 * and rows are the pieces between `</row>` tags. Cutting right after a `</row>` therefore hands each
 * half exactly the row pieces the whole file would have produced. A formula is the one thing a half could
 * not resolve alone: a shared formula (`t="shared"`, on its first cell and on every cell sharing it) used
 * in the second half, or an array formula (`t="array"`, on its first cell) in the first half whose range
 * may reach into the second. A sheet with either is not cut. A first row of the second half without its
 * `r` number (SheetJS would count it from 1) is caught by the reader, which then reads the whole sheet
 * (sheet-parse.worker.ts).
 */

import { ByteParts, indexOfBytes } from './byte-parts';

const te = new TextEncoder();
const SHEET_DATA = te.encode('sheetData');
const ROW_END = te.encode('row>');
const SHARED = te.encode('t="shared"');
const ARRAY = te.encode('t="array"');
const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const COLON = 0x3a;
/**
 * How far from the start the opening tag, and from the end the closing tag, are looked for, and how far
 * past the middle a row end; a sheet whose head, tail or middle row is longer is read whole.
 */
const WINDOW = 1024 * 1024;

/** An XML name character as the regex \w sees it. */
function isWord(b: number): boolean {
  return (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a) || b === 0x5f;
}

/** Index of the `<` that opens a tag `<name` or `<prefix:name` (`</…` when closing) whose name starts at `at`, or -1. */
function tagStart(bytes: Uint8Array, at: number, closing: boolean): number {
  let p = at - 1;
  if (bytes[p] === COLON) {
    p--;
    const wordEnd = p;
    while (p >= 0 && isWord(bytes[p] as number)) p--;
    if (p === wordEnd) return -1;
  }
  if (closing) {
    if (bytes[p] !== SLASH) return -1;
    p--;
  }
  return p >= 0 && bytes[p] === LT ? p : -1;
}

/** Last index < before where `needle` occurs in `hay`, or -1. */
function lastIndexOfBytes(hay: Uint8Array, needle: Uint8Array, before: number): number {
  const first = needle[0] as number;
  for (let i = Math.min(before - 1, hay.length - needle.length); i >= 0; i--) {
    i = hay.lastIndexOf(first, i);
    if (i < 0) return -1;
    let j = 1;
    while (j < needle.length && hay[i + j] === needle[j]) j++;
    if (j === needle.length) return i;
  }
  return -1;
}

export interface SheetDataBounds {
  /** First byte of the sheet data (just after the opening tag's `>`). */
  readonly start: number;
  /** First byte of the last closing tag. */
  readonly end: number;
}

function boundsOf(view: ByteParts): SheetDataBounds | null {
  const head = view.window(0, WINDOW);
  let open = -1;
  for (
    let at = head.length > 0 ? indexOfBytes(head, SHEET_DATA) : -1;
    at >= 0;
    at = indexOfBytes(head, SHEET_DATA, at + 1)
  ) {
    if (tagStart(head, at, false) >= 0) {
      open = at;
      break;
    }
  }
  if (open < 0) return null;
  const gt = head.indexOf(GT, open + SHEET_DATA.length);
  if (gt < 0 || head[gt - 1] === SLASH) return null;
  // The last closing tag: back from the end for `sheetData>` preceded by `</` (or `</x:`).
  const base = Math.max(view.length - WINDOW, 0);
  const tail = view.window(base, view.length);
  for (
    let at = lastIndexOfBytes(tail, SHEET_DATA, tail.length);
    at >= 0 && base + at > gt;
    at = lastIndexOfBytes(tail, SHEET_DATA, at)
  ) {
    if (tail[at + SHEET_DATA.length] !== GT) continue;
    const lt = tagStart(tail, at, true);
    if (lt >= 0 && base + lt > gt) return { start: gt + 1, end: base + lt };
  }
  return null;
}

/** Where the rows of a worksheet's XML lie, as SheetJS finds them; null when it would find none (or they lie beyond the windows above). */
export function sheetDataBounds(xml: Uint8Array): SheetDataBounds | null {
  return boundsOf(new ByteParts([xml]));
}

/** The end of the first `</row>` (or `</x:row>`) starting at or after `from`, within WINDOW; -1 if none. */
function rowEndAfter(view: ByteParts, from: number, to: number): number {
  const w = view.window(from, Math.min(from + WINDOW, to));
  for (let at = indexOfBytes(w, ROW_END); at >= 0; at = indexOfBytes(w, ROW_END, at + 1)) {
    if (tagStart(w, at, true) >= 0) return from + at + ROW_END.length;
  }
  return -1;
}

/** A worksheet cut in two: each half as the parts of a complete worksheet XML. */
export interface SheetHalves {
  readonly first: readonly Uint8Array[];
  readonly second: readonly Uint8Array[];
}

/**
 * Cuts a worksheet (given as chunks) whose sheet data is at least `minBytes` long at the first row end
 * after its middle; null when it is smaller, has no such row end, or has a formula a half could not
 * resolve (see the header). The halves are views of the chunks: nothing is copied.
 */
export function splitSheetParts(parts: readonly Uint8Array[], minBytes: number): SheetHalves | null {
  const view = new ByteParts(parts);
  const bounds = boundsOf(view);
  if (bounds === null || bounds.end - bounds.start < minBytes) return null;
  const cut = rowEndAfter(view, bounds.start + Math.floor((bounds.end - bounds.start) / 2), bounds.end);
  if (cut < 0 || cut >= bounds.end) return null;
  if (view.indexOf(ARRAY, bounds.start, cut) >= 0 || view.indexOf(SHARED, cut, bounds.end) >= 0) return null;
  const head = view.slice(0, bounds.start);
  const tail = view.slice(bounds.end, view.length);
  return {
    first: [...head, ...view.slice(bounds.start, cut), ...tail],
    second: [...head, ...view.slice(cut, bounds.end), ...tail],
  };
}

/** splitSheetParts for one contiguous XML. */
export function splitSheetXml(xml: Uint8Array, minBytes: number): SheetHalves | null {
  return splitSheetParts([xml], minBytes);
}

/** The worksheet with no rows (the second Worker parses only the half it was given); null when it has no sheet data. */
export function withoutRows(xml: Uint8Array | readonly Uint8Array[]): readonly Uint8Array[] | null {
  const view = new ByteParts(xml instanceof Uint8Array ? [xml] : xml);
  const bounds = boundsOf(view);
  return bounds === null ? null : [...view.slice(0, bounds.start), ...view.slice(bounds.end, view.length)];
}
