/**
 * The verify Worker's native pre-pass: before the synchronous verifyBundle runs, the payload entries are
 * inflated with the platform's DecompressionStream and hashed with WebCrypto — several times faster
 * than the pure-JS fflate and @noble paths that verifyBundle would otherwise use. The pre-pass decides
 * nothing: verifyBundle still makes every check in its order (the inflated bytes are held to their
 * declared size and CRC-32, their digests to the signed manifest). It keeps docs/SECURITY.md Z1: output is
 * counted as it streams and input is fed in slices small enough that one slice cannot expand far past
 * the budget; an entry that fails or overflows here is simply left to the synchronous path, which
 * refuses it with its Chinese message. Never throws.
 */
import { concatChunks, inflateSliceSize } from './bounded-inflate';
import { resolveLimits, type BundleLimits } from './bundle-limits';
import { MANIFEST_ENTRY, SIGNATURE_ENTRY } from './entry-names';
import { METHOD_DEFLATE, METHOD_STORED } from './zip-format';
import { readContainerLayout } from './zip-reader';

/** Entries inflated from `source` (only these exact bytes may use them) and digests per exact byte array. */
export interface PreparedEntries {
  readonly source: Uint8Array;
  readonly inflated: ReadonlyMap<string, Uint8Array>;
  readonly digests: WeakMap<Uint8Array, string>;
}

export async function prepareEntries(
  bytes: Uint8Array,
  limits?: Partial<BundleLimits>,
): Promise<PreparedEntries> {
  const inflated = new Map<string, Uint8Array>();
  const digests = new WeakMap<Uint8Array, string>();
  const prepared = { source: bytes, inflated, digests };
  const cap = resolveLimits(limits);
  const layout = readContainerLayout(bytes, cap);
  if (!layout.ok) return prepared;
  let total = 0;
  for (const e of layout.value) {
    if (e.name === MANIFEST_ENTRY || e.name === SIGNATURE_ENTRY) continue;
    const budget = Math.min(cap.maxEntryBytes, cap.maxTotalBytes - total);
    const data = bytes.subarray(e.dataStart, e.dataStart + e.compressedSize);
    const out =
      e.method === METHOD_STORED
        ? data.length === e.size
          ? data
          : null
        : e.method === METHOD_DEFLATE
          ? await inflateNative(data, budget, e.size)
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
 */
export async function inflateNative(
  data: Uint8Array,
  maxBytes: number,
  stopAt = maxBytes,
): Promise<Uint8Array | null> {
  if (data.length === 0) return null;
  let pos = 0;
  let total = 0;
  const input = new ReadableStream<BufferSource>({
    pull(controller) {
      if (pos >= data.length) {
        controller.close();
        return;
      }
      const end = Math.min(data.length, pos + inflateSliceSize(maxBytes - total));
      controller.enqueue(data.subarray(pos, end) as Uint8Array<ArrayBuffer>);
      pos = end;
    },
  });
  const reader = input.pipeThrough(new DecompressionStream('deflate-raw')).getReader();
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

async function sha256HexNative(bytes: Uint8Array): Promise<string> {
  const d = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>));
  let s = '';
  for (const b of d) s += b.toString(16).padStart(2, '0');
  return s;
}
