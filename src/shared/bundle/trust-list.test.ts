import { describe, expect, it } from 'vitest';
import { bytesToBase64 } from '../base64';
import { generateKeyPair, keyIdOf, type Ed25519KeyPair } from './ed25519-keys';
import { signTrustList, trustedKeyIndex, verifyTrustList, type TrustList } from './trust-list';

const at = '2025-09-01T00:00:00.000Z';
const entry = (k: Ed25519KeyPair, departmentCode: string, role: 'office' | 'summary' | 'department') => ({
  keyId: keyIdOf(k.publicKey),
  publicKey: bytesToBase64(k.publicKey),
  departmentCode,
  role,
  addedAt: at,
});

describe('trust list', () => {
  const office = generateKeyPair();
  const dept = generateKeyPair();
  const list = (version: number): TrustList => ({
    version,
    officeKeyId: keyIdOf(office.publicKey),
    keys: [entry(office, 'DDS', 'office'), entry(dept, 'JWC', 'department')],
  });

  it('accepts a newer list signed by the pinned office key, as bytes or as an object', () => {
    const { bytes, sigText } = signTrustList(list(2), office.secretKey);
    const r = verifyTrustList(bytes, sigText, office.publicKey, 1);
    expect(r.ok && trustedKeyIndex(r.value).get(keyIdOf(dept.publicKey))?.departmentCode).toBe('JWC');
    expect(verifyTrustList(list(2), sigText, office.publicKey, 0).ok).toBe(true);
  });

  it('B11: refuses a list signed by any other key', () => {
    const rogue = generateKeyPair();
    const forged: TrustList = {
      ...list(3),
      officeKeyId: keyIdOf(rogue.publicKey),
      keys: [entry(rogue, 'DDS', 'office')],
    };
    const { bytes, sigText } = signTrustList(forged, rogue.secretKey);
    const r = verifyTrustList(bytes, sigText, office.publicKey, 1);
    expect(r.ok || r.error).toMatchObject({
      code: 'trust-list-signer',
      message: expect.stringContaining('不是由已确认的督导室密钥签名'),
    });
    // Signed by a trusted department key: still not the trust root.
    const byDept = signTrustList(list(3), dept.secretKey);
    expect(verifyTrustList(byDept.bytes, byDept.sigText, office.publicKey, 1).ok).toBe(false);
  });

  it('B11: refuses a list not newer than the current one (rollback)', () => {
    const { bytes, sigText } = signTrustList(list(2), office.secretKey);
    for (const current of [2, 5]) {
      const r = verifyTrustList(bytes, sigText, office.publicKey, current);
      expect(r.ok || r.error).toMatchObject({
        code: 'trust-list-rollback',
        message: expect.stringContaining('不高于本站当前版本'),
      });
    }
  });

  it('B11: refuses a tampered list, a bad signature text and an office key that is not the pinned one', () => {
    const { bytes, sigText } = signTrustList(list(2), office.secretKey);
    const tampered = new TextEncoder().encode(new TextDecoder().decode(bytes).replace('"JWC"', '"CWC"'));
    expect(verifyTrustList(tampered, sigText, office.publicKey, 1).ok).toBe(false);
    expect(verifyTrustList(bytes, sigText.slice(0, -4), office.publicKey, 1).ok).toBe(false);
    const otherOffice = generateKeyPair();
    const wrongRoot: TrustList = {
      ...list(2),
      officeKeyId: keyIdOf(otherOffice.publicKey),
      keys: [entry(otherOffice, 'DDS', 'office')],
    };
    const signed = signTrustList(wrongRoot, office.secretKey);
    expect(verifyTrustList(signed.bytes, signed.sigText, office.publicKey, 1)).toMatchObject({
      ok: false,
      error: { code: 'trust-list-signer' },
    });
  });

  it('refuses a list with a keyId that does not match its key, or duplicate keys', () => {
    const bad = {
      ...list(2),
      keys: [
        entry(office, 'DDS', 'office'),
        { ...entry(dept, 'JWC', 'department'), keyId: '0123456789abcdef' },
      ],
    };
    const s1 = signTrustList(bad, office.secretKey);
    expect(verifyTrustList(s1.bytes, s1.sigText, office.publicKey, 1)).toMatchObject({
      ok: false,
      error: { code: 'trust-list-invalid' },
    });
    const dup = { ...list(2), keys: [...list(2).keys, entry(dept, 'JWC', 'department')] };
    const s2 = signTrustList(dup, office.secretKey);
    expect(verifyTrustList(s2.bytes, s2.sigText, office.publicKey, 1).ok).toBe(false);
  });
});
