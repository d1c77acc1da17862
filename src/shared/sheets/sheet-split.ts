/**
 * Cutting a worksheet's XML in two at a row boundary, so two parser Workers can each read half of a big
 * sheet on the machine's two cores (issue 4: import speed). Each half is a complete worksheet: the
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

const te = new TextEncoder();
const SHEET_DATA = te.encode('sheetData');
const ROW_END = te.encode('row>');
const SHARED = te.encode('t="shared"');
const ARRAY = te.encode('t="array"');
const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const COLON = 0x3a;

/** An XML name character as the regex \w sees it. */
function isWord(b: number): boolean {
  return (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a) || b === 0x5f;
}

/** First index ≥ from where `needle` occurs in `hay`, or -1 (Horspool: skips ahead by the last byte's table). */
export function indexOfBytes(hay: Uint8Array, needle: Uint8Array, from = 0, to = hay.length): number {
  const m = needle.length;
  if (m === 0) return from;
  const skip = new Uint32Array(256).fill(m);
  for (let i = 0; i < m - 1; i++) skip[needle[i] as number] = m - 1 - i;
  const last = needle[m - 1] as number;
  for (let i = Math.max(0, from); i + m <= to; ) {
    const b = hay[i + m - 1] as number;
    if (b === last) {
      let j = m - 2;
      while (j >= 0 && hay[i + j] === needle[j]) j--;
      if (j < 0) return i;
    }
    i += skip[b] as number;
  }
  return -1;
}

/** Index of the `<` that opens a tag `<name` or `<prefix:name` whose name starts at `at`, or -1. */
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
  return bytes[p] === LT ? p : -1;
}

export interface SheetDataBounds {
  /** First byte of the sheet data (just after the opening tag's `>`). */
  readonly start: number;
  /** First byte of the last closing tag. */
  readonly end: number;
}

/** Where the rows of a worksheet's XML lie, as SheetJS finds them; null when it would find none. */
export function sheetDataBounds(xml: Uint8Array): SheetDataBounds | null {
  let open = -1;
  for (let at = indexOfBytes(xml, SHEET_DATA); at >= 0; at = indexOfBytes(xml, SHEET_DATA, at + 1)) {
    if (tagStart(xml, at, false) >= 0) {
      open = at;
      break;
    }
  }
  if (open < 0) return null;
  const gt = xml.indexOf(GT, open + SHEET_DATA.length);
  if (gt < 0 || xml[gt - 1] === SLASH) return null;
  // The last closing tag: scan back from the end for `sheetData>` preceded by `</` (or `</x:`).
  for (let at = lastIndexOfBytes(xml, SHEET_DATA, xml.length); at > gt; at = lastIndexOfBytes(xml, SHEET_DATA, at)) {
    if (xml[at + SHEET_DATA.length] !== GT) continue;
    const lt = tagStart(xml, at, true);
    if (lt > gt) return { start: gt + 1, end: lt };
  }
  return null;
}

/** Last index < before where `needle` occurs, or -1. */
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

/** The end of the first `</row>` (or `</x:row>`) at or after `from` and before `to`, or -1. */
function rowEndAfter(xml: Uint8Array, from: number, to: number): number {
  for (let at = indexOfBytes(xml, ROW_END, from, to); at >= 0; at = indexOfBytes(xml, ROW_END, at + 1, to)) {
    if (tagStart(xml, at, true) >= from) return at + ROW_END.length;
  }
  return -1;
}

/** A worksheet cut in two: each half as the parts of a complete worksheet XML. */
export interface SheetHalves {
  readonly first: readonly Uint8Array[];
  readonly second: readonly Uint8Array[];
}

/**
 * Cuts a worksheet whose sheet data is at least `minBytes` long at the first row end after its middle;
 * null when it is smaller, has no such row end, or has a formula a half could not resolve (see the header).
 */
export function splitSheetXml(xml: Uint8Array, minBytes: number): SheetHalves | null {
  const bounds = sheetDataBounds(xml);
  if (bounds === null || bounds.end - bounds.start < minBytes) return null;
  const cut = rowEndAfter(xml, bounds.start + Math.floor((bounds.end - bounds.start) / 2), bounds.end);
  if (cut < 0 || cut >= bounds.end) return null;
  if (indexOfBytes(xml, ARRAY, bounds.start, cut) >= 0 || indexOfBytes(xml, SHARED, cut, bounds.end) >= 0) return null;
  const head = xml.subarray(0, bounds.start);
  const tail = xml.subarray(bounds.end);
  return { first: [head, xml.subarray(bounds.start, cut), tail], second: [head, xml.subarray(cut, bounds.end), tail] };
}

/** The worksheet with no rows (the second Worker parses only the half it was given); null when it has no sheet data. */
export function withoutRows(xml: Uint8Array): readonly Uint8Array[] | null {
  const bounds = sheetDataBounds(xml);
  return bounds === null ? null : [xml.subarray(0, bounds.start), xml.subarray(bounds.end)];
}
