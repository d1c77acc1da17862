/**
 * Raw-deflate decompression that stops as soon as the real output passes a cap (docs/SECURITY.md Z1).
 * fflate's unzipSync allocates by the *declared* size and silently cuts at it; here the declared size
 * is ignored and the output is counted. Input is pushed in slices small enough that one slice cannot
 * expand past the remaining budget by much (deflate expands at most ≈1032:1), so memory stays near
 * the cap even for a bomb.
 */
import { Inflate } from 'fflate';

const MAX_DEFLATE_RATIO = 1032;
const MIN_SLICE = 1024;
const MAX_SLICE = 256 * 1024;

export type InflateOutcome =
  | { readonly ok: true; readonly bytes: Uint8Array }
  | { readonly ok: false; readonly reason: 'too-large' | 'corrupt' };

/** Inflates `data` (raw deflate), refusing when the output would exceed `maxBytes`. Never throws. */
export function inflateBounded(data: Uint8Array, maxBytes: number): InflateOutcome {
  // fflate treats empty input as an empty stream; a real deflate stream is never empty (≥ 2 bytes).
  if (data.length === 0) return { ok: false, reason: 'corrupt' };
  const chunks: Uint8Array[] = [];
  let total = 0;
  let over = false;
  let ended = false;
  try {
    const inflater = new Inflate((chunk, final) => {
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
  return { ok: true, bytes: concatChunks(chunks, total) };
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
