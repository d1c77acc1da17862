import { describe, expect, it } from 'vitest';
import { bytesToBase64 } from '../base64';
import { canonicalJson } from '../canonical-json';
import { generateKeyPair, keyIdOf, signBytes } from '../bundle/ed25519-keys';
import type { TrustList } from '../bundle/trust-list';
import { checkReissuedTrustList, reissuedTrustList } from './rollover-trust';

const office = generateKeyPair();
const dept = generateKeyPair();
const stolen = generateKeyPair();
const at = '2026-01-05T08:00:00.000Z';
const entry = (pk: Uint8Array, departmentCode: string, role: 'office' | 'department') => ({
  keyId: keyIdOf(pk),
  publicKey: bytesToBase64(pk),
  departmentCode,
  role,
  addedAt: at,
});
const LIST: TrustList = {
  version: 4,
  officeKeyId: keyIdOf(office.publicKey),
  keys: [
    entry(office.publicKey, 'DDS', 'office'),
    entry(dept.publicKey, 'JWC', 'department'),
    { ...entry(stolen.publicKey, 'XGC', 'department'), revokedAt: at },
  ],
};
const signed = (list: unknown, secret = office.secretKey) => {
  const bytes = new TextEncoder().encode(canonicalJson(list));
  return { bytes, sig: bytesToBase64(signBytes(bytes, secret)) };
};
const officeKey = bytesToBase64(office.publicKey);

describe('the trust list re-issued for the new year', () => {
  it('keeps every key and revocation and takes the next version', () => {
    const next = reissuedTrustList(LIST);
    expect(next.version).toBe(5);
    expect(next.keys).toEqual(LIST.keys);
    expect(next.keys.find((k) => k.departmentCode === 'XGC')?.revokedAt).toBe(at);
    const { bytes, sig } = signed(next);
    const r = checkReissuedTrustList(LIST, officeKey, bytes, sig);
    expect(r.ok && r.value.version).toBe(5);
  });

  it('is refused when a key was added, a revocation lifted, the version skipped or another key signed', () => {
    const next = reissuedTrustList(LIST);
    const cases: unknown[] = [
      { ...next, keys: next.keys.map(({ revokedAt: _, ...k }) => k) },
      { ...next, keys: next.keys.slice(0, 2) },
      { ...next, version: 6 },
    ];
    for (const c of cases) {
      const { bytes, sig } = signed(c);
      const r = checkReissuedTrustList(LIST, officeKey, bytes, sig);
      expect(r.ok, JSON.stringify(c).slice(0, 80)).toBe(false);
    }
    const forged = signed(next, dept.secretKey);
    const r = checkReissuedTrustList(LIST, officeKey, forged.bytes, forged.sig);
    expect(r.ok ? '' : r.error.message).toContain('督导室密钥');
    const same = signed(LIST);
    expect(checkReissuedTrustList(LIST, officeKey, same.bytes, same.sig).ok).toBe(false);
  });
});
