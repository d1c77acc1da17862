import { mkdtemp, readFile, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { base64ToBytes } from '../../shared/base64';
import { verifySignature } from '../../shared/bundle/ed25519-keys';
import { createKeyVault } from './key-vault';

const WS = '0b6f3c1e-7a2d-4c1b-9e5f-2a8d6c4b1f00';
const PASS = '教务处负责人口令2025';

async function vault() {
  const dir = await mkdtemp(join(tmpdir(), 'sdd-keys-'));
  return { dir, v: createKeyVault(dir) };
}

describe('key vault', () => {
  it('creates a key whose private part is stored only encrypted, and signs with the passphrase', async () => {
    const { dir, v } = await vault();
    const created = await v.create({ workspaceId: WS, passphrase: PASS });
    if (!created.ok) throw new Error(created.error.message);
    const file = await readFile(join(dir, WS, `${created.value.keyId}.json`), 'utf8');
    expect(file).toContain('aes-256-gcm');
    expect(file).not.toContain('PRIVATE KEY');
    const current = await v.current({ workspaceId: WS });
    expect(current.ok && current.value.key?.keyId).toBe(created.value.keyId);
    const msg = new TextEncoder().encode('{"manifest":1}');
    const sig = await v.sign({
      workspaceId: WS,
      keyId: created.value.keyId,
      passphrase: PASS,
      messageBase64: Buffer.from(msg).toString('base64'),
    });
    if (!sig.ok) throw new Error(sig.error.message);
    expect(
      verifySignature(
        base64ToBytes(sig.value.signatureBase64)!,
        msg,
        base64ToBytes(created.value.publicKeyBase64)!,
      ),
    ).toBe(true);
  });

  it('refuses a wrong passphrase and a short one, and reports a missing key', async () => {
    const { dir, v } = await vault();
    expect((await v.create({ workspaceId: WS, passphrase: '123456789' })).ok).toBe(false);
    const created = await v.create({ workspaceId: WS, passphrase: PASS });
    if (!created.ok) throw new Error('create');
    const wrong = await v.sign({
      workspaceId: WS,
      keyId: created.value.keyId,
      passphrase: 'not the passphrase',
      messageBase64: 'AA==',
    });
    expect(wrong.ok ? '' : wrong.error.message).toBe('签名口令不正确。');
    const missing = await v.sign({
      workspaceId: WS,
      keyId: '0123456789abcdef',
      passphrase: PASS,
      messageBase64: 'AA==',
    });
    expect(missing.ok ? '' : missing.error.code).toBe('key-missing');
    expect(await readdir(join(dir, WS))).toHaveLength(1);
  });
});
