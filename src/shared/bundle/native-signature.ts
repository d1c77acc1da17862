/**
 * The verify Worker's native check of a bundle's manifest signature: WebCrypto's Ed25519 (the platform's,
 * several times faster than the pure-JS @noble verify) run in the pre-pass, before the synchronous
 * verifyBundle. Like the rest of the pre-pass it decides nothing (docs/SECURITY.md B2): verifyBundle
 * takes its answer only for exactly the manifest bytes, signature and trusted key it checks itself, and
 * only when strict verification could accept that key at all (canonical, not of small order). Under such
 * a key a signature the platform accepts is one @noble's RFC 8032 strict verify accepts too: both refuse
 * S ≥ L and hash the same bytes, the platform requires R to be the canonical encoding of [S]B − [k]A (the
 * cofactorless equation, which implies the cofactored one @noble checks). Every other case — no native
 * Ed25519, a refusal, another key — is left to @noble, which decides. Never throws.
 */
import { parseBoundedJson } from './bounded-json';
import type { BundleLimits } from './bundle-limits';
import { inflateBounded } from './bounded-inflate';
import { crc32 } from './crc32';
import { decodePublicKey, decodeSignatureText, isStrictPublicKey, verifySignature } from './ed25519-keys';
import { MANIFEST_ENTRY, SIGNATURE_ENTRY } from './entry-names';
import { sameBytes } from './manifest-reader';
import { trustedKeyIndex, type TrustList } from './trust-list';
import { METHOD_DEFLATE, METHOD_STORED } from './zip-format';
import type { EntryLayout } from './zip-reader';

/** A manifest signature the platform verified: these exact bytes, by this exact key. */
export interface NativeSignature {
  readonly message: Uint8Array;
  readonly signature: Uint8Array;
  readonly publicKey: Uint8Array;
}

/** The signature of the manifest checked natively under the key its keyId names, or undefined. */
export async function nativeManifestSignature(
  bytes: Uint8Array,
  layout: readonly (EntryLayout & { readonly crc: number })[],
  cap: BundleLimits,
  trustList: TrustList,
): Promise<NativeSignature | undefined> {
  const message = entryBytes(bytes, layout, MANIFEST_ENTRY, cap.maxManifestBytes);
  const sig = entryBytes(bytes, layout, SIGNATURE_ENTRY, 1024);
  if (message === null || sig === null) return undefined;
  const manifest = parseBoundedJson(
    message,
    { maxBytes: cap.maxManifestBytes, maxDepth: cap.maxJsonDepth },
    MANIFEST_ENTRY,
  );
  const keyId = manifest.ok ? (manifest.value as { keyId?: unknown } | null)?.keyId : undefined;
  if (typeof keyId !== 'string') return undefined;
  const trusted = trustedKeyIndex(trustList).get(keyId);
  const publicKey = trusted === undefined ? null : decodePublicKey(trusted.publicKey);
  const signature = decodeSignatureText(String.fromCharCode(...sig));
  if (publicKey === null || signature === null || !isStrictPublicKey(publicKey)) return undefined;
  try {
    const key = await crypto.subtle.importKey('raw', publicKey as Uint8Array<ArrayBuffer>, 'Ed25519', false, [
      'verify',
    ]);
    const valid = await crypto.subtle.verify(
      'Ed25519',
      key,
      signature as Uint8Array<ArrayBuffer>,
      message as Uint8Array<ArrayBuffer>,
    );
    return valid ? { message, signature, publicKey } : undefined;
  } catch {
    return undefined;
  }
}

/** verifySignature, answered by the native check when it covered exactly these bytes and this key. */
export function signatureHolds(
  signature: Uint8Array,
  message: Uint8Array,
  publicKey: Uint8Array,
  native: NativeSignature | undefined,
): boolean {
  if (
    native !== undefined &&
    sameBytes(native.signature, signature) &&
    sameBytes(native.publicKey, publicKey) &&
    sameBytes(native.message, message) &&
    isStrictPublicKey(publicKey)
  )
    return true;
  return verifySignature(signature, message, publicKey);
}

/** A small entry's bytes, held to its declared size and CRC-32; null when anything is off. */
function entryBytes(
  bytes: Uint8Array,
  layout: readonly (EntryLayout & { readonly crc: number })[],
  name: string,
  max: number,
): Uint8Array | null {
  const e = layout.find((x) => x.name === name);
  if (e === undefined || e.size > max) return null;
  const data = bytes.subarray(e.dataStart, e.dataStart + e.compressedSize);
  let out: Uint8Array | null = null;
  if (e.method === METHOD_STORED) out = data;
  else if (e.method === METHOD_DEFLATE) {
    const r = inflateBounded(data, max);
    out = r.ok ? r.bytes : null;
  }
  return out !== null && out.length === e.size && crc32(out) === e.crc ? out : null;
}
