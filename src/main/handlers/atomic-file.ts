/**
 * Crash-safe file replacement: write a temp file in the same directory, fsync it, rename it over the
 * target, then fsync the directory. A crash at any point leaves either the old or the new content,
 * never a torn file — which matters for the sequence high-water mark (a torn file could reissue numbers).
 */
import { randomUUID } from 'node:crypto';
import { open, rename as fsRename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

export interface AtomicWriteOptions {
  /** Injected in tests to simulate a failure between write and rename. */
  readonly rename?: (from: string, to: string) => Promise<void>;
}

// Windows refuses a rename while an antivirus scanner or indexer holds the target open; it clears quickly.
const RETRYABLE = new Set(['EPERM', 'EACCES', 'EBUSY']);

async function renameWithRetry(
  rename: (from: string, to: string) => Promise<void>,
  from: string,
  to: string,
): Promise<void> {
  for (let attempt = 0; ; attempt += 1) {
    try {
      await rename(from, to);
      return;
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code ?? '';
      if (attempt >= 5 || !RETRYABLE.has(code)) throw e;
      await new Promise((r) => setTimeout(r, 20 * 2 ** attempt));
    }
  }
}

async function fsyncDirectory(dir: string): Promise<void> {
  // Makes the rename itself durable on POSIX; Windows cannot open a directory this way, and NTFS
  // journals the rename, so a failure here is ignored.
  try {
    const handle = await open(dir, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    /* best effort */
  }
}

export async function writeFileAtomic(
  target: string,
  data: Uint8Array | string,
  options: AtomicWriteOptions = {},
): Promise<void> {
  const dir = dirname(target);
  const temp = join(dir, `.${basename(target)}.${randomUUID()}.tmp`);
  const handle = await open(temp, 'wx', 0o600);
  try {
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await renameWithRetry(options.rename ?? fsRename, temp, target);
  } catch (e) {
    await rm(temp, { force: true });
    throw e;
  }
  await fsyncDirectory(dir);
}
