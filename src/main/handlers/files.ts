/**
 * file:saveAs, file:open and file:openMany. The dialog sits behind FileDialog so the same code runs under Electron
 * (main.ts adapts electron.dialog) and in the Playwright bridge (a fake that takes answers from a queue).
 * The renderer never names a path: it only ever gets back what the user picked.
 */
import { mkdir, open as fsOpen, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { err, ok, type Result } from '../../shared/result';
import {
  MAX_OPEN_BYTES,
  MAX_OPEN_FILES,
  MAX_OPEN_TOTAL_BYTES,
  type ChannelArgs,
  type ChannelValue,
  type FileFilter,
} from '../../shared/ipc/contract';
import { writeFileAtomic } from './atomic-file';

export interface FileDialog {
  showSaveDialog(options: {
    defaultPath: string;
    filters: FileFilter[];
  }): Promise<{ canceled: boolean; filePath?: string | undefined }>;
  /** `multiple`: the user may pick several files (returned in the order picked). */
  showOpenDialog(options: {
    filters: FileFilter[];
    multiple?: boolean;
  }): Promise<{ canceled: boolean; filePaths: string[] }>;
}

export interface FileHandlers {
  saveAs(args: ChannelArgs<'file:saveAs'>): Promise<Result<ChannelValue<'file:saveAs'>>>;
  open(args: ChannelArgs<'file:open'>): Promise<Result<ChannelValue<'file:open'>>>;
  openMany(args: ChannelArgs<'file:openMany'>): Promise<Result<ChannelValue<'file:openMany'>>>;
}

/** defaultDir: where the save dialog starts (the user's documents folder in Electron). */
export function createFileHandlers(dialog: FileDialog, defaultDir: string): FileHandlers {
  return {
    async saveAs({ suggestedName, bytesBase64, filters }) {
      const picked = await dialog.showSaveDialog({
        defaultPath: join(defaultDir, suggestedName),
        filters: filters ?? [],
      });
      if (picked.canceled || picked.filePath === undefined || picked.filePath === '')
        return ok({ kind: 'cancelled' as const });
      const path = picked.filePath;
      try {
        await mkdir(dirname(path), { recursive: true });
        // Atomic, so a USB stick pulled mid-write never leaves a half bundle under the final name.
        await writeFileAtomic(path, Buffer.from(bytesBase64, 'base64'));
      } catch (e) {
        return err('file-write-failed', `无法保存文件“${basename(path)}”：磁盘已满、只读或没有写入权限。`, {
          reason: String(e),
        });
      }
      return ok({ kind: 'saved' as const, path });
    },

    async open({ filters, maxBytes }) {
      const picked = await dialog.showOpenDialog({ filters });
      const path = picked.filePaths[0];
      if (picked.canceled || path === undefined) return ok({ kind: 'cancelled' as const });
      const file = await readPicked(path, Math.min(maxBytes ?? MAX_OPEN_BYTES, MAX_OPEN_BYTES));
      return file.ok ? ok({ kind: 'opened' as const, ...file.value }) : file;
    },

    async openMany({ filters, maxBytes }) {
      const picked = await dialog.showOpenDialog({ filters, multiple: true });
      if (picked.canceled || picked.filePaths.length === 0) return ok({ kind: 'cancelled' as const });
      if (picked.filePaths.length > MAX_OPEN_FILES)
        return err(
          'too-many-files',
          `一次最多选择 ${MAX_OPEN_FILES} 个文件（选择了 ${picked.filePaths.length} 个）。`,
        );
      const sizes = await totalSize(picked.filePaths);
      if (sizes > MAX_OPEN_TOTAL_BYTES)
        return err(
          'file-too-large',
          `所选文件合计过大（上限 ${Math.floor(MAX_OPEN_TOTAL_BYTES / 1048576)} MB），请分批选择。`,
        );
      const files: { name: string; bytesBase64: string }[] = [];
      for (const path of picked.filePaths) {
        const file = await readPicked(path, Math.min(maxBytes ?? MAX_OPEN_BYTES, MAX_OPEN_BYTES));
        if (!file.ok) return file;
        files.push(file.value);
      }
      return ok({ kind: 'opened' as const, files });
    },
  };
}

/** Sum of the picked files' sizes (unreadable ones count 0: reading them reports the error). */
async function totalSize(paths: readonly string[]): Promise<number> {
  let total = 0;
  for (const p of paths)
    total += await stat(p).then(
      (st) => st.size,
      () => 0,
    );
  return total;
}

/** One picked file: a regular file within `limit`, checked before it is read. */
async function readPicked(
  path: string,
  limit: number,
): Promise<Result<{ name: string; bytesBase64: string }>> {
  const name = basename(path);
  try {
    const handle = await fsOpen(path, 'r');
    try {
      const st = await handle.stat();
      if (!st.isFile()) return err('file-not-regular', `“${name}”不是普通文件。`);
      // Checked before reading: a hostile multi-GB file must not be pulled into memory.
      if (st.size > limit)
        return err('file-too-large', `文件“${name}”过大（上限 ${Math.floor(limit / 1048576)} MB）。`, {
          size: st.size,
          limit,
        });
      const bytes = await handle.readFile();
      if (bytes.length > limit)
        return err('file-too-large', `文件“${name}”过大（上限 ${Math.floor(limit / 1048576)} MB）。`, {
          size: bytes.length,
          limit,
        });
      return ok({ name, bytesBase64: bytes.toString('base64') });
    } finally {
      await handle.close();
    }
  } catch (e) {
    return err('file-read-failed', `无法读取文件“${name}”。`, { reason: String(e) });
  }
}
