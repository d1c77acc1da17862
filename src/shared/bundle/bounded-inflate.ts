/**
 * Raw-deflate decompression that stops as soon as the real output passes a cap (docs/SECURITY.md Z1).
 * fflate's unzipSync allocates by the *declared* size and silently cuts at it; here the declared size
 * is ignored and the output is counted. Input is pushed in slices small enough that one slice cannot
 * expand past the remaining budget by much (deflate expands at most ≈1032:1), so memory stays near
 * the cap even for a bomb. The stream must also end exactly at the entry's last byte: bytes after the
 * final block would be data the signature never covered (one bundle, one encoding — docs/bundle-rules.md).
 */
import { Inflate } from 'fflate';

const MAX_DEFLATE_RATIO = 1032;
const MIN_SLICE = 1024;
const MAX_SLICE = 256 * 1024;

export type InflateOutcome =
  | { readonly ok: true; readonly bytes: Uint8Array }
  | { readonly ok: false; readonly reason: 'too-large' | 'corrupt' | 'trailing-bytes' };

/** Inflates `data` (raw deflate), refusing when the output would exceed `maxBytes`. Never throws. */
export function inflateBounded(data: Uint8Array, maxBytes: number): InflateOutcome {
  // fflate treats empty input as an empty stream; a real deflate stream is never empty (≥ 2 bytes).
  if (data.length === 0) return { ok: false, reason: 'corrupt' };
  const chunks: Uint8Array[] = [];
  let total = 0;
  let over = false;
  let ended = false;
  let inflater: Inflate;
  try {
    inflater = new Inflate((chunk, final) => {
      total += chunk.length;
      if (total > maxBytes) over = true;
      else if (chunk.length > 0) chunks.push(chunk);
      if (final) ended = true;
    });
    let pos = 0;
    do {
      const end = Math.min(data.length, pos + inflateSliceSize(maxBytes - total));
      inflater.push(data.subarray(pos, end), end === data.length);
      pos = end;
      if (over) return { ok: false, reason: 'too-large' };
    } while (pos < data.length);
  } catch {
    return { ok: false, reason: over ? 'too-large' : 'corrupt' };
  }
  if (over) return { ok: false, reason: 'too-large' };
  if (!ended) return { ok: false, reason: 'corrupt' };
  if (unconsumedBytes(inflater) !== 0) return { ok: false, reason: 'trailing-bytes' };
  return { ok: true, bytes: concatChunks(chunks, total) };
}

/**
 * Whole input bytes fflate's Inflate left after the final block. fflate exposes no public count, so its
 * (version-pinned) state is read: `p` holds the input from the byte the stream stopped in, `s.p` the bit
 * offset inside that byte. An unexpected shape counts as unconsumed input, so the check fails closed.
 */
function unconsumedBytes(inflater: Inflate): number {
  const rest: unknown = Reflect.get(inflater, 'p');
  const state: unknown = Reflect.get(inflater, 's');
  const bit: unknown = typeof state === 'object' && state !== null ? Reflect.get(state, 'p') : undefined;
  if (!(rest instanceof Uint8Array) || typeof bit !== 'number') return Number.POSITIVE_INFINITY;
  return rest.length - (bit > 0 ? 1 : 0);
}

/** How much deflated input to feed at once so that its output cannot pass the remaining budget by much. */
export function inflateSliceSize(remaining: number): number {
  return Math.min(MAX_SLICE, Math.max(MIN_SLICE, Math.floor(Math.max(0, remaining) / MAX_DEFLATE_RATIO)));
}

export function concatChunks(chunks: readonly Uint8Array[], total: number): Uint8Array {
  if (chunks.length === 1) return chunks[0]!;
  const out = new Uint8Array(total);
  let p = 0;
  for (const c of chunks) {
    out.set(c, p);
    p += c.length;
  }
  return out;
}
