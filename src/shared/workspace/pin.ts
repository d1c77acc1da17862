/**
 * Local user PINs: 4–6 digits for everyday user switching on a shared office PC. Stored only as a salted
 * scrypt hash. A PIN is not a secret strong enough to protect a signing key (that needs the 负责人's
 * passphrase, docs/SECURITY.md "What is not defended here"); it only keeps colleagues from acting under each other's name.
 */
import { scrypt } from '@noble/hashes/scrypt.js';
import { bytesToHex, hexToBytes, randomBytes, utf8ToBytes } from '@noble/hashes/utils.js';

export const PIN_PATTERN = /^\d{4,6}$/;

/** Cost kept low enough for a UI thread (~50 ms) while still not instant to brute-force offline. */
const SCRYPT_OPTS = { N: 2 ** 13, r: 8, p: 1, dkLen: 32 } as const;

export function newPinSalt(): string {
  return bytesToHex(randomBytes(16));
}

export function hashPin(pin: string, saltHex: string): string {
  return bytesToHex(scrypt(utf8ToBytes(pin), hexToBytes(saltHex), SCRYPT_OPTS));
}

/** Constant-time comparison of the derived hash. */
export function verifyPin(pin: string, saltHex: string, expectedHashHex: string): boolean {
  if (!PIN_PATTERN.test(pin)) return false;
  const actual = hashPin(pin, saltHex);
  if (actual.length !== expectedHashHex.length) return false;
  let diff = 0;
  for (let i = 0; i < actual.length; i++) diff |= actual.charCodeAt(i) ^ expectedHashHex.charCodeAt(i);
  return diff === 0;
}
