/**
 * Reading a backup archive off the UI thread (docs/ARCHITECTURE.md §5): the whole check of
 * readBackupArchive — unzip within caps, manifest, chunk hashes, bounded JSON, every record — runs in a
 * disposable Worker of its own per archive (rpc-client.ts, lifetime 'per-call'). A watchdog stops an
 * archive that keeps it busy too long and a Worker that dies (out of memory on a hostile file) is a
 * Chinese refusal; either way nothing was restored. Results are values, never thrown.
 */
import { readBackupArchive, type ReadBackupOptions } from '../../../shared/backup/backup-archive-reader';
import type { BackupContent } from '../../../shared/backup/backup-manifest';
import { err, type Result } from '../../../shared/result';
import { createRpcClient } from '../../workers/rpc-client';
import type { RpcWorker } from '../../workers/rpc-protocol';
import { T } from './texts';

/** A restore reads at most a few hundred MB; past this the archive is treated as hostile. */
export const READ_TIMEOUT_MS = 300_000;

export interface ReadArchiveRequest {
  readonly bytes: Uint8Array;
  readonly options: ReadBackupOptions;
}

export type BackupReadProtocol = {
  readonly read: { readonly req: ReadArchiveRequest; readonly res: ReturnType<typeof readBackupArchive> };
};

/** Reads and validates a whole archive; the restore path's one way to open one. */
export type ArchiveReader = (bytes: Uint8Array, options: ReadBackupOptions) => Promise<Result<BackupContent>>;

function createReadWorker(): RpcWorker {
  return new Worker(new URL('./workers/backup-read.worker.ts', import.meta.url), {
    type: 'module',
    name: 'backup-read',
  });
}

/** Each archive in a fresh Worker, ended after its answer (or at the watchdog). */
export function workerArchiveReader(
  options: { readonly timeoutMs?: number; readonly makeWorker?: () => RpcWorker } = {},
): ArchiveReader {
  const client = createRpcClient<BackupReadProtocol>({
    name: 'backup-read',
    makeWorker: options.makeWorker ?? createReadWorker,
    texts: { timeout: T.readTimeout, crashed: T.readCrashed, closed: T.readCrashed },
    timeoutMs: options.timeoutMs ?? READ_TIMEOUT_MS,
    lifetime: 'per-call',
  });
  return async (bytes, readOptions) => {
    const r = await client.call('read', { bytes, options: readOptions });
    if (r.ok) return r.value;
    return err(r.error.code === 'timeout' ? 'backup-read-timeout' : 'backup-read-crashed', r.error.message);
  };
}

/**
 * Unit tests' reader: the same check in process, request and result passed through structuredClone as
 * postMessage would pass them.
 */
export const inProcessArchiveReader: ArchiveReader = async (bytes, options) =>
  structuredClone(readBackupArchive(structuredClone(bytes), structuredClone(options)));
