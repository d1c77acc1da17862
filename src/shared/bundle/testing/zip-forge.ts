/**
 * Test kit: builds zip files that break the rules on purpose (forged sizes, odd names, extra fields,
 * local headers that disagree with the central directory, encryption flags …). Only tests import it;
 * the production writer cannot produce such files.
 */
import { deflateSync } from 'fflate';
import { crc32 } from '../crc32';

export interface HeaderFields {
  versionNeeded: number;
  flags: number;
  method: number;
  time: number;
  date: number;
  crc: number;
  compressedSize: number;
  size: number;
  /** Raw name bytes (may hold NUL, backslash, non-ASCII …). */
  name: Uint8Array;
  extra: Uint8Array;
}

export interface ForgedEntry {
  readonly data: Uint8Array;
  readonly local: HeaderFields;
  readonly central: HeaderFields & { localOffset?: number };
}

/** A well-formed entry: deflated (or stored) with matching headers; callers then tamper with fields. */
export function forgeEntry(
  name: string | Uint8Array,
  content: Uint8Array,
  method: 0 | 8 = 8,
  level: 1 | 9 = 1,
): ForgedEntry {
  const data = method === 8 ? deflateSync(content, { level }) : content;
  const fields: HeaderFields = {
    versionNeeded: 20,
    flags: 0,
    method,
    time: 0,
    date: 0x21,
    crc: crc32(content),
    compressedSize: data.length,
    size: content.length,
    name: typeof name === 'string' ? new TextEncoder().encode(name) : name,
    extra: new Uint8Array(0),
  };
  return { data, local: { ...fields }, central: { ...fields } };
}

export interface EocdOverrides {
  count?: number;
  cdSize?: number;
  cdOffset?: number;
  comment?: Uint8Array;
}

export function forgeZip(entries: readonly ForgedEntry[], eocd: EocdOverrides = {}): Uint8Array {
  const parts: Uint8Array[] = [];
  const offsets: number[] = [];
  let p = 0;
  for (const e of entries) {
    offsets.push(p);
    const h = header(30 + e.local.name.length + e.local.extra.length);
    h.v.setUint32(0, 0x04034b50, true);
    h.v.setUint16(4, e.local.versionNeeded, true);
    common(h.v, 6, e.local);
    h.b.set(e.local.name, 30);
    h.b.set(e.local.extra, 30 + e.local.name.length);
    parts.push(h.b, e.data);
    p += h.b.length + e.data.length;
  }
  const cdStart = p;
  entries.forEach((e, i) => {
    const c = e.central;
    const h = header(46 + c.name.length + c.extra.length);
    h.v.setUint32(0, 0x02014b50, true);
    h.v.setUint16(4, 20, true);
    h.v.setUint16(6, c.versionNeeded, true);
    common(h.v, 8, c);
    h.v.setUint32(42, c.localOffset ?? offsets[i]!, true);
    h.b.set(c.name, 46);
    h.b.set(c.extra, 46 + c.name.length);
    parts.push(h.b);
    p += h.b.length;
  });
  const comment = eocd.comment ?? new Uint8Array(0);
  const end = header(22 + comment.length);
  end.v.setUint32(0, 0x06054b50, true);
  end.v.setUint16(8, eocd.count ?? entries.length, true);
  end.v.setUint16(10, eocd.count ?? entries.length, true);
  end.v.setUint32(12, eocd.cdSize ?? p - cdStart, true);
  end.v.setUint32(16, eocd.cdOffset ?? cdStart, true);
  end.v.setUint16(20, comment.length, true);
  end.b.set(comment, 22);
  parts.push(end.b);
  const out = new Uint8Array(parts.reduce((n, x) => n + x.length, 0));
  let o = 0;
  for (const x of parts) {
    out.set(x, o);
    o += x.length;
  }
  return out;
}

function header(size: number): { b: Uint8Array; v: DataView } {
  const b = new Uint8Array(size);
  return { b, v: new DataView(b.buffer) };
}

function common(v: DataView, at: number, f: HeaderFields): void {
  v.setUint16(at, f.flags, true);
  v.setUint16(at + 2, f.method, true);
  v.setUint16(at + 4, f.time, true);
  v.setUint16(at + 6, f.date, true);
  v.setUint32(at + 8, f.crc >>> 0, true);
  v.setUint32(at + 12, f.compressedSize >>> 0, true);
  v.setUint32(at + 16, f.size >>> 0, true);
  v.setUint16(at + 20, f.name.length, true);
  v.setUint16(at + 22, f.extra.length, true);
}
