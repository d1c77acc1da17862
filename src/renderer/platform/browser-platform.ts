/**
 * The web build's Platform. The sentinel and the bundle sequence mark live in localStorage — a store
 * separate from IndexedDB, so an IndexedDB reset is noticed and restoring a backup into IndexedDB never
 * rolls the sequence mark back. Cross-tab read-modify-write goes through the Web Locks API.
 */
import { z } from 'zod';
import { parseChannelArgs, safeIdSchema } from '../../shared/ipc/contract';
import { err, ok, type Result } from '../../shared/result';
import { openManyViaInput, openViaInput, saveViaDownload } from './browser-files';
import { createOpfsBackupFolder } from './opfs-backup-folder';
import type { Platform, SeqScope } from './platform-types';
import { createBrowserKeys } from './browser-keys';
import type { StationKeys } from './station-keys';

// The storage layer's key from before this adapter existed, so sentinels already saved stay valid.
export const BROWSER_SENTINEL_KEY = 'status-data-desk.sentinel.v1';
export const BROWSER_SEQ_KEY = 'status-data-desk.seq.v1';

const seqStoreSchema = z.strictObject({
  marks: z.array(
    z.strictObject({ keyId: safeIdSchema, addressee: safeIdSchema, seq: z.number().int().nonnegative() }),
  ),
});
type SeqMarks = z.infer<typeof seqStoreSchema>['marks'];

export interface BrowserPlatformEnv {
  /** Signing keys; defaults to WebCrypto keys in this origin's IndexedDB key store. */
  readonly keys?: StationKeys;
  readonly storage: Storage;
  readonly document: Document;
  /** navigator.locks when available; without it (old browsers, tests) one tab is assumed. */
  readonly locks?: Pick<LockManager, 'request'> | undefined;
  readonly version: string;
  readonly origin: string;
  /** navigator.storage, for the OPFS backup folder; absent in tests and old browsers. */
  readonly storageManager?: StorageManager | undefined;
}

function readJson<T>(storage: Storage, key: string, schema: z.ZodType<T>, empty: T): Result<T> {
  const text = storage.getItem(key);
  if (text === null) return ok(empty);
  try {
    const parsed = schema.safeParse(JSON.parse(text));
    if (parsed.success) return ok(parsed.data);
  } catch {
    /* fall through: not JSON */
  }
  return err('local-state-corrupt', '浏览器中保存的校验记录已损坏。', { key });
}

function writeJson(storage: Storage, key: string, value: unknown, encode = true): Result<void> {
  try {
    storage.setItem(key, encode ? JSON.stringify(value) : String(value));
    return ok(undefined);
  } catch (e) {
    return err('storage-full', '浏览器存储空间不足，无法保存。请清理空间或导出备份。', { reason: String(e) });
  }
}

export function createBrowserPlatform(env: BrowserPlatformEnv): Platform {
  const exclusive = <T>(name: string, task: () => T): Promise<T> =>
    env.locks ? (env.locks.request(name, () => task()) as Promise<T>) : Promise.resolve().then(task);

  const badArgs = () => err('ipc-bad-args', '程序内部错误：调用参数不正确。');

  function peek(scope: SeqScope): Result<number> {
    const marks = readJson(env.storage, BROWSER_SEQ_KEY, seqStoreSchema, { marks: [] });
    if (!marks.ok)
      return err('seq-store-corrupt', '数据包序号记录已损坏。为避免重复使用序号，已暂停导出数据包。');
    return ok(
      marks.value.marks.find((m) => m.keyId === scope.keyId && m.addressee === scope.addressee)?.seq ?? 0,
    );
  }

  const backups = createOpfsBackupFolder(env.storageManager);

  return {
    kind: 'browser',
    backupFolder: () => Promise.resolve(ok(backups)),
    takeLaunchFiles: () => Promise.resolve(ok({ files: [], refused: [] })),
    keys: env.keys ?? createBrowserKeys(globalThis.indexedDB, globalThis.crypto.subtle),
    appInfo: () =>
      Promise.resolve(
        ok({ version: env.version, dataDir: `浏览器本地存储（${env.origin}）`, platform: 'browser' }),
      ),
    backupDir: () => Promise.resolve(ok(null)),
    saveFile: (request) => {
      const args = parseChannelArgs('file:saveAs', { suggestedName: request.suggestedName, bytesBase64: '' });
      return args.ok ? saveViaDownload(env.document, request) : Promise.resolve(badArgs());
    },
    openFile: (request) => openViaInput(env.document, request),
    openFiles: (request) => openManyViaInput(env.document, request),
    loadSentinel: () => {
      try {
        return Promise.resolve(ok(env.storage.getItem(BROWSER_SENTINEL_KEY)));
      } catch (e) {
        return Promise.resolve(
          err('sentinel-unreadable', '无法读取浏览器中保存的数据校验记录。', { reason: String(e) }),
        );
      }
    },
    saveSentinel: (text) => {
      if (!parseChannelArgs('sentinel:write', { text }).ok) return Promise.resolve(badArgs());
      return Promise.resolve(writeJson(env.storage, BROWSER_SENTINEL_KEY, text, false));
    },
    peekSeq: (scope) =>
      parseChannelArgs('seq:peek', { ...scope }).ok
        ? Promise.resolve(peek(scope))
        : Promise.resolve(badArgs()),
    nextSeq: (scope) => {
      if (!parseChannelArgs('seq:next', { ...scope }).ok) return Promise.resolve(badArgs());
      return exclusive(BROWSER_SEQ_KEY, () => {
        const current = peek(scope);
        if (!current.ok) return current;
        const marks = readJson(env.storage, BROWSER_SEQ_KEY, seqStoreSchema, { marks: [] });
        const others: SeqMarks = marks.ok
          ? marks.value.marks.filter((m) => m.keyId !== scope.keyId || m.addressee !== scope.addressee)
          : [];
        const seq = current.value + 1;
        const written = writeJson(env.storage, BROWSER_SEQ_KEY, {
          marks: [...others, { keyId: scope.keyId, addressee: scope.addressee, seq }],
        });
        return written.ok ? ok(seq) : written;
      });
    },
  };
}

/** The version the page was built with, from `<meta name="sdd-version">` when the build provides it. */
export function pageVersion(doc: Document): string {
  return doc.querySelector('meta[name="sdd-version"]')?.getAttribute('content') ?? '0.0.0-web';
}
