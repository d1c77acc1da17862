import { describe, expect, it } from 'vitest';
import { bytesToBase64 } from '../base64';
import { writeBundle } from './bundle-writer';
import { fingerprintOf, generateKeyPair, keyIdOf, signBytes } from './ed25519-keys';
import { readRegistration, registrationBundleInput } from './registration';
import { rezip, bytes, text } from './testing/rezip';

const key = generateKeyPair();
function request(signWith = key.secretKey, publicKey = key.publicKey) {
  const input = registrationBundleInput({
    payload: {
      format: 'sdd-registration',
      version: 1,
      publicKey: bytesToBase64(publicKey),
      departmentCode: 'JWC',
      departmentName: '教务处',
      stationRole: 'department',
      contact: '李处长',
    },
    stationId: '6f1c2b3a-4e5f-4a6b-8c7d-9e0f1a2b3c4d',
    bundleId: '7f1c2b3a-4e5f-4a6b-8c7d-9e0f1a2b3c4d',
    createdAt: '2025-10-08T09:00:00.000Z',
    auditHead: '0'.repeat(64),
    appVersion: '0.1.0',
  });
  const w = writeBundle({ ...input, sign: (b) => signBytes(b, signWith) });
  if (!w.ok) throw new Error(w.error.message);
  return w.value.bytes;
}

describe('registration requests', () => {
  it('reads a self-signed request and returns the fingerprint to read aloud', () => {
    const r = readRegistration(request());
    expect(r.ok && r.value).toMatchObject({
      departmentCode: 'JWC',
      keyId: keyIdOf(key.publicKey),
      fingerprint: fingerprintOf(key.publicKey),
      stationRole: 'department',
    });
    expect(r.ok && r.value.fingerprint).toMatch(/^\d{4}( \d{4}){7}$/);
  });

  it('refuses a request not signed by the key it carries', () => {
    const other = generateKeyPair();
    const r = readRegistration(request(other.secretKey, key.publicKey));
    expect(r.ok ? '' : r.error.code).toBe('signature-invalid');
  });

  it('refuses a request whose department was edited after signing', () => {
    const tampered = rezip(request(), (es) =>
      es.map((e) =>
        e.name === 'files/registration.json'
          ? { name: e.name, bytes: bytes(text(e.bytes).replace('JWC', 'RSC')) }
          : e,
      ),
    );
    const r = readRegistration(tampered);
    expect(r.ok).toBe(false);
    expect(r.ok ? '' : r.error.message).toContain('已被改动');
  });
});
