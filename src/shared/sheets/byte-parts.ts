import { concatChunks } from '../bundle/bounded-inflate';

/**
 * A run of byte chunks seen as one sequence, without joining them: an inflated worksheet arrives as
 * thousands of small chunks, and copying 100 MB into one buffer costs a third of a second here (the
 * memory is touched for the first time), so the split reading (sheet-split.ts) searches the chunks where
 * they lie and hands on sub-views of them.
 */

/** First index ≥ from (and < to − needle length) where `needle` occurs in `hay`, or -1 (Horspool). */
export function indexOfBytes(hay: Uint8Array, needle: Uint8Array, from = 0, to = hay.length): number {
  const m = needle.length;
  if (m === 0) return from;
  const skip = new Uint32Array(256).fill(m);
  for (let i = 0; i < m - 1; i++) skip[needle[i] as number] = m - 1 - i;
  const last = needle[m - 1] as number;
  for (let i = Math.max(0, from); i + m <= to;) {
    const b = hay[i + m - 1] as number;
    if (b === last) {
      let j = m - 2;
      while (j >= 0 && hay[i + j] === needle[j]) j--;
      if (j < 0) return i;
    }
    i += skip[b] as number;
  }
  return -1;
}

export class ByteParts {
  readonly length: number;
  /** Where each part starts in the whole. */
  private readonly starts: number[];

  constructor(readonly parts: readonly Uint8Array[]) {
    this.starts = [];
    let n = 0;
    for (const p of parts) {
      this.starts.push(n);
      n += p.length;
    }
    this.length = n;
  }

  /** Index of the part holding byte `at` (the last part for at = length). */
  private partAt(at: number): number {
    let lo = 0;
    let hi = this.parts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.starts[mid] as number) <= at) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** Bytes [from, to) as views of the parts (no copy). */
  slice(from: number, to: number): Uint8Array[] {
    const out: Uint8Array[] = [];
    if (from >= to) return out;
    for (let i = this.partAt(from); i < this.parts.length; i++) {
      const start = this.starts[i] as number;
      if (start >= to) break;
      const p = this.parts[i] as Uint8Array;
      const a = Math.max(from - start, 0);
      const b = Math.min(to - start, p.length);
      if (b > a) out.push(a === 0 && b === p.length ? p : p.subarray(a, b));
    }
    return out;
  }

  /** Bytes [from, to) in one array: a view when they lie in one part, else a copy (keep windows small). */
  window(from: number, to: number): Uint8Array {
    const pieces = this.slice(Math.max(from, 0), Math.min(to, this.length));
    return pieces.length === 0
      ? new Uint8Array(0)
      : concatChunks(
          pieces,
          pieces.reduce((n, p) => n + p.length, 0),
        );
  }

  /** First index in [from, to) where `needle` starts and ends, or -1; matches across part boundaries count. */
  indexOf(needle: Uint8Array, from = 0, to = this.length): number {
    const m = needle.length;
    for (let i = this.partAt(Math.max(from, 0)); i < this.parts.length; i++) {
      const start = this.starts[i] as number;
      if (start >= to) break;
      const p = this.parts[i] as Uint8Array;
      const inside = indexOfBytes(p, needle, Math.max(from - start, 0), Math.min(to - start, p.length));
      if (inside >= 0) return start + inside;
      // A match that begins in this part's last m − 1 bytes and ends in a later part.
      const end = start + p.length;
      if (m > 1 && end < to) {
        const edge = Math.max(end - (m - 1), from);
        const across = indexOfBytes(this.window(edge, Math.min(end + m - 1, to)), needle);
        if (across >= 0 && edge + across < end) return edge + across;
      }
    }
    return -1;
  }
}
