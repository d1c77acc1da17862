/**
 * The Electron key vault (docs/ARCHITECTURE.md §6): one Ed25519 signing key per workspace, generated here with
 * node:crypto and stored in userData/keys/<workspaceId>/<keyId>.json with the private key (PKCS#8 DER)
 * encrypted by AES-256-GCM under a key derived from the 负责人's passphrase with scrypt. A PIN would be
 * guessed offline against a stolen file in seconds; a ≥10-character passphrase behind scrypt would not.
 * The OS keychain (safeStorage) is not used as the only layer because on Linux it may be plain text.
 * The private key never leaves this process: the renderer gets public keys and signatures only.
 */
import {
  createCipheriv,
  createDecipheriv,
  createPrivateKey,
  generateKeyPairSync,
  randomBytes,
  scrypt,
  sign,
} from 'node:crypto';
import { mkdir, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { err, ok, type Result } from '../../shared/result';
import type { ChannelArgs, ChannelValue } from '../../shared/ipc/contract';
import { writeFileAtomic } from './atomic-file';
import { readJsonFile } from './json-file';
import { createSerialQueue } from './serial-queue';
import { keyIdOf } from '../../shared/bundle/ed25519-keys';

export const KEYS_DIR_NAME = 'keys';
export const MIN_PASSPHRASE_LENGTH = 10;

/** scrypt cost: 2^15 × r 8 ≈ 32 MiB and ~0.1 s per attempt — slow for a guesser, fine once per export. */
const KDF = { N: 1 << 15, r: 8, p: 1, keyLength: 32, maxmem: 64 * 1024 * 1024 } as const;
// Ed25519 PKCS#8 DER is a fixed 16-byte prefix + the 32-byte seed; SPKI likewise + the 32-byte public key.
const SPKI_PREFIX_LENGTH = 12;

const b64 = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/);
const keyFileSchema = z.strictObject({
  format: z.literal('sdd-key'),
  version: z.literal(1),
  keyId: z.string().regex(/^[0-9a-f]{16}$/),
  publicKey: b64,
  createdAt: z.string(),
  kdf: z.strictObject({
    name: z.literal('scrypt'),
    N: z.number().int(),
    r: z.number().int(),
    p: z.number().int(),
    salt: b64,
  }),
  cipher: z.strictObject({ name: z.literal('aes-256-gcm'), iv: b64, tag: b64, data: b64 }),
});
type KeyFile = z.infer<typeof keyFileSchema>;

function deriveKey(
  passphrase: string,
  salt: Buffer,
  params: { N: number; r: number; p: number },
): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scrypt(
      passphrase.normalize('NFC'),
      salt,
      KDF.keyLength,
      { N: params.N, r: params.r, p: params.p, maxmem: KDF.maxmem },
      (e, key) => (e ? reject(e) : resolve(key)),
    ),
  );
}

/** Binds the ciphertext to its workspace and key id, so a key file copied under another name fails to open. */
const aad = (workspaceId: string, keyId: string) => Buffer.from(`sdd-key|${workspaceId}|${keyId}`, 'utf8');

export interface KeyVault {
  create(args: ChannelArgs<'keys:create'>): Promise<Result<ChannelValue<'keys:create'>>>;
  current(args: ChannelArgs<'keys:public'>): Promise<Result<ChannelValue<'keys:public'>>>;
  sign(args: ChannelArgs<'keys:sign'>): Promise<Result<ChannelValue<'keys:sign'>>>;
}

