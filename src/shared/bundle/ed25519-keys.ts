/**
 * Ed25519 keys for bundle signing (@noble/curves, pure JS so it runs in the renderer, workers and the
 * main process alike). A key is named by its keyId (first 16 hex digits of SHA-256 of the 32-byte
 * public key) and shown to people as a fingerprint they can read aloud over the phone during the
 * handshake (docs/ARCHITECTURE.md §6).
 */
import { ed25519 } from '@noble/curves/ed25519.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { sha256Hex } from '../hash';
import { base64ToBytes } from '../base64';

export const PUBLIC_KEY_BYTES = 32;
export const SIGNATURE_BYTES = 64;

export interface Ed25519KeyPair {
  readonly secretKey: Uint8Array;
  readonly publicKey: Uint8Array;
}

export function generateKeyPair(): Ed25519KeyPair {
  const { secretKey, publicKey } = ed25519.keygen();
  return { secretKey, publicKey };
}

export function publicKeyOf(secretKey: Uint8Array): Uint8Array {
  return ed25519.getPublicKey(secretKey);
}

export function signBytes(message: Uint8Array, secretKey: Uint8Array): Uint8Array {
  return ed25519.sign(message, secretKey);
}

/**
 * True only for an exactly 64-byte signature by exactly this 32-byte key. Uses RFC 8032 strict
 * verification (zip215: false) so one message has no alternative encodings of a valid signature.
 * Never throws: malformed inputs are simply invalid.
 */
export function verifySignature(signature: Uint8Array, message: Uint8Array, publicKey: Uint8Array): boolean {
  if (signature.length !== SIGNATURE_BYTES || publicKey.length !== PUBLIC_KEY_BYTES) return false;
  try {
    return ed25519.verify(signature, message, publicKey, { zip215: false });
  } catch {
    return false;
  }
}

const strictKeys = new Map<string, boolean>();

/**
 * True for a key that strict verification (verifySignature) can accept a signature under at all: a
 * canonical encoding of a point that is not of small order. Remembered per key (a station trusts a few
 * dozen), so a batch of bundles decodes each signer's point once.
 */
export function isStrictPublicKey(publicKey: Uint8Array): boolean {
  if (publicKey.length !== PUBLIC_KEY_BYTES) return false;
  const id = String.fromCharCode(...publicKey);
  let known = strictKeys.get(id);
  if (known === undefined) {
    try {
      known = !ed25519.Point.fromBytes(publicKey, false).isSmallOrder();
    } catch {
      known = false;
    }
    strictKeys.set(id, known);
  }
  return known;
}

/** Decodes the base64 text of manifest.sig: canonical base64 of exactly 64 bytes, or null (docs/SECURITY.md B2). */
export function decodeSignatureText(text: string): Uint8Array | null {
  const bytes = base64ToBytes(text);
  return bytes !== null && bytes.length === SIGNATURE_BYTES ? bytes : null;
}

/** Decodes a base64 public key of exactly 32 bytes, or null. */
export function decodePublicKey(text: string): Uint8Array | null {
  const bytes = base64ToBytes(text);
  return bytes !== null && bytes.length === PUBLIC_KEY_BYTES ? bytes : null;
}

export function keyIdOf(publicKey: Uint8Array): string {
  return sha256Hex(publicKey).slice(0, 16);
}

/**
 * Fingerprint read aloud during the handshake: SHA-256 of the public key, its first 16 bytes taken as
 * 8 big-endian 16-bit words, each reduced mod 10000 and written as 4 digits: "0427 9913 …".
 * Digits are unambiguous on the phone in Chinese; 8 × ~13.3 bits ≈ 106 bits resist a second-preimage
 * search by far. Independent of keyId's hex so the two are not confused.
 */
export function fingerprintOf(publicKey: Uint8Array): string {
  const digest = sha256(publicKey);
  const groups: string[] = [];
  for (let i = 0; i < 8; i++) {
    const word = (digest[2 * i]! << 8) | digest[2 * i + 1]!;
    groups.push(String(word % 10000).padStart(4, '0'));
  }
  return groups.join(' ');
}
