/**
 * Reads and validates a whole backup archive before anything is restored: the container
 * (size caps, allowed and unique names, declared sizes bounded so fflate's allocation by declared size
 * stays capped), the manifest (schema, version, tables), each chunk (SHA-256, size, bounded JSON), and
 * then every record (backup-records-check.ts). Any failure is an error value with a Chinese message;
 * nothing here throws, so a truncated USB copy or a hostile file can only be refused.
 */
import { sha256Hex } from '../hash';
import { err, ok, type Result } from '../result';
import { inflateBounded } from '../bundle/bounded-inflate';
import { parseBoundedJson } from '../bundle/bounded-json';
import { readZipDirectory, zipEntryData } from '../sheets/zip-scan';
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  DEFAULT_BACKUP_LIMITS,
  MANIFEST_ENTRY,
  backupManifestSchema,
  chunkPathTable,
  type BackupContent,
  type BackupLimits,
  type BackupManifest,
  type BackupRecord,
  type BackupTableSpec,
} from './backup-manifest';
import { backupMessages as m } from './backup-messages';
import { checkBackupRecords } from './backup-records-check';

export type BackupReadErrorCode =
  'backup-too-large' | 'backup-damaged' | 'backup-not-backup' | 'backup-unsupported' | 'backup-invalid';

export interface ReadBackupOptions {
  /** The tables of the current schema; the archive must list exactly these. */
  readonly tables: readonly BackupTableSpec[];
  readonly schemaVersion: number;
  readonly limits?: Partial<BackupLimits>;
}

const MAX_MANIFEST_BYTES = 16 * 1024 * 1024;

export function readBackupArchive(
  bytes: Uint8Array,
  options: ReadBackupOptions,
): Result<BackupContent, BackupReadErrorCode> {
  const cap = { ...DEFAULT_BACKUP_LIMITS, ...options.limits };
  if (bytes.length > cap.maxArchiveBytes)
    return err('backup-too-large', m.tooLarge(bytes.length, cap.maxArchiveBytes));
  const files = unzipChecked(bytes, cap);
  if (!files.ok) return files;
  const manifest = readManifest(files.value, cap, options);
  if (!manifest.ok) return manifest;
  const tables = readTables(files.value, manifest.value, cap);
  if (!tables.ok) return tables;
  const checked = checkBackupRecords(manifest.value, tables.value, options.tables);
  if (!checked.ok) return err('backup-invalid', checked.error.message);
  return ok({ manifest: manifest.value, tables: tables.value });
}

/**
 * The archive's entries, inflated with the real output counted (docs/SECURITY.md Z1): fflate's one-shot unzip
 * trusts each entry's declared size and keeps inflating past it, discarding the rest, so an entry that
 * declares 1 KB and inflates to gigabytes kept the reader busy for minutes. Here an entry stops at its cap
 * and must inflate to exactly the size it declares.
 */
function unzipChecked(
  bytes: Uint8Array,
  cap: BackupLimits,
  wanted: (name: string) => boolean = () => true,
): Result<Map<string, Uint8Array>, BackupReadErrorCode> {
  const dir = readZipDirectory(bytes, cap.maxEntries);
  if (dir === 'too-many-entries') return err('backup-too-large', m.tooLarge(bytes.length, cap.maxTotalBytes));
  if (typeof dir === 'string') return err('backup-damaged', m.damaged('找不到压缩包目录'));
  const files = new Map<string, Uint8Array>();
  const seen = new Set<string>();
  let declared = 0;
  let total = 0;
  for (const e of dir) {
    const folded = e.name.toLowerCase();
    if (e.name !== MANIFEST_ENTRY && chunkPathTable(e.name) === null)
      return err('backup-invalid', m.unexpectedEntry(safeShown(e.name)));
    if (seen.has(folded)) return err('backup-invalid', m.duplicateEntry(e.name));
    seen.add(folded);
    declared += e.size;
    if (e.size > cap.maxEntryBytes || declared > cap.maxTotalBytes)
      return err('backup-too-large', m.tooLarge(declared, cap.maxTotalBytes));
    if (e.encrypted || (e.method !== 0 && e.method !== 8))
      return err('backup-damaged', m.damaged(`不支持的压缩方式 ${e.method}`));
    if (!wanted(e.name)) continue;
    const data = zipEntryData(bytes, e);
    if (data === null) return err('backup-damaged', m.damaged(`“${e.name}”的数据不完整`));
    const entryCap = e.name === MANIFEST_ENTRY ? MAX_MANIFEST_BYTES : cap.maxEntryBytes;
    const budget = Math.min(entryCap, cap.maxTotalBytes - total);
    let out: Uint8Array;
    if (e.method === 0) out = data;
    else {
      const r = inflateBounded(data, budget);
      if (!r.ok && r.reason === 'too-large')
        return err('backup-too-large', m.tooLarge(total + budget + 1, cap.maxTotalBytes));
      if (!r.ok) return err('backup-damaged', m.damaged(`“${e.name}”无法解压`));
      out = r.bytes;
    }
    if (out.length !== e.size) return err('backup-damaged', m.damaged(`“${e.name}”的实际大小与声明不符`));
    total += out.length;
    files.set(e.name, out);
  }
  return ok(files);
}

