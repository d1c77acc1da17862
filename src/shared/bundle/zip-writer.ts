/**
 * The one zip writer: entries in the given order, one local header each with sizes and CRC (no data
 * descriptors, no extra fields, no ZIP64), then the central directory. Two front ends share it:
 *
 * - `encodeZip`, for bundles and backups: entries compressed beforehand (the compression is injectable
 *   — node:zlib in the main process, fflate or CompressionStream in the browser — because the container
 *   only needs method, compressed bytes and CRC), printable ASCII names, the fixed DOS timestamp.
 * - `ZipBuilder`, for spreadsheets: entries deflated chunk by chunk as the .xlsx writer produces them,
 *   UTF-8 names. fflate's own streaming Zip writes data descriptors, which SheetJS 0.18 — our own
 *   importer — refuses ("Bad compressed size"), so an export could not be re-imported.
 *
 * The importer also stores already-inflated entries (`storedZip`): the zip-bomb scan has inflated and
 * counted every entry natively, and handing SheetJS those bytes uncompressed spares it a second,
 * JavaScript inflate of the same data. Such an archive never leaves the parser Worker, and SheetJS
 * does not check CRCs, so a stored entry's CRC is left 0 rather than computed over hundreds of MB.
 */
import { Deflate, deflateSync } from 'fflate';
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

type Level = 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9;
/** General purpose flag bit 11: the entry name is UTF-8. */
const FLAG_UTF8 = 0x0800;

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
export function fflateCompressor(level: Level = 1): EntryCompressor {
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
  return writeArchive(
    entries.map((e) => ({
      name: asciiBytes(e.name),
      flags: 0,
      method: e.method,
      crc32: e.crc32,
      size: e.size,
      compressedSize: e.data.length,
      parts: [e.data],
    })),
    { time: DOS_TIME, date: DOS_DATE },
  );
}

/** One entry being written: push text chunks, then end(). */
export interface ZipEntryWriter {
  push(data: Uint8Array): void;
  end(): void;
}

interface BuilderEntry {
  readonly name: Uint8Array;
  readonly method: ZipMethod;
  readonly parts: Uint8Array[];
  crc: number;
  size: number;
  csize: number;
}

/** Bytes an entry holds uncompressed before it starts a deflate stream (see ZipBuilder.entry). */
const STREAM_AFTER = 1 << 20;

function concat(parts: readonly Uint8Array[], total: number): Uint8Array {
  if (parts.length === 1) return parts[0] as Uint8Array;
  const out = new Uint8Array(total);
  let p = 0;
  for (const part of parts) {
    out.set(part, p);
    p += part.length;
  }
  return out;
}

/** An archive built in memory from deflate streams; only compressed bytes are kept. */
export class ZipBuilder {
  private readonly entries: BuilderEntry[] = [];

  constructor(private readonly level: Level = 6) {}

  entry(name: string): ZipEntryWriter {
    const e: BuilderEntry = {
      name: new TextEncoder().encode(name),
      method: METHOD_DEFLATE,
      parts: [],
      crc: 0,
      size: 0,
      csize: 0,
    };
    this.entries.push(e);
    const level = this.level;
    const emit = (chunk: Uint8Array): void => {
      e.parts.push(chunk);
      e.csize += chunk.length;
    };
    // An entry is held uncompressed until it passes STREAM_AFTER and then deflated as one buffer, as
    // fflate's deflateSync does, which sizes its hash table to the input; a stream cannot know its size
    // and allocates the largest table (2 MB) for every entry, which is most of the cost of the dozens of
    // small sheets and parts a workbook has. Bigger entries stream, so memory holds one chunk of text.
    let held: Uint8Array[] | null = [];
    let heldBytes = 0;
    let deflate: Deflate | null = null;
    const stream = (data: Uint8Array, final: boolean): void => {
      deflate ??= new Deflate({ level }, emit);
      deflate.push(data, final);
    };
    return {
      push(data) {
        e.crc = crc32(data, e.crc);
        e.size += data.length;
        if (held === null) return stream(data, false);
        held.push(data);
        heldBytes += data.length;
        if (heldBytes <= STREAM_AFTER) return;
        const first = concat(held, heldBytes);
        held = null;
        stream(first, false);
      },
      end() {
        if (held === null) return stream(new Uint8Array(0), true);
        emit(deflateSync(concat(held, heldBytes), { level }));
        held = null;
      },
    };
  }

