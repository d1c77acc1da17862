/**
 * Browser signing keys: WebCrypto Ed25519 with a non-extractable private key, stored (as a CryptoKey,
 * which IndexedDB can hold but no script can read out) in a small database of its own. Keeping it out
 * of the app database means logical backups never contain it and restoring a backup never brings an
 * old key back: a station restored into another browser has no key and registers a new one.
 */
import { err, ok, type Result } from '../../shared/result';
import { keyIdOf } from '../../shared/bundle/ed25519-keys';
import type { StationKey, StationKeys } from './station-keys';

export const KEYSTORE_DB_NAME = 'status-data-desk-keystore';
const STORE = 'keys';

interface StoredKey {
  readonly id: string; // `${workspaceId}|${keyId}`
  readonly workspaceId: string;
  readonly keyId: string;
  readonly publicKey: Uint8Array;
  readonly privateKey: CryptoKey;
  readonly createdAt: string;
}

function request<T>(r: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error ?? new Error('IndexedDB request failed'));
  });
}

function openStore(factory: IDBFactory): Promise<IDBDatabase> {
  const open = factory.open(KEYSTORE_DB_NAME, 1);
  open.onupgradeneeded = () => open.result.createObjectStore(STORE, { keyPath: 'id' });
  return request(open);
}

async function allKeys(factory: IDBFactory, workspaceId: string): Promise<StoredKey[]> {
  const db = await openStore(factory);
  try {
    const all = (await request(db.transaction(STORE, 'readonly').objectStore(STORE).getAll())) as StoredKey[];
    return all
      .filter((k) => k.workspaceId === workspaceId)
      .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  } finally {
    db.close();
  }
}

export function createBrowserKeys(factory: IDBFactory, subtle: SubtleCrypto): StationKeys {
  return {
    needsPassphrase: false,
    async create(workspaceId) {
      try {
        const pair = (await subtle.generateKey({ name: 'Ed25519' }, false, [
          'sign',
          'verify',
        ])) as CryptoKeyPair;
        const publicKey = new Uint8Array(await subtle.exportKey('raw', pair.publicKey));
        const keyId = keyIdOf(publicKey);
        const rec: StoredKey = {
          id: `${workspaceId}|${keyId}`,
          workspaceId,
          keyId,
          publicKey,
          privateKey: pair.privateKey,
          createdAt: new Date().toISOString(),
        };
        const db = await openStore(factory);
        try {
          const tx = db.transaction(STORE, 'readwrite', { durability: 'strict' });
          tx.objectStore(STORE).put(rec);
          await new Promise<void>((resolve, reject) => {
            tx.oncomplete = () => resolve();
            tx.onerror = () => reject(tx.error ?? new Error('keystore write failed'));
            tx.onabort = () => reject(tx.error ?? new Error('keystore write aborted'));
          });
        } finally {
          db.close();
        }
        return ok({ keyId, publicKey });
      } catch (e) {
        return err('key-create-failed', '无法生成签名密钥：此浏览器不支持 Ed25519 或存储不可用。', {
          reason: String(e),
        });
      }
    },
    async current(workspaceId): Promise<Result<StationKey | null>> {
      try {
        const last = (await allKeys(factory, workspaceId)).at(-1);
        return ok(last === undefined ? null : { keyId: last.keyId, publicKey: last.publicKey });
      } catch (e) {
        return err('key-store-unreadable', '无法读取浏览器中的签名密钥。', { reason: String(e) });
      }
    },
    async sign(workspaceId, keyId, message) {
      try {
        const key = (await allKeys(factory, workspaceId)).find((k) => k.keyId === keyId);
        if (key === undefined)
          return err('key-missing', '此浏览器中没有本站的签名密钥，请重新生成密钥并向督导室注册。');
        return ok(
          new Uint8Array(
            await subtle.sign({ name: 'Ed25519' }, key.privateKey, message as Uint8Array<ArrayBuffer>),
          ),
        );
      } catch (e) {
        return err('sign-failed', '签名失败。', { reason: String(e) });
      }
    },
  };
}
