/**
 * The verify Worker's native pre-pass: before the synchronous verifyBundle runs, the payload entries are
 * inflated with the platform's DecompressionStream and hashed with WebCrypto — several times faster
 * than the pure-JS fflate, CRC-32 and @noble paths that verifyBundle would otherwise use. A deflated
 * entry is inflated as a gzip member framed with the entry's declared CRC-32 and size, so the platform
 * checks both as it inflates; a stored entry's CRC-32 is computed here. The pre-pass decides nothing: an
 * entry whose check fails is not prepared, and verifyBundle reads it itself and refuses it in its order
 * (size, CRC-32, then the digests against the signed manifest). It keeps docs/SECURITY.md Z1: output is
 * counted as it streams and input is fed in slices small enough that one slice cannot expand far past
 * the budget; an entry that fails or overflows here is simply left to the synchronous path, which
 * refuses it with its Chinese message. Never throws.
 */
import { concatChunks, inflateSliceSize } from './bounded-inflate';
import { nativeManifestSignature, type NativeSignature } from './native-signature';
import type { TrustList } from './trust-list';
import { crc32 } from './crc32';
import { resolveLimits, type BundleLimits } from './bundle-limits';
import { MANIFEST_ENTRY, SIGNATURE_ENTRY } from './entry-names';
import { METHOD_DEFLATE, METHOD_STORED } from './zip-format';
import { readContainerLayout } from './zip-reader';

/** Entries inflated from `source` (only these exact bytes may use them) and digests per exact byte array. */
export interface PreparedEntries {
  readonly source: Uint8Array;
  /** Payload entries inflated from `source`, each already held to its declared size and CRC-32. */
  readonly inflated: ReadonlyMap<string, Uint8Array>;
  readonly digests: WeakMap<Uint8Array, string>;
  /** The manifest signature WebCrypto verified under the trusted key its keyId names (native-signature.ts). */
  readonly signature?: NativeSignature;
}

/** With `trustList`, the manifest signature is checked natively too. */
export async function prepareEntries(
  bytes: Uint8Array,
  limits?: Partial<BundleLimits>,
  trustList?: TrustList,
): Promise<PreparedEntries> {
  const inflated = new Map<string, Uint8Array>();
  const digests = new WeakMap<Uint8Array, string>();
  const cap = resolveLimits(limits);
  const layout = readContainerLayout(bytes, cap);
  if (!layout.ok) return { source: bytes, inflated, digests };
  const signature =
    trustList === undefined ? undefined : await nativeManifestSignature(bytes, layout.value, cap, trustList);
  const prepared = { source: bytes, inflated, digests, ...(signature === undefined ? {} : { signature }) };
  let total = 0;
  for (const e of layout.value) {
    if (e.name === MANIFEST_ENTRY || e.name === SIGNATURE_ENTRY) continue;
    const budget = Math.min(cap.maxEntryBytes, cap.maxTotalBytes - total);
    const data = bytes.subarray(e.dataStart, e.dataStart + e.compressedSize);
    const out =
      e.method === METHOD_STORED
        ? data.length === e.size && crc32(data) === e.crc
          ? data
          : null
        : e.method === METHOD_DEFLATE
          ? await inflateNative(data, budget, e.size, e.crc)
          : null;
    // A short or failed entry stops the pre-pass: the synchronous path reads the rest and says why.
    if (out === null || out.length !== e.size) break;
    total += out.length;
    inflated.set(e.name, out);
    digests.set(out, await sha256HexNative(out));
  }
  return prepared;
}

/**
 * Raw-deflate through DecompressionStream; null on any failure or once the output passes `stopAt` (the
 * declared size, ≤ `maxBytes`). Input slices are sized by `maxBytes` exactly as inflateBounded does.
 * With `crc`, the data is framed as a gzip member whose trailer states `crc` and `stopAt`: the platform
 * then refuses (null) output whose CRC-32 or length differs, and any bytes after the deflate stream.
 */
export async function inflateNative(
  data: Uint8Array,
  maxBytes: number,
  stopAt = maxBytes,
  crc?: number,
): Promise<Uint8Array | null> {
  if (data.length === 0) return null;
  const parts = crc === undefined ? [data] : [GZIP_HEADER, data, gzipTrailer(crc, stopAt)];
  let part = 0;
  let pos = 0;
  let total = 0;
  const input = new ReadableStream<BufferSource>({
    pull(controller) {
      while (part < parts.length && pos >= parts[part]!.length) {
        part++;
        pos = 0;
      }
      const chunk = parts[part];
      if (chunk === undefined) {
        controller.close();
        return;
      }
      const end = Math.min(chunk.length, pos + inflateSliceSize(maxBytes - total));
      controller.enqueue(chunk.subarray(pos, end) as Uint8Array<ArrayBuffer>);
      pos = end;
    },
  });
  const format = crc === undefined ? 'deflate-raw' : 'gzip';
  const reader = input.pipeThrough(new DecompressionStream(format)).getReader();
  const chunks: Uint8Array[] = [];
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.length;
      if (total > Math.min(maxBytes, stopAt)) {
        await reader.cancel().catch(() => undefined);
        return null;
      }
      chunks.push(value);
    }
  } catch {
    return null;
  }
  return concatChunks(chunks, total);
}

/** A gzip member header (RFC 1952): deflate, no flags, no time, unknown OS. */
const GZIP_HEADER = new Uint8Array([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff]);

/** The gzip trailer: CRC-32 and the length mod 2^32, little-endian. */
function gzipTrailer(crc: number, size: number): Uint8Array {
  const t = new Uint8Array(8);
  const v = new DataView(t.buffer);
  v.setUint32(0, crc >>> 0, true);
  v.setUint32(4, size >>> 0, true);
  return t;
}

async function sha256HexNative(bytes: Uint8Array): Promise<string> {
  const d = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>));
  let s = '';
  for (const b of d) s += b.toString(16).padStart(2, '0');
  return s;
}
