/**
 * Writes a backup archive (format: backup-manifest.ts) from records already read out of the database.
 * Work is done chunk by chunk — serialise, hash, compress — with a progress callback and an injected
 * `pause` between chunks, so the UI thread stays responsive while a large workspace is packed.
 */
import { canonicalJson } from '../canonical-json';
import { sha256Hex } from '../hash';
import { err, ok, type Result } from '../result';
import { encodeZip, fflateCompressor, type ZipEntryInput } from '../bundle/zip-writer';
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  CHUNK_TARGET_BYTES,
  MANIFEST_ENTRY,
  chunkPath,
  type BackupManifest,
  type BackupRecord,
  type BackupTableEntry,
  type BackupTableSpec,
} from './backup-manifest';
import { isPlainJson } from './plain-json';

export interface BackupTableInput {
  readonly spec: BackupTableSpec;
  readonly records: readonly unknown[];
}

export type BackupManifestHead = Omit<BackupManifest, 'format' | 'formatVersion' | 'tables'>;

export interface EncodeProgress {
  readonly done: number;
  readonly total: number;
}

export interface EncodeOptions {
  readonly onProgress?: (p: EncodeProgress) => void;
  /** Awaited between chunks (e.g. a zero-delay timeout) so the page can paint. */
  readonly pause?: () => Promise<void>;
  readonly chunkTargetBytes?: number;
}

export interface EncodedBackup {
  readonly bytes: Uint8Array;
  readonly manifest: BackupManifest;
}

const encoder = new TextEncoder();
const compress = fflateCompressor(1);

/** Fails only when a record holds a value JSON cannot carry in a table that must not skip it. */
export async function encodeBackupArchive(
  head: BackupManifestHead,
  tables: readonly BackupTableInput[],
  options: EncodeOptions = {},
): Promise<Result<EncodedBackup, 'not-json'>> {
  const target = options.chunkTargetBytes ?? CHUNK_TARGET_BYTES;
  const total = tables.reduce((n, t) => n + t.records.length, 0);
  let done = 0;
  const entries: ZipEntryInput[] = [];
  const listed: BackupTableEntry[] = [];
  for (const { spec, records } of tables) {
    const chunks: BackupTableEntry['chunks'][number][] = [];
    let parts: string[] = [];
    let partBytes = 0;
    let rows = 0;
    let skipped = 0;
    const flush = async () => {
      if (parts.length === 0) return;
      const bytes = encoder.encode(`[${parts.join(',')}]`);
      const path = chunkPath(spec.name, chunks.length);
      chunks.push({ path, sha256: sha256Hex(bytes), size: bytes.length, rows: parts.length });
      entries.push({ name: path, ...compress(bytes) });
      parts = [];
      partBytes = 0;
      options.onProgress?.({ done, total });
      await options.pause?.();
    };
    for (const record of records) {
      done += 1;
      if (!isPlainJson(record)) {
        if (spec.skipNonJson) {
          skipped += 1;
          continue;
        }
        return err('not-json', `表 ${spec.name} 中有无法备份的数据（非 JSON 值），备份未完成。`);
      }
      const text = canonicalJson(record as BackupRecord);
      parts.push(text);
      partBytes += text.length + 1;
      rows += 1;
      if (partBytes >= target) await flush();
    }
    await flush();
    listed.push({ name: spec.name, rows, skipped, chunks });
  }
  const manifest: BackupManifest = {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    ...head,
    tables: listed,
  };
  const manifestBytes = encoder.encode(canonicalJson(manifest));
  const bytes = encodeZip([{ name: MANIFEST_ENTRY, ...compress(manifestBytes) }, ...entries]);
  options.onProgress?.({ done: total, total });
  return ok({ bytes, manifest });
}
