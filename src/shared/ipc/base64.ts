/**
 * Bytes cross every bridge (Electron IPC, Playwright's exposeFunction) as base64 strings, because the
 * Playwright bridge is JSON-only. Pure: atob/btoa exist in browsers, workers and Node ≥ 16.
 */

// String.fromCharCode(...chunk) blows the argument limit for large arrays, so encode in slices.
const CHUNK = 0x8000;

export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += CHUNK) {
    binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  }
  return btoa(binary);
}

/** Throws on malformed input: callers validate with the contract's base64 schema first. */
export function base64ToBytes(b64: string): Uint8Array {
  const binary = atob(b64);
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) out[i] = binary.charCodeAt(i);
  return out;
}
