import { describe, expect, it } from 'vitest';
import { bytesToBase64 } from '../base64';
import {
  decodePublicKey,
  decodeSignatureText,
  fingerprintOf,
  generateKeyPair,
  keyIdOf,
  publicKeyOf,
  signBytes,
  verifySignature,
} from './ed25519-keys';

const msg = new TextEncoder().encode('{"seq":1}');

describe('Ed25519 keys', () => {
  it('signs and verifies; another key, message or flipped bit fails', () => {
    const a = generateKeyPair();
    const b = generateKeyPair();
    expect(publicKeyOf(a.secretKey)).toEqual(a.publicKey);
    const sig = signBytes(msg, a.secretKey);
    expect(sig.length).toBe(64);
    expect(verifySignature(sig, msg, a.publicKey)).toBe(true);
    expect(verifySignature(sig, msg, b.publicKey)).toBe(false);
    expect(verifySignature(sig, new TextEncoder().encode('{"seq":2}'), a.publicKey)).toBe(false);
    const flipped = sig.slice();
    flipped[10]! ^= 1;
    expect(verifySignature(flipped, msg, a.publicKey)).toBe(false);
  });

  it('B2: never throws on malformed signatures or keys', () => {
    const a = generateKeyPair();
    const sig = signBytes(msg, a.secretKey);
    expect(verifySignature(sig.subarray(0, 63), msg, a.publicKey)).toBe(false);
    expect(verifySignature(new Uint8Array(64).fill(0xff), msg, a.publicKey)).toBe(false);
    expect(verifySignature(sig, msg, new Uint8Array(32).fill(0xff))).toBe(false);
    expect(verifySignature(sig, msg, new Uint8Array(31))).toBe(false);
  });

  it('B2: decodes only canonical base64 of exactly 64 signature bytes', () => {
    const sig = signBytes(msg, generateKeyPair().secretKey);
    const text = bytesToBase64(sig);
    expect(decodeSignatureText(text)).toEqual(sig);
    expect(decodeSignatureText(bytesToBase64(sig.subarray(0, 63)))).toBeNull();
    expect(decodeSignatureText(`${text}\n`)).toBeNull();
    expect(decodeSignatureText(text.replace(/=$/, ''))).toBeNull();
    expect(decodeSignatureText('!'.repeat(88))).toBeNull();
    expect(decodePublicKey(bytesToBase64(new Uint8Array(33)))).toBeNull();
  });

  it('derives a 16-hex keyId and an 8×4-digit fingerprint deterministically', () => {
    const pk = new Uint8Array(32).fill(7);
    expect(keyIdOf(pk)).toMatch(/^[0-9a-f]{16}$/);
    expect(fingerprintOf(pk)).toMatch(/^\d{4}( \d{4}){7}$/);
    expect(fingerprintOf(pk)).toBe(fingerprintOf(pk.slice()));
    expect(fingerprintOf(pk)).not.toBe(fingerprintOf(new Uint8Array(32).fill(8)));
  });
});
