/**
 * bundle:takeLaunchFiles: bundle files handed to the app by the OS (file association, second launch)
 * wait here until the renderer takes them. main.ts pushes paths; the renderer asks at start-up and
 * whenever the window regains focus (a second launch focuses it), so no push channel is needed.
 * Files are read only when taken, capped in size, and each is handed over once.
 */
import { open } from 'node:fs/promises';
import { basename } from 'node:path';
import { MAX_OPEN_BYTES, type ChannelValue } from '../../shared/ipc/contract';
import { ok, type Result } from '../../shared/result';

export interface LaunchFileQueue {
  push(paths: readonly string[]): void;
  take(): Promise<Result<ChannelValue<'bundle:takeLaunchFiles'>>>;
}

export function createLaunchFileQueue(maxBytes: number = MAX_OPEN_BYTES): LaunchFileQueue {
  let pending: string[] = [];
  return {
    push(paths) {
      for (const p of paths) if (!pending.includes(p)) pending.push(p);
    },
    async take() {
      const paths = pending;
      pending = [];
      const files: { name: string; bytesBase64: string }[] = [];
      const refused: { name: string; message: string }[] = [];
      for (const path of paths) {
        const name = basename(path);
        const read = await readCapped(path, maxBytes);
        if (typeof read === 'string') refused.push({ name, message: read });
        else files.push({ name, bytesBase64: read.toString('base64') });
      }
      return ok({ files, refused });
    },
  };
}

async function readCapped(path: string, maxBytes: number): Promise<Buffer | string> {
  const name = basename(path);
  try {
    const handle = await open(path, 'r');
    try {
      const s = await handle.stat();
      if (!s.isFile()) return `“${name}”不是普通文件。`;
      if (s.size > maxBytes) return `文件“${name}”过大（上限 ${Math.floor(maxBytes / 1048576)} MB）。`;
      const bytes = await handle.readFile();
      return bytes.length > maxBytes ? `文件“${name}”过大。` : bytes;
    } finally {
      await handle.close();
    }
  } catch {
    return `无法读取文件“${name}”（可能已被移动或删除）。`;
  }
}
