/**
 * Zip-bomb defence for .xlsx (ASVS V5.2.3, THREATS S3/Z1) before the spreadsheet parser sees the file:
 * the entry count is read from the central directory, encrypted entries are refused, and then every
 * entry is actually inflated in a stream while the bytes that come out are counted — the sizes a zip
 * claims are attacker-controlled (fflate's one-shot unzip even allocates what the header claims), so
 * only the streamed count is trusted. The scan stops at the first byte over a limit.
 */
import { Unzip, UnzipInflate, type UnzipFile } from 'fflate';

export interface ZipLimits {
  readonly maxEntries: number;
  /** Total inflated bytes over all entries. */
  readonly maxInflatedBytes: number;
  /**
   * Inflated bytes per compressed byte read so far, checked once 1 MB has come out. Spreadsheet XML
   * compresses 10–30:1; a bomb 1000:1 — and inflating a bomb is slow (fflate copies its long runs at
   * ~15 MB/s), so the ratio refuses it within a second where the byte count alone would take a minute.
   * Apache POI's ZipSecureFile uses the same idea with 100:1.
   */
  readonly maxRatio?: number;
}

const RATIO_FLOOR = 1024 * 1024;

/** Bytes of each entry's start handed to `onHead` (enough for a worksheet's <dimension>). */
export const HEAD_BYTES = 4096;

export type ZipScan =
  | { readonly ok: true; readonly entries: number; readonly inflatedBytes: number }
  | { readonly ok: false; readonly reason: 'too-many-entries' | 'inflated-too-large' | 'ratio-too-high' | 'damaged' | 'encrypted' };

const EOCD_SIGNATURE = 0x06054b50;
const CDH_SIGNATURE = 0x02014b50;
// Deflate expands at most ~1032:1, so one 16 KB step yields at most ~16 MB before the count is checked.
const CHUNK = 1 << 14;

const u16 = (b: Uint8Array, o: number): number => (b[o] ?? 0) | ((b[o + 1] ?? 0) << 8);
const u32 = (b: Uint8Array, o: number): number => (u16(b, o) | (u16(b, o + 2) << 16)) >>> 0;

/** Central directory facts: entry count and whether any entry is encrypted; null when there is none. */
function readDirectory(bytes: Uint8Array): { entries: number; encrypted: boolean } | null {
  // The end record is in the last 22 + 65535 (comment) bytes.
  const stop = Math.max(0, bytes.length - 22 - 0xffff);
  for (let o = bytes.length - 22; o >= stop; o--) {
    if (u32(bytes, o) !== EOCD_SIGNATURE) continue;
    const entries = u16(bytes, o + 10);
    const dirOffset = u32(bytes, o + 16);
    let p = dirOffset;
    let encrypted = false;
    for (let i = 0; i < entries; i++) {
      if (p + 46 > bytes.length || u32(bytes, p) !== CDH_SIGNATURE) return { entries, encrypted };
      if ((u16(bytes, p + 8) & 1) === 1) encrypted = true;
      p += 46 + u16(bytes, p + 28) + u16(bytes, p + 30) + u16(bytes, p + 32);
    }
    return { entries, encrypted };
  }
  return null;
}

/** Inflates every entry of `bytes` in a stream, counting real output; see the module header. */
export function scanZip(bytes: Uint8Array, limits: ZipLimits, onHead?: (name: string, head: Uint8Array) => void): ZipScan {
  const dir = readDirectory(bytes);
  if (dir === null) return { ok: false, reason: 'damaged' };
  if (dir.entries > limits.maxEntries) return { ok: false, reason: 'too-many-entries' };
  if (dir.encrypted) return { ok: false, reason: 'encrypted' };
  let entries = 0;
  let inflated = 0;
  let failure: 'too-many-entries' | 'inflated-too-large' | 'ratio-too-high' | 'damaged' | null = null;
  let consumed = 0;
  const maxRatio = limits.maxRatio ?? 100;
  const open: UnzipFile[] = [];
  const unzip = new Unzip((file) => {
    entries++;
    if (entries > limits.maxEntries) {
      failure = 'too-many-entries';
      return;
    }
    open.push(file);
    let head: Uint8Array | null = onHead ? new Uint8Array(0) : null;
    file.ondata = (error, chunk, final) => {
      if (failure !== null) return;
      if (error) {
        failure = 'damaged';
        return;
      }
      if (head !== null && onHead) {
        const joined = new Uint8Array(Math.min(HEAD_BYTES, head.length + chunk.length));
        joined.set(head.subarray(0, joined.length));
        joined.set(chunk.subarray(0, joined.length - head.length), head.length);
        head = joined;
        if (head.length >= HEAD_BYTES || final) {
          onHead(file.name, head);
          head = null;
        }
      }
      inflated += chunk.length;
      if (inflated > limits.maxInflatedBytes) {
        failure = 'inflated-too-large';
        file.terminate();
      } else if (inflated > RATIO_FLOOR && inflated > consumed * maxRatio) {
        failure = 'ratio-too-high';
        file.terminate();
      }
    };
    try {
      file.start();
    } catch {
      failure = 'damaged';
    }
  });
  unzip.register(UnzipInflate);
  try {
    for (let o = 0; o < bytes.length && failure === null; o += CHUNK) {
      const end = Math.min(bytes.length, o + CHUNK);
      consumed = end;
      unzip.push(bytes.subarray(o, end), end === bytes.length);
    }
  } catch {
    failure ??= 'damaged';
  }
  for (const f of open) f.terminate();
  if (failure !== null) return { ok: false, reason: failure };
  if (entries === 0) return { ok: false, reason: 'damaged' };
  return { ok: true, entries, inflatedBytes: inflated };
}
