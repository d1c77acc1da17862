/**
 * Strict reader for the bundle zip container (docs/SECURITY.md Z1–Z5). It accepts exactly the layout the
 * writer produces: entries back to back from offset 0, then the central directory, then an
 * end-of-central-directory record without comment; every local header repeats its central entry;
 * names come from the allowlist, each once, manifest.json first and manifest.sig second. Declared
 * sizes only serve early refusals — real inflated bytes are counted while inflating. Any malformed
 * input yields an error value; nothing here throws.
 */
import { err, ok, type Result } from '../result';
import { inflateBounded } from './bounded-inflate';
import { resolveLimits, type BundleLimits } from './bundle-limits';
import { containerMessages as m, displayName } from './container-messages';
import { crc32 } from './crc32';
import { MANIFEST_ENTRY, MAX_ENTRY_NAME_LENGTH, SIGNATURE_ENTRY, isAllowedEntryName } from './entry-names';
import {
  CENTRAL_HEADER_SIG,
  CENTRAL_HEADER_SIZE,
  END_OF_CENTRAL_DIR_SIG,
  END_OF_CENTRAL_DIR_SIZE,
  FLAGS_ALLOWED,
  FLAG_ENCRYPTED,
  LOCAL_HEADER_SIG,
  LOCAL_HEADER_SIZE,
  METHOD_DEFLATE,
  METHOD_STORED,
  VERSION_NEEDED,
} from './zip-format';

export type ContainerErrorCode =
  | 'too-large'
  | 'archive-damaged'
  | 'archive-unsupported'
  | 'unsafe-entry-name'
  | 'duplicate-entry'
  | 'entry-order'
  | 'missing-entry';

export interface BundleContainer {
  /** The exact bytes of manifest.json: what is signed and what bundleHash covers. */
  readonly manifestBytes: Uint8Array;
  readonly sigText: string;
  /** Inflated payload entries (tables/…, files/…) in archive order. */
  readonly entries: ReadonlyMap<string, Uint8Array>;
}

const MAX_SIG_BYTES = 1024;

export interface CentralEntry {
  readonly name: string;
  readonly versionNeeded: number;
  readonly flags: number;
  readonly method: number;
  readonly time: number;
  readonly date: number;
  readonly crc: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly localOffset: number;
}

type Fail = {
  readonly ok: false;
  readonly error: { readonly code: ContainerErrorCode; readonly message: string };
};

/**
 * The whole container is always checked (directory, local headers, names, order); with `manifestOnly`
 * only manifest.json and manifest.sig are inflated and `entries` stays empty — enough to route a file
 * by the kind it claims, at a fraction of the cost, before the full verification reads it all.
 * `inflated`: payload entries already inflated from these very bytes by the Worker's native pre-pass
 * (native-prepass.ts), each already held to its declared CRC-32 there; their size is checked again here.
 */
export function readBundleContainer(
  bytes: Uint8Array,
  limits?: Partial<BundleLimits>,
  options: { readonly manifestOnly?: boolean; readonly inflated?: ReadonlyMap<string, Uint8Array> } = {},
): Result<BundleContainer, ContainerErrorCode> {
  const cap = resolveLimits(limits);
  const layout = readContainerLayout(bytes, cap);
  if (!layout.ok) return layout;
  const wanted =
    options.manifestOnly === true
      ? layout.value.filter((e) => e.name === MANIFEST_ENTRY || e.name === SIGNATURE_ENTRY)
      : layout.value;
  return inflateEntries(bytes, wanted, cap, options.inflated);
}

/** Where an entry's stored (compressed) data lies in the archive, and how it is stored. */
export interface EntryLayout {
  readonly name: string;
  readonly method: number;
  readonly size: number;
  readonly dataStart: number;
  readonly compressedSize: number;
}

/** The checked entry list (limits, directory, local headers, names, order), nothing inflated. */
export function readContainerLayout(
  bytes: Uint8Array,
  limits?: Partial<BundleLimits>,
): Result<readonly (CentralEntry & EntryLayout)[], ContainerErrorCode> {
  const cap = resolveLimits(limits);
  if (bytes.length > cap.maxArchiveBytes)
    return err('too-large', m.archiveTooLarge(bytes.length, cap.maxArchiveBytes));
  if (bytes.length < END_OF_CENTRAL_DIR_SIZE) return err('archive-damaged', m.damaged('文件过短'));
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = bytes.length - END_OF_CENTRAL_DIR_SIZE;
  if (view.getUint32(eocd, true) !== END_OF_CENTRAL_DIR_SIG)
    return err('archive-damaged', m.damaged('找不到压缩包目录'));
  const count = view.getUint16(eocd + 10, true);
  if (
    view.getUint16(eocd + 4, true) !== 0 ||
    view.getUint16(eocd + 6, true) !== 0 ||
    view.getUint16(eocd + 8, true) !== count
  ) {
    return err('archive-unsupported', m.unsupported('分卷压缩包'));
  }
  if (view.getUint16(eocd + 20, true) !== 0)
    return err('archive-unsupported', m.unsupported('带注释的压缩包'));
  if (count > cap.maxEntries) return err('too-large', m.tooManyEntries(count, cap.maxEntries));
  const cdSize = view.getUint32(eocd + 12, true);
  const cdOffset = view.getUint32(eocd + 16, true);
  if (cdOffset + cdSize !== eocd) return err('archive-damaged', m.damaged('目录位置不符'));

  const central = readCentralDirectory(bytes, view, cdOffset, eocd, count, cap);
  if (!central.ok) return central;
  const local = checkLocalHeaders(bytes, view, central.value, cdOffset);
  if (!local.ok) return local;
  return ok(
    central.value.map((e) => ({ ...e, dataStart: e.localOffset + LOCAL_HEADER_SIZE + e.name.length })),
  );
}