function readManifest(
  files: ReadonlyMap<string, Uint8Array>,
  cap: BackupLimits,
  options: ReadBackupOptions,
): Result<BackupManifest, BackupReadErrorCode> {
  const raw = files.get(MANIFEST_ENTRY);
  if (!raw) return err('backup-not-backup', m.notBackup);
  const json = parseBoundedJson(
    raw,
    { maxBytes: MAX_MANIFEST_BYTES, maxDepth: Math.min(cap.maxDepth, 16) },
    MANIFEST_ENTRY,
  );
  if (!json.ok) return err('backup-damaged', json.error.message);
  const head = json.value as { format?: unknown; formatVersion?: unknown } | null;
  if (typeof head !== 'object' || head === null || head.format !== BACKUP_FORMAT)
    return err('backup-not-backup', m.notBackup);
  if (head.formatVersion !== BACKUP_FORMAT_VERSION)
    return err('backup-unsupported', m.unsupportedVersion(Number(head.formatVersion)));
  const parsed = backupManifestSchema.safeParse(json.value);
  if (!parsed.success)
    return err(
      'backup-damaged',
      m.damaged(`清单格式不正确：${parsed.error.issues[0]?.path.join('.') ?? ''}`),
    );
  const manifest = parsed.data;
  if (manifest.schemaVersion !== options.schemaVersion)
    return err('backup-unsupported', m.schemaMismatch(manifest.schemaVersion, options.schemaVersion));
  const wanted = new Set(options.tables.map((t) => t.name));
  const listed = new Set<string>();
  for (const t of manifest.tables) {
    if (!wanted.has(t.name)) return err('backup-invalid', m.unknownTable(t.name));
    if (listed.has(t.name)) return err('backup-invalid', m.duplicateEntry(t.name));
    listed.add(t.name);
  }
  for (const name of wanted) if (!listed.has(name)) return err('backup-invalid', m.missingTable(name));
  return ok(manifest);
}

function readTables(
  files: ReadonlyMap<string, Uint8Array>,
  manifest: BackupManifest,
  cap: BackupLimits,
): Result<Record<string, BackupRecord[]>, BackupReadErrorCode> {
  const listedPaths = new Set<string>([MANIFEST_ENTRY]);
  const out: Record<string, BackupRecord[]> = Object.create(null) as Record<string, BackupRecord[]>;
  for (const table of manifest.tables) {
    const records: BackupRecord[] = [];
    for (const chunk of table.chunks) {
      if (chunkPathTable(chunk.path) !== table.name || listedPaths.has(chunk.path))
        return err('backup-invalid', m.duplicateEntry(chunk.path));
      listedPaths.add(chunk.path);
      const bytes = files.get(chunk.path);
      if (!bytes) return err('backup-invalid', m.missingEntry(chunk.path));
      if (bytes.length !== chunk.size || sha256Hex(bytes) !== chunk.sha256)
        return err('backup-invalid', m.altered(chunk.path));
      const json = parseBoundedJson(
        bytes,
        { maxBytes: cap.maxEntryBytes, maxDepth: cap.maxDepth },
        chunk.path,
      );
      if (!json.ok) return err('backup-damaged', json.error.message);
      if (!Array.isArray(json.value) || json.value.length !== chunk.rows)
        return err('backup-invalid', m.rowCount(chunk.path));
      for (const r of json.value as unknown[]) records.push(r as BackupRecord);
    }
    if (records.length !== table.rows) return err('backup-invalid', m.rowCount(table.name));
    out[table.name] = records;
  }
  for (const name of files.keys())
    if (!listedPaths.has(name)) return err('backup-invalid', m.unexpectedEntry(safeShown(name)));
  return ok(out);
}

/** Entry names come from the file: show them bounded and without control characters. */
function safeShown(name: string): string {
  const clean = [...name].map((c) => (c.charCodeAt(0) < 0x20 ? '?' : c)).join('');
  return clean.length > 80 ? `${clean.slice(0, 80)}…` : clean;
}

/**
 * The workspace name and creation time from an archive's manifest alone, for listing backups without
 * validating each whole archive. Not a validation: restoring still goes through readBackupArchive.
 */
export function peekBackupManifest(bytes: Uint8Array): { workspaceName: string; createdAt: string } | null {
  // Bounded like a restore: this runs on the UI thread for every archive in the backup folder.
  const files = unzipChecked(bytes, DEFAULT_BACKUP_LIMITS, (name) => name === MANIFEST_ENTRY);
  const raw = files.ok ? files.value.get(MANIFEST_ENTRY) : undefined;
  if (!raw) return null;
  try {
    const parsed = backupManifestSchema.safeParse(JSON.parse(new TextDecoder().decode(raw)));
    return parsed.success
      ? { workspaceName: parsed.data.workspaceName, createdAt: parsed.data.createdAt }
      : null;
  } catch {
    return null;
  }
}
