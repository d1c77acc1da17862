/**
 * The backup archive format, version 1: a zip whose first entry is manifest.json, followed by
 * the workspace's records as canonical JSON arrays, one or more chunk files per table:
 *
 *   manifest.json
 *   tables/<table>/000001.json   [record, record, …]   (canonical JSON, ≤ ~4 MB each)
 *
 * The manifest lists every chunk with its SHA-256, byte size and record count, so a reader checks the
 * whole archive — every byte and every record — before anything is restored. The same format serves
 * automatic backups and the workspace archive a user carries to a new PC.
 */
import { z } from 'zod';
import { BACKUP_OPERATIONS } from './backup-names';

export const BACKUP_FORMAT = 'sdd-backup';
export const BACKUP_FORMAT_VERSION = 1;
export const MANIFEST_ENTRY = 'manifest.json';

/** Dexie table names are identifiers; bounded so a name can never be a path or a prototype key. */
export const tableNameSchema = z.string().regex(/^[a-z][A-Za-z0-9]{0,39}$/);
const CHUNK_PATH_RE = /^tables\/([a-z][A-Za-z0-9]{0,39})\/(\d{6})\.json$/;
const hex64 = z.string().regex(/^[0-9a-f]{64}$/);

export function chunkPath(table: string, index: number): string {
  return `tables/${table}/${String(index + 1).padStart(6, '0')}.json`;
}

/** The table a chunk path belongs to, or null when the path is not a chunk path. */
export function chunkPathTable(path: string): string | null {
  return CHUNK_PATH_RE.exec(path)?.[1] ?? null;
}

const chunkSchema = z.strictObject({
  path: z.string().regex(CHUNK_PATH_RE),
  sha256: hex64,
  size: z.number().int().nonnegative(),
  rows: z.number().int().nonnegative(),
});

const tableEntrySchema = z.strictObject({
  name: tableNameSchema,
  rows: z.number().int().nonnegative(),
  /** Records left out on purpose (non-JSON values such as a browser's non-extractable CryptoKey). */
  skipped: z.number().int().nonnegative(),
  chunks: z.array(chunkSchema).max(100_000),
});

export const backupManifestSchema = z.strictObject({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.number().int(),
  /** IndexedDB schema version the records were read from; a restore requires the same version. */
  schemaVersion: z.number().int().positive(),
  appVersion: z.string().max(40),
  workspaceId: z.uuid(),
  workspaceName: z.string().max(200),
  createdAt: z.iso.datetime(),
  operation: z.enum(BACKUP_OPERATIONS),
  /** The workspace audit log's head when the backup was taken; the restored log must end there. */
  auditSeq: z.number().int().nonnegative(),
  auditHead: hex64,
  tables: z.array(tableEntrySchema).max(100),
});

export type BackupManifest = z.infer<typeof backupManifestSchema>;
export type BackupTableEntry = z.infer<typeof tableEntrySchema>;

/** How the reader identifies a record: the table's primary key path (Dexie's primKey.keyPath). */
export interface BackupTableSpec {
  readonly name: string;
  /** Single key path (`id`) or compound (`['workspaceId', 'seq']`). */
  readonly keyPath: readonly string[];
  /**
   * Records whose values are not plain JSON are left out rather than failing the backup (the browser
   * keeps a non-extractable CryptoKey in `keys`; docs/ARCHITECTURE.md §6: it is never backed up).
   */
  readonly skipNonJson?: boolean;
}

/** A plain JSON record as it sits in the archive. */
export type BackupRecord = { readonly [key: string]: unknown };

/** What a validated archive holds: the manifest and every table's records, in archive order. */
export interface BackupContent {
  readonly manifest: BackupManifest;
  readonly tables: Readonly<Record<string, readonly BackupRecord[]>>;
}

/** Limits for reading an archive (defaults below); tests lower them. */
export interface BackupLimits {
  readonly maxArchiveBytes: number;
  readonly maxEntries: number;
  readonly maxEntryBytes: number;
  readonly maxTotalBytes: number;
  readonly maxDepth: number;
}

export const DEFAULT_BACKUP_LIMITS: BackupLimits = {
  maxArchiveBytes: 256 * 1024 * 1024,
  maxEntries: 20_000,
  maxEntryBytes: 64 * 1024 * 1024,
  maxTotalBytes: 1024 * 1024 * 1024,
  maxDepth: 64,
};

/** Target size of one chunk file; a single larger record gets a chunk of its own. */
export const CHUNK_TARGET_BYTES = 4 * 1024 * 1024;
