/** Platform over window.api: a thin translation between Uint8Array and the bridge's base64 strings. */
import type { ApiBridge } from '../../shared/ipc/api-bridge';
import { base64ToBytes, bytesToBase64 } from '../../shared/base64';
import { ok, type Result } from '../../shared/result';
import { createElectronBackupFolder, takeElectronLaunchFiles } from './electron-backup-folder';
import { createElectronKeys } from './electron-keys';
import type { Platform } from './platform-types';

function map<T, U>(result: Result<T>, f: (value: T) => U): Result<U> {
  return result.ok ? ok(f(result.value)) : result;
}

export function createElectronPlatform(api: ApiBridge): Platform {
  return {
    kind: 'electron',
    appInfo: () => api.invoke('app:info', {}),
    backupDir: async () => map(await api.invoke('backup:dir', {}), (v) => v.path),
    saveFile: async ({ suggestedName, bytes, filters }) =>
      map(
        await api.invoke('file:saveAs', {
          suggestedName,
          bytesBase64: bytesToBase64(bytes),
          ...(filters ? { filters } : {}),
        }),
        (v) =>
          v.kind === 'saved' ? { kind: 'saved' as const, location: v.path } : { kind: 'cancelled' as const },
      ),
    openFile: async ({ filters, maxBytes }) =>
      map(await api.invoke('file:open', { filters, ...(maxBytes === undefined ? {} : { maxBytes }) }), (v) =>
        v.kind === 'opened'
          ? { kind: 'opened' as const, file: { name: v.name, bytes: fromMain(v.bytesBase64) } }
          : { kind: 'cancelled' as const },
      ),
    openFiles: async ({ filters, maxBytes }) =>
      map(
        await api.invoke('file:openMany', { filters, ...(maxBytes === undefined ? {} : { maxBytes }) }),
        (v) =>
          v.kind === 'opened'
            ? {
                kind: 'opened' as const,
                files: v.files.map((f) => ({ name: f.name, bytes: fromMain(f.bytesBase64) })),
              }
            : { kind: 'cancelled' as const },
      ),
    loadSentinel: async () => map(await api.invoke('sentinel:read', {}), (v) => v.text),
    saveSentinel: async (text) => map(await api.invoke('sentinel:write', { text }), () => undefined),
    nextSeq: async (scope) =>
      map(await api.invoke('seq:next', { keyId: scope.keyId, addressee: scope.addressee }), (v) => v.seq),
    peekSeq: async (scope) =>
      map(await api.invoke('seq:peek', { keyId: scope.keyId, addressee: scope.addressee }), (v) => v.seq),
    backupFolder: async () =>
      map(await api.invoke('backup:dir', {}), (v) => createElectronBackupFolder(api, v.path)),
    takeLaunchFiles: () => takeElectronLaunchFiles(api),
    keys: createElectronKeys(api),
    printPdf: async ({ html, suggestedName }) =>
      map(await api.invoke('report:printPdf', { html, suggestedName }), (v) =>
        v.kind === 'saved' ? { kind: 'saved' as const, location: v.path } : { kind: 'cancelled' as const },
      ),
  };
}

/** Bytes from the main process are base64 it produced itself; anything else is a bug, not user input. */
function fromMain(text: string): Uint8Array {
  const bytes = base64ToBytes(text);
  if (!bytes) throw new Error('main process sent malformed base64');
  return bytes;
}
