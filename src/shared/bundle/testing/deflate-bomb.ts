/**
 * Test kit: a raw deflate stream that inflates to `1 + 258 × copies` zero bytes at about 1032:1 — one
 * fixed-Huffman block of a literal 0 followed by length-258, distance-1 copies. Eight copies take 13
 * bytes, so the body is a repeated pattern: gigabytes of output are built in milliseconds, where
 * deflating them with fflate would take seconds and the memory.
 */
const HEAD_BITS = 3 + 8;
const COPY_BITS = 13;
const PERIOD_BYTES = 13;
const SEED_COPIES = 16;

export function deflateBomb(copies: number): Uint8Array {
  const bodyEnd = HEAD_BITS + COPY_BITS * copies;
  // …then a 7-bit end-of-block code of zeros.
  const out = new Uint8Array(Math.ceil((bodyEnd + 7) / 8));
  let bit = 0;
  // Huffman codes go most significant bit first, header fields least significant first.
  const put = (value: number, n: number, msbFirst: boolean) => {
    for (let i = 0; i < n; i++, bit++) {
      const b = msbFirst ? (value >> (n - 1 - i)) & 1 : (value >> i) & 1;
      if (b) out[bit >> 3]! |= 1 << (bit & 7);
    }
  };
  put(1, 1, false); // final block
  put(1, 2, false); // fixed Huffman
  put(0x30, 8, true); // literal 0
  for (let i = 0; i < Math.min(copies, SEED_COPIES); i++) {
    put(0xc5, 8, true); // length 258
    put(0, 5, true); // distance 1
  }
  if (copies > SEED_COPIES) {
    const full = bodyEnd >> 3;
    for (let i = (HEAD_BITS + COPY_BITS * SEED_COPIES) >> 3; i < full; i++) out[i] = out[i - PERIOD_BYTES]!;
    if (bodyEnd & 7) out[full] = out[full - PERIOD_BYTES]! & ((1 << (bodyEnd & 7)) - 1);
  }
  return out;
}

/** Copies for about `bytes` of output. */
export const bombCopies = (bytes: number): number => Math.ceil(bytes / 258);