function readCentralDirectory(
  bytes: Uint8Array,
  view: DataView,
  start: number,
  end: number,
  count: number,
  cap: BundleLimits,
): Result<CentralEntry[], ContainerErrorCode> {
  const entries: CentralEntry[] = [];
  const seen = new Set<string>();
  let declaredTotal = 0;
  let p = start;
  for (let i = 0; i < count; i++) {
    if (p + CENTRAL_HEADER_SIZE > end || view.getUint32(p, true) !== CENTRAL_HEADER_SIG) {
      return err('archive-damaged', m.damaged('目录条目不完整'));
    }
    const nameLength = view.getUint16(p + 28, true);
    if (p + CENTRAL_HEADER_SIZE + nameLength > end)
      return err('archive-damaged', m.damaged('目录条目不完整'));
    const name = latin1(bytes.subarray(p + CENTRAL_HEADER_SIZE, p + CENTRAL_HEADER_SIZE + nameLength));
    const e: CentralEntry = {
      name,
      versionNeeded: view.getUint16(p + 6, true),
      flags: view.getUint16(p + 8, true),
      method: view.getUint16(p + 10, true),
      time: view.getUint16(p + 12, true),
      date: view.getUint16(p + 14, true),
      crc: view.getUint32(p + 16, true),
      compressedSize: view.getUint32(p + 20, true),
      size: view.getUint32(p + 24, true),
      localOffset: view.getUint32(p + 42, true),
    };
    const shown = displayName(name);
    if (nameLength > MAX_ENTRY_NAME_LENGTH || !isAllowedEntryName(name))
      return err('unsafe-entry-name', m.unsafeName(shown));
    if (e.flags & FLAG_ENCRYPTED) return err('archive-unsupported', m.encrypted(shown));
    if (e.flags & ~FLAGS_ALLOWED) return err('archive-unsupported', m.unsupported(`${shown} 使用了未知标志`));
    if (e.method !== METHOD_STORED && e.method !== METHOD_DEFLATE) {
      return err('archive-unsupported', m.unsupported(`${shown} 的压缩方式 ${e.method}`));
    }
    if (e.versionNeeded > VERSION_NEEDED)
      return err('archive-unsupported', m.unsupported(`${shown} 需要版本 ${e.versionNeeded}`));
    if (view.getUint16(p + 30, true) !== 0 || view.getUint16(p + 32, true) !== 0) {
      return err('archive-unsupported', m.unsupported(`${shown} 带有扩展字段或注释`));
    }
    if (view.getUint16(p + 34, true) !== 0) return err('archive-unsupported', m.unsupported('分卷压缩包'));
    if (e.method === METHOD_STORED && e.compressedSize !== e.size)
      return err('archive-damaged', m.damaged(`${shown} 的大小不一致`));
    const folded = name.toLowerCase();
    if (seen.has(folded)) return err('duplicate-entry', m.duplicate(shown));
    seen.add(folded);
    const expected = i === 0 ? MANIFEST_ENTRY : i === 1 ? SIGNATURE_ENTRY : null;
    if (expected !== null && name !== expected) return err('entry-order', m.order(shown, expected));
    // Early refusals on declared sizes; the real sizes are counted again while inflating.
    if (e.size > cap.maxEntryBytes) return err('too-large', m.entryTooLarge(shown, cap.maxEntryBytes));
    declaredTotal += e.size;
    if (declaredTotal > cap.maxTotalBytes) return err('too-large', m.totalTooLarge(cap.maxTotalBytes));
    entries.push(e);
    p += CENTRAL_HEADER_SIZE + nameLength;
  }
  if (p !== end) return err('archive-damaged', m.damaged('目录长度不符'));
  if (entries.length < 1) return err('missing-entry', m.missingEntry(MANIFEST_ENTRY));
  if (entries.length < 2) return err('missing-entry', m.missingEntry(SIGNATURE_ENTRY));
  return ok(entries);
}

