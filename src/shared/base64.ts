/**
 * Base64 (RFC 4648 §4, standard alphabet, padded) for everything that crosses a text boundary: bytes
 * over IPC and the JSON-only Playwright bridge, signatures and public keys in bundles. Decoding is
 * strict — only the one canonical encoding of a byte string is accepted (no whitespace, no missing
 * padding, no non-zero hidden bits) — so many texts can never decode to one key or signature
 * (docs/SECURITY.md B2). Encoding and decoding use the platform's atob/btoa (browsers, workers, Node ≥ 16),
 * which are fast enough for bundle-sized payloads.
 */

// String.fromCharCode(...chunk) would overflow the argument limit on large arrays: encode in slices.
const CHUNK = 0x8000;
const SHAPE = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

export function bytesToBase64(bytes: Uint8Array): string {
  const parts: string[] = [];
  for (let i = 0; i < bytes.length; i += CHUNK) {
    parts.push(String.fromCharCode(...bytes.subarray(i, i + CHUNK)));
  }
  return btoa(parts.join(''));
}

/** Decodes canonical padded base64; returns null for anything else. */
export function base64ToBytes(text: string): Uint8Array | null {
  if (!SHAPE.test(text)) return null;
  const binary = atob(text);
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  // atob ignores the bits hidden by padding; the canonical text has them zero. The last group encodes
  // the last 3 − pad bytes on its own, so re-encoding just those must give the same four characters.
  const pad = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  if (pad > 0 && bytesToBase64(out.subarray(out.length - (3 - pad))) !== text.slice(-4)) return null;
  return out;
}
