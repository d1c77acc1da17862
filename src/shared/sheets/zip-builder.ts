/**
 * A zip container built in memory from deflate streams, with sizes and CRC in the local headers (no
 * data descriptors): fflate's streaming Zip writes data descriptors, which SheetJS 0.18 — our own
 * importer — refuses ("Bad compressed size"), so an export could not be re-imported. Entries are
 * deflated chunk by chunk as the writer produces them; only compressed bytes are kept.
 *
 * The importer also stores already-inflated entries (`stored`): the zip-bomb scan has inflated and
 * counted every entry natively, and handing SheetJS those bytes uncompressed spares it a second,
 * JavaScript inflate of the same data. Such an archive never leaves the parser Worker, and SheetJS
 * does not check CRCs, so a stored entry's CRC is left 0 rather than computed over hundreds of MB.
 */
import { Deflate } from 'fflate';
import { crc32 } from '../bundle/crc32';

interface Entry {
  readonly name: Uint8Array;
  /** 8 (deflate) or 0 (stored). */
  readonly method: 0 | 8;
  readonly parts: Uint8Array[];
  crc: number;
  size: number;
  csize: number;
}

/** One entry being written: push text chunks, then end(). */
export interface ZipEntryWriter {
  push(data: Uint8Array): void;
  end(): void;
}

export class ZipBuilder {
  private readonly entries: Entry[] = [];

  constructor(private readonly level: 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 = 6) {}

  entry(name: string): ZipEntryWriter {
    const e: Entry = {
      name: new TextEncoder().encode(name),
      method: 8,
      parts: [],
      crc: 0,
      size: 0,
      csize: 0,
    };
    this.entries.push(e);
    const deflate = new Deflate({ level: this.level }, (chunk) => {
      e.parts.push(chunk);
      e.csize += chunk.length;
    });
    return {
      push(data) {
        e.crc = crc32(data, e.crc);
        e.size += data.length;
        deflate.push(data);
      },
      end() {
        deflate.push(new Uint8Array(0), true);
      },
    };
  }

  /** Adds an entry stored as is (no compression, CRC 0; see the module header), under its raw name bytes. */
  stored(name: Uint8Array, parts: readonly Uint8Array[]): void {
    const size = parts.reduce((n, p) => n + p.length, 0);
    this.entries.push({ name, method: 0, parts: [...parts], crc: 0, size, csize: size });
  }

  /** The finished archive. */
  finish(): Uint8Array {
    const headers: Uint8Array[] = [];
    const central: Uint8Array[] = [];
    let offset = 0;
    for (const e of this.entries) {
      const local = new Uint8Array(30 + e.name.length);
      const lv = new DataView(local.buffer);
      lv.setUint32(0, 0x04034b50, true);
      lv.setUint16(4, 20, true);
      lv.setUint16(6, 0x0800, true); // UTF-8 names
      lv.setUint16(8, e.method, true);
      lv.setUint32(14, e.crc, true);
      lv.setUint32(18, e.csize, true);
      lv.setUint32(22, e.size, true);
      lv.setUint16(26, e.name.length, true);
      local.set(e.name, 30);
      headers.push(local);
      const cd = new Uint8Array(46 + e.name.length);
      const cv = new DataView(cd.buffer);
      cv.setUint32(0, 0x02014b50, true);
      cv.setUint16(4, 20, true);
      cv.setUint16(6, 20, true);
      cv.setUint16(8, 0x0800, true);
      cv.setUint16(10, e.method, true);
      cv.setUint32(16, e.crc, true);
      cv.setUint32(20, e.csize, true);
      cv.setUint32(24, e.size, true);
      cv.setUint16(28, e.name.length, true);
      cv.setUint32(42, offset, true);
      cd.set(e.name, 46);
      central.push(cd);
      offset += local.length + e.csize;
    }
    const cdSize = central.reduce((n, c) => n + c.length, 0);
    const end = new Uint8Array(22);
    const ev = new DataView(end.buffer);
    ev.setUint32(0, 0x06054b50, true);
    ev.setUint16(8, this.entries.length, true);
    ev.setUint16(10, this.entries.length, true);
    ev.setUint32(12, cdSize, true);
    ev.setUint32(16, offset, true);
    const out = new Uint8Array(offset + cdSize + 22);
    let p = 0;
    this.entries.forEach((e, i) => {
      out.set(headers[i] as Uint8Array, p);
      p += (headers[i] as Uint8Array).length;
      for (const part of e.parts) {
        out.set(part, p);
        p += part.length;
      }
      e.parts.length = 0;
    });
    for (const c of central) {
      out.set(c, p);
      p += c.length;
    }
    out.set(end, p);
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
