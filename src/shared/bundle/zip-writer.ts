/**
 * Zip container writer: entries in the given order, one local header each, then the central
 * directory. Compression is injectable — the main process can pass node:zlib output, the browser
 * build CompressionStream output — because the container only needs (method, compressed bytes, CRC).
 */
import { deflateSync } from 'fflate';
import { crc32 } from './crc32';
import {
  CENTRAL_HEADER_SIG,
  CENTRAL_HEADER_SIZE,
  DOS_DATE,
  DOS_TIME,
  END_OF_CENTRAL_DIR_SIG,
  END_OF_CENTRAL_DIR_SIZE,
  LOCAL_HEADER_SIG,
  LOCAL_HEADER_SIZE,
  MAX_U16,
  MAX_U32,
  METHOD_DEFLATE,
  METHOD_STORED,
  VERSION_NEEDED,
  type ZipMethod,
} from './zip-format';

/** An entry as it goes into the container: already compressed, with the CRC of the raw bytes. */
export interface CompressedEntry {
  readonly method: ZipMethod;
  readonly data: Uint8Array;
  readonly crc32: number;
  /** Length of the uncompressed bytes. */
  readonly size: number;
}

export type EntryCompressor = (bytes: Uint8Array) => CompressedEntry;

/** fflate raw deflate at the given level (0 stores). Level 1 is the default: bundles are read far more often than they are re-compressed for size. */
export function fflateCompressor(level: 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 = 1): EntryCompressor {
  return (bytes) =>
    level === 0
      ? { method: METHOD_STORED, data: bytes, crc32: crc32(bytes), size: bytes.length }
      : {
          method: METHOD_DEFLATE,
          data: deflateSync(bytes, { level }),
          crc32: crc32(bytes),
          size: bytes.length,
        };
}

export interface ZipEntryInput extends CompressedEntry {
  /** ASCII entry name (the bundle layer checks it against the allowlist). */
  readonly name: string;
}

/** Encodes the entries in order. Throws only on caller bugs (non-ASCII name, > 4 GiB entry): the bundle layer checks sizes first. */
export function encodeZip(entries: readonly ZipEntryInput[]): Uint8Array {
  const names = entries.map((e) => asciiBytes(e.name));
  let localSize = 0;
  let centralSize = 0;
  entries.forEach((e, i) => {
    if (e.data.length > MAX_U32 || e.size > MAX_U32)
      throw new RangeError('encodeZip: entry larger than 4 GiB');
    localSize += LOCAL_HEADER_SIZE + names[i]!.length + e.data.length;
    centralSize += CENTRAL_HEADER_SIZE + names[i]!.length;
  });
  if (entries.length > MAX_U16 || localSize > MAX_U32)
    throw new RangeError('encodeZip: archive too large for zip32');
  const out = new Uint8Array(localSize + centralSize + END_OF_CENTRAL_DIR_SIZE);
  const view = new DataView(out.buffer);
  const offsets: number[] = [];
  let p = 0;
  entries.forEach((e, i) => {
    const name = names[i]!;
    offsets.push(p);
    view.setUint32(p, LOCAL_HEADER_SIG, true);
    view.setUint16(p + 4, VERSION_NEEDED, true);
    writeCommon(view, p + 6, e, name.length);
    out.set(name, p + LOCAL_HEADER_SIZE);
    out.set(e.data, p + LOCAL_HEADER_SIZE + name.length);
    p += LOCAL_HEADER_SIZE + name.length + e.data.length;
  });
  const centralStart = p;
  entries.forEach((e, i) => {
    const name = names[i]!;
    view.setUint32(p, CENTRAL_HEADER_SIG, true);
    view.setUint16(p + 4, VERSION_NEEDED, true); // version made by: MS-DOS, 2.0
    view.setUint16(p + 6, VERSION_NEEDED, true);
    writeCommon(view, p + 8, e, name.length);
    // comment length, disk number, internal and external attributes stay zero.
    view.setUint32(p + 42, offsets[i]!, true);
    out.set(name, p + CENTRAL_HEADER_SIZE);
    p += CENTRAL_HEADER_SIZE + name.length;
  });
  view.setUint32(p, END_OF_CENTRAL_DIR_SIG, true);
  view.setUint16(p + 8, entries.length, true);
  view.setUint16(p + 10, entries.length, true);
  view.setUint32(p + 12, p - centralStart, true);
  view.setUint32(p + 16, centralStart, true);
  return out;
}

/** Fields shared by local and central headers, from "general purpose flags" to "extra field length". */
function writeCommon(view: DataView, at: number, e: CompressedEntry, nameLength: number): void {
  view.setUint16(at, 0, true);
  view.setUint16(at + 2, e.method, true);
  view.setUint16(at + 4, DOS_TIME, true);
  view.setUint16(at + 6, DOS_DATE, true);
  view.setUint32(at + 8, e.crc32 >>> 0, true);
  view.setUint32(at + 12, e.data.length, true);
  view.setUint32(at + 16, e.size, true);
  view.setUint16(at + 20, nameLength, true);
  view.setUint16(at + 22, 0, true);
}

function asciiBytes(name: string): Uint8Array {
  const out = new Uint8Array(name.length);
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c > 0x7e || c < 0x20) throw new TypeError('encodeZip: entry names are printable ASCII');
    out[i] = c;
  }
  return out;
}
