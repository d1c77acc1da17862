import { describe, expect, it } from 'vitest';
import { generateKeyPair, isStrictPublicKey, signBytes } from './ed25519-keys';
import { prepareEntries } from './native-prepass';
import { signatureHolds } from './native-signature';
import { verifyBundle } from './verify-bundle';
import { buildBundle, officeContext, testKeys, testTrustList } from './testing/bundle-fixtures';

const enc = new TextEncoder();

describe('native manifest signature (docs/SECURITY.md B2)', () => {
  it('checks a trusted signer natively in the pre-pass, and verifyBundle accepts on it', async () => {
    const bundle = buildBundle();
    const prepared = await prepareEntries(bundle.bytes, {}, testTrustList);
    expect(prepared.signature?.message).toEqual(bundle.manifestBytes);
    expect(prepared.signature?.publicKey).toEqual(testKeys().jwc.publicKey);
    const v = verifyBundle(bundle.bytes, officeContext(), prepared);
    expect(v.ok && v.value.bundleHash).toBe(bundle.bundleHash);
  });

  it('prepares nothing for an untrusted signer or without a trust list', async () => {
    const stranger = buildBundle({ signer: generateKeyPair() });
    expect((await prepareEntries(stranger.bytes, {}, testTrustList)).signature).toBeUndefined();
    expect((await prepareEntries(buildBundle().bytes)).signature).toBeUndefined();
  });

  it('answers only for the exact bytes and key it covered; anything else is strict verification', () => {
    const { jwc, rsc } = testKeys();
    const message = enc.encode('{"a":1}');
    const signature = signBytes(message, jwc.secretKey);
    const native = { message, signature, publicKey: jwc.publicKey };
    expect(signatureHolds(signature, message, jwc.publicKey, native)).toBe(true);
    // The record covers `message`, `signature` and jwc's key only: any other triple is left to @noble.
    expect(signatureHolds(signature, enc.encode('{"a":2}'), jwc.publicKey, native)).toBe(false);
    expect(signatureHolds(signature, message, rsc.publicKey, native)).toBe(false);
    expect(signatureHolds(new Uint8Array(64), message, jwc.publicKey, native)).toBe(false);
    // Without a record, strict verification alone.
    expect(signatureHolds(signature, message, jwc.publicKey, undefined)).toBe(true);
  });

  it('never takes the native answer under a key strict verification refuses (small order, non-canonical)', () => {
    // The identity point: a platform's cofactorless check accepts R = identity, S = 0 under it for any message.
    const identity = new Uint8Array(32);
    identity[0] = 1;
    const zeroSig = new Uint8Array(64);
    zeroSig[0] = 1;
    const message = enc.encode('anything');
    expect(isStrictPublicKey(identity)).toBe(false);
    expect(
      signatureHolds(zeroSig, message, identity, { message, signature: zeroSig, publicKey: identity }),
    ).toBe(false);
    // y = p (2^255 − 19), a non-canonical encoding of y = 0.
    const nonCanonical = new Uint8Array(32).fill(0xff);
    nonCanonical[0] = 0xed;
    nonCanonical[31] = 0x7f;
    expect(isStrictPublicKey(nonCanonical)).toBe(false);
    expect(isStrictPublicKey(testKeys().jwc.publicKey)).toBe(true);
  });
});