  /** Adds an entry stored as is (no compression, CRC 0; see the module header), under its raw name bytes. */
  stored(name: Uint8Array, parts: readonly Uint8Array[]): void {
    const size = parts.reduce((n, p) => n + p.length, 0);
    this.entries.push({ name, method: METHOD_STORED, parts: [...parts], crc: 0, size, csize: size });
  }

  /** The finished archive; the entries' buffers are released as they are copied. */
  finish(): Uint8Array {
    const out = writeArchive(
      this.entries.map((e) => ({
        name: e.name,
        flags: FLAG_UTF8,
        method: e.method,
        crc32: e.crc,
        size: e.size,
        compressedSize: e.csize,
        parts: e.parts,
      })),
      { time: 0, date: 0 },
    );
    for (const e of this.entries) e.parts.length = 0;
    return out;
  }
}

/** The entries as an uncompressed archive, for the parser to read what the scan inflated and counted. */
export function storedZip(
  entries: readonly { readonly rawName: Uint8Array; readonly parts: readonly Uint8Array[] }[],
): Uint8Array {
  const zip = new ZipBuilder(0);
  for (const e of entries) zip.stored(e.rawName, e.parts);
  return zip.finish();
}

interface ArchiveEntry {
  readonly name: Uint8Array;
  readonly flags: number;
  readonly method: ZipMethod;
  readonly crc32: number;
  readonly size: number;
  readonly compressedSize: number;
  /** The compressed bytes, in pieces. */
  readonly parts: readonly Uint8Array[];
}

/** The container: local headers and data, central directory, end record (zip32; throws past its limits). */
function writeArchive(
  entries: readonly ArchiveEntry[],
  stamp: { readonly time: number; readonly date: number },
): Uint8Array {
  let localSize = 0;
  let centralSize = 0;
  for (const e of entries) {
    if (e.compressedSize > MAX_U32 || e.size > MAX_U32)
      throw new RangeError('encodeZip: entry larger than 4 GiB');
    localSize += LOCAL_HEADER_SIZE + e.name.length + e.compressedSize;
    centralSize += CENTRAL_HEADER_SIZE + e.name.length;
  }
  if (entries.length > MAX_U16 || localSize > MAX_U32)
    throw new RangeError('encodeZip: archive too large for zip32');
  const out = new Uint8Array(localSize + centralSize + END_OF_CENTRAL_DIR_SIZE);
  const view = new DataView(out.buffer);
  const offsets: number[] = [];
  let p = 0;
  for (const e of entries) {
    offsets.push(p);
    view.setUint32(p, LOCAL_HEADER_SIG, true);
    view.setUint16(p + 4, VERSION_NEEDED, true);
    writeCommon(view, p + 6, e, stamp);
    out.set(e.name, p + LOCAL_HEADER_SIZE);
    p += LOCAL_HEADER_SIZE + e.name.length;
    for (const part of e.parts) {
      out.set(part, p);
      p += part.length;
    }
  }
  const centralStart = p;
  entries.forEach((e, i) => {
    view.setUint32(p, CENTRAL_HEADER_SIG, true);
    view.setUint16(p + 4, VERSION_NEEDED, true); // version made by: MS-DOS, 2.0
    view.setUint16(p + 6, VERSION_NEEDED, true);
    writeCommon(view, p + 8, e, stamp);
    // comment length, disk number, internal and external attributes stay zero.
    view.setUint32(p + 42, offsets[i]!, true);
    out.set(e.name, p + CENTRAL_HEADER_SIZE);
    p += CENTRAL_HEADER_SIZE + e.name.length;
  });
  view.setUint32(p, END_OF_CENTRAL_DIR_SIG, true);
  view.setUint16(p + 8, entries.length, true);
  view.setUint16(p + 10, entries.length, true);
  view.setUint32(p + 12, p - centralStart, true);
  view.setUint32(p + 16, centralStart, true);
  return out;
}

/** Fields shared by local and central headers, from "general purpose flags" to "extra field length". */
function writeCommon(
  view: DataView,
  at: number,
  e: ArchiveEntry,
  stamp: { readonly time: number; readonly date: number },
): void {
  view.setUint16(at, e.flags, true);
  view.setUint16(at + 2, e.method, true);
  view.setUint16(at + 4, stamp.time, true);
  view.setUint16(at + 6, stamp.date, true);
  view.setUint32(at + 8, e.crc32 >>> 0, true);
  view.setUint32(at + 12, e.compressedSize, true);
  view.setUint32(at + 16, e.size, true);
  view.setUint16(at + 20, e.name.length, true);
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
