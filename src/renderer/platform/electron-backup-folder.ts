/** The Electron backup folder: userData/backups through the backup:* IPC channels (bytes as base64). */
import type { ApiBridge } from '../../shared/ipc/api-bridge';
import { base64ToBytes, bytesToBase64 } from '../../shared/base64';
import { err, ok, type Result } from '../../shared/result';
import type { BackupFolder, LaunchFiles } from './backup-folder-types';

export function createElectronBackupFolder(api: ApiBridge, location: string): BackupFolder {
  return {
    location,
    write: async (name, bytes) => {
      const r = await api.invoke('backup:write', { name, bytesBase64: bytesToBase64(bytes) });
      return r.ok ? ok(undefined) : r;
    },
    list: async () => {
      const r = await api.invoke('backup:list', {});
      return r.ok ? ok(r.value.files) : r;
    },
    read: async (name): Promise<Result<Uint8Array>> => {
      const r = await api.invoke('backup:read', { name });
      if (!r.ok) return r;
      const bytes = base64ToBytes(r.value.bytesBase64);
      return bytes ? ok(bytes) : err('backup-read-failed', '无法读取该备份文件。');
    },
    prune: async (workspaceId, keep) => {
      const r = await api.invoke('backup:prune', { workspaceId, keep });
      return r.ok ? ok(r.value.deleted) : r;
    },
  };
}

export async function takeElectronLaunchFiles(api: ApiBridge): Promise<Result<LaunchFiles>> {
  const r = await api.invoke('bundle:takeLaunchFiles', {});
  if (!r.ok) return r;
  const files: { name: string; bytes: Uint8Array }[] = [];
  const refused = [...r.value.refused];
  for (const f of r.value.files) {
    const bytes = base64ToBytes(f.bytesBase64);
    if (bytes) files.push({ name: f.name, bytes });
    else refused.push({ name: f.name, message: `无法读取文件“${f.name}”。` });
  }
  return ok({ files, refused });
}