export function createKeyVault(dir: string, now: () => Date = () => new Date()): KeyVault {
  const serial = createSerialQueue();
  const wsDir = (workspaceId: string) => join(dir, workspaceId);

  async function readKey(workspaceId: string, keyId: string): Promise<KeyFile | null> {
    const file = await readJsonFile(join(wsDir(workspaceId), `${keyId}.json`));
    if (file.kind !== 'ok') return null;
    const parsed = keyFileSchema.safeParse(file.value);
    return parsed.success && parsed.data.keyId === keyId ? parsed.data : null;
  }

  async function listKeys(workspaceId: string): Promise<KeyFile[]> {
    let names: string[];
    try {
      names = await readdir(wsDir(workspaceId));
    } catch {
      return [];
    }
    const keys: KeyFile[] = [];
    for (const n of names) {
      const m = /^([0-9a-f]{16})\.json$/.exec(n);
      const key = m?.[1] === undefined ? null : await readKey(workspaceId, m[1]);
      if (key !== null) keys.push(key);
    }
    return keys.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  }

  return {
    create: ({ workspaceId, passphrase }) =>
      serial(async () => {
        if ([...passphrase].length < MIN_PASSPHRASE_LENGTH)
          return err('passphrase-too-short', `签名口令至少 ${MIN_PASSPHRASE_LENGTH} 个字符。`);
        const { publicKey, privateKey } = generateKeyPairSync('ed25519');
        const raw = publicKey.export({ format: 'der', type: 'spki' }).subarray(SPKI_PREFIX_LENGTH);
        const keyId = keyIdOf(new Uint8Array(raw));
        const salt = randomBytes(16);
        const iv = randomBytes(12);
        const cipher = createCipheriv('aes-256-gcm', await deriveKey(passphrase, salt, KDF), iv);
        cipher.setAAD(aad(workspaceId, keyId));
        const data = Buffer.concat([
          cipher.update(privateKey.export({ format: 'der', type: 'pkcs8' })),
          cipher.final(),
        ]);
        const file: KeyFile = {
          format: 'sdd-key',
          version: 1,
          keyId,
          publicKey: raw.toString('base64'),
          createdAt: now().toISOString(),
          kdf: { name: 'scrypt', N: KDF.N, r: KDF.r, p: KDF.p, salt: salt.toString('base64') },
          cipher: {
            name: 'aes-256-gcm',
            iv: iv.toString('base64'),
            tag: cipher.getAuthTag().toString('base64'),
            data: data.toString('base64'),
          },
        };
        try {
          await mkdir(wsDir(workspaceId), { recursive: true });
          await writeFileAtomic(
            join(wsDir(workspaceId), `${keyId}.json`),
            `${JSON.stringify(file, null, 1)}\n`,
          );
        } catch (e) {
          return err('key-write-failed', '无法保存签名密钥（磁盘已满或无写入权限）。', { reason: String(e) });
        }
        return ok({ keyId, publicKeyBase64: file.publicKey });
      }),

    current: async ({ workspaceId }) => {
      const last = (await listKeys(workspaceId)).at(-1);
      return ok({ key: last === undefined ? null : { keyId: last.keyId, publicKeyBase64: last.publicKey } });
    },

    sign: async ({ workspaceId, keyId, passphrase, messageBase64 }) => {
      const file = await readKey(workspaceId, keyId);
      if (file === null)
        return err('key-missing', '找不到本站的签名密钥文件，请重新生成密钥并向督导室注册。');
      let pkcs8: Buffer;
      try {
        const key = await deriveKey(passphrase, Buffer.from(file.kdf.salt, 'base64'), file.kdf);
        const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(file.cipher.iv, 'base64'));
        decipher.setAAD(aad(workspaceId, keyId));
        decipher.setAuthTag(Buffer.from(file.cipher.tag, 'base64'));
        pkcs8 = Buffer.concat([decipher.update(Buffer.from(file.cipher.data, 'base64')), decipher.final()]);
      } catch {
        return err('passphrase-wrong', '签名口令不正确。');
      }
      const signature = sign(
        null,
        Buffer.from(messageBase64, 'base64'),
        createPrivateKey({ key: pkcs8, format: 'der', type: 'pkcs8' }),
      );
      pkcs8.fill(0);
      return ok({ signatureBase64: signature.toString('base64') });
    },
  };
}