/** Local headers must tile the file from offset 0 up to the central directory and repeat their central entry. */
function checkLocalHeaders(
  bytes: Uint8Array,
  view: DataView,
  entries: readonly CentralEntry[],
  cdOffset: number,
): Result<null, ContainerErrorCode> {
  let expected = 0;
  for (const e of entries) {
    const shown = displayName(e.name);
    const p = e.localOffset;
    if (p !== expected || p + LOCAL_HEADER_SIZE > cdOffset || view.getUint32(p, true) !== LOCAL_HEADER_SIG) {
      return err('archive-damaged', m.damaged(`${shown} 的位置不符`));
    }
    const nameLength = view.getUint16(p + 26, true);
    const same =
      view.getUint16(p + 4, true) === e.versionNeeded &&
      view.getUint16(p + 6, true) === e.flags &&
      view.getUint16(p + 8, true) === e.method &&
      view.getUint16(p + 10, true) === e.time &&
      view.getUint16(p + 12, true) === e.date &&
      view.getUint32(p + 14, true) === e.crc &&
      view.getUint32(p + 18, true) === e.compressedSize &&
      view.getUint32(p + 22, true) === e.size &&
      nameLength === e.name.length &&
      view.getUint16(p + 28, true) === 0 &&
      p + LOCAL_HEADER_SIZE + nameLength <= cdOffset &&
      latin1(bytes.subarray(p + LOCAL_HEADER_SIZE, p + LOCAL_HEADER_SIZE + nameLength)) === e.name;
    if (!same) return err('archive-damaged', m.damaged(`${shown} 的本地文件头与目录不一致`));
    expected = p + LOCAL_HEADER_SIZE + nameLength + e.compressedSize;
    if (expected > cdOffset) return err('archive-damaged', m.damaged(`${shown} 的数据不完整`));
  }
  if (expected !== cdOffset) return err('archive-damaged', m.damaged('条目之间有多余数据'));
  return ok(null);
}

function inflateEntries(
  bytes: Uint8Array,
  entries: readonly (CentralEntry & EntryLayout)[],
  cap: BundleLimits,
  inflated: ReadonlyMap<string, Uint8Array> | undefined,
): Result<BundleContainer, ContainerErrorCode> {
  const payload = new Map<string, Uint8Array>();
  let manifestBytes: Uint8Array | null = null;
  let sigBytes: Uint8Array | null = null;
  let total = 0;
  for (const e of entries) {
    const shown = displayName(e.name);
    const entryCap =
      e.name === MANIFEST_ENTRY
        ? cap.maxManifestBytes
        : e.name === SIGNATURE_ENTRY
          ? MAX_SIG_BYTES
          : cap.maxEntryBytes;
    const budget = Math.min(entryCap, cap.maxTotalBytes - total);
    const data = bytes.subarray(e.dataStart, e.dataStart + e.compressedSize);
    const ready = inflated?.get(e.name);
    let out: Uint8Array;
    if (ready !== undefined && ready.length <= budget) out = ready;
    else if (e.method === METHOD_STORED) {
      if (data.length > budget) return tooLarge(shown, entryCap, budget, cap);
      out = data;
    } else {
      const r = inflateBounded(data, budget);
      if (!r.ok)
        return r.reason === 'too-large'
          ? tooLarge(shown, entryCap, budget, cap)
          : r.reason === 'trailing-bytes'
            ? err('archive-damaged', m.trailingBytes(shown))
            : err('archive-damaged', m.damaged(`${shown} 无法解压`));
      out = r.bytes;
    }
    if (out.length !== e.size) return err('archive-damaged', m.damaged(`${shown} 的实际大小与声明不符`));
    // A pre-inflated entry's CRC-32 was checked as it was inflated (native-prepass.ts).
    if (out !== ready && crc32(out) !== e.crc)
      return err('archive-damaged', m.damaged(`${shown} 的校验值不符`));
    total += out.length;
    if (e.name === MANIFEST_ENTRY) manifestBytes = out;
    else if (e.name === SIGNATURE_ENTRY) sigBytes = out;
    else payload.set(e.name, out);
  }
  if (manifestBytes === null) return err('missing-entry', m.missingEntry(MANIFEST_ENTRY));
  if (sigBytes === null) return err('missing-entry', m.missingEntry(SIGNATURE_ENTRY));
  return ok({ manifestBytes, sigText: latin1(sigBytes), entries: payload });
}

function tooLarge(shown: string, entryCap: number, budget: number, cap: BundleLimits): Fail {
  return budget < entryCap
    ? err('too-large', m.totalTooLarge(cap.maxTotalBytes))
    : err('too-large', m.entryTooLarge(shown, entryCap));
}

/** Byte-per-character decoding: any non-ASCII byte stays visible to the allowlist, which refuses it. */
function latin1(b: Uint8Array): string {
  let s = '';
  for (let i = 0; i < b.length; i += 4096) s += String.fromCharCode(...b.subarray(i, i + 4096));
  return s;
}
