/**
 * Names of backup files in the backup folder (Electron: userData/backups; browser: OPFS). The name
 * carries everything a list or a prune needs — workspace, time, reason — so neither side has to open
 * an archive to sort or prune, and the main process can validate a name with one regex before it ever
 * touches the disk: `<workspaceId>__<yyyymmddThhmmssSSSZ>__<operation>.sddbak`.
 */
export const BACKUP_OPERATIONS = ['import', 'merge', 'catalog-change', 'restore', 'daily', 'manual'] as const;
export type BackupOperationName = (typeof BACKUP_OPERATIONS)[number];

/** File extension of backup archives and of exported workspace archives (same format). */
export const BACKUP_EXTENSION = 'sddbak';

const NAME_RE =
  /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})__(\d{8}T\d{9}Z)__([a-z-]{1,20})\.sddbak$/;

export interface BackupName {
  readonly workspaceId: string;
  /** ISO timestamp reconstructed from the name. */
  readonly createdAt: string;
  readonly operation: BackupOperationName;
}

function isOperation(s: string): s is BackupOperationName {
  return (BACKUP_OPERATIONS as readonly string[]).includes(s);
}

/** `createdAt` must be an ISO string from Date#toISOString (UTC, milliseconds). */
export function formatBackupName(
  workspaceId: string,
  createdAt: string,
  operation: BackupOperationName,
): string {
  const stamp = createdAt.replace(/[-:.]/g, '');
  const name = `${workspaceId}__${stamp}__${operation}.${BACKUP_EXTENSION}`;
  if (parseBackupName(name) === null) throw new TypeError(`formatBackupName: unusable parts for ${name}`);
  return name;
}

/** The parts of a valid backup name, or null for anything else (including path separators or `..`). */
export function parseBackupName(name: string): BackupName | null {
  const m = NAME_RE.exec(name);
  if (!m) return null;
  const [, workspaceId, stamp, operation] = m as unknown as [string, string, string, string];
  if (!isOperation(operation)) return null;
  const createdAt = `${stamp.slice(0, 4)}-${stamp.slice(4, 6)}-${stamp.slice(6, 8)}T${stamp.slice(9, 11)}:${stamp.slice(11, 13)}:${stamp.slice(13, 15)}.${stamp.slice(15, 18)}Z`;
  if (Number.isNaN(Date.parse(createdAt))) return null;
  return { workspaceId, createdAt, operation };
}

/** True when `name` is a backup file name this app could have written. */
export function isBackupName(name: string): boolean {
  return parseBackupName(name) !== null;
}

/**
 * Of `names` (any folder listing), the backups of `workspaceId` beyond the newest `keep`, oldest last
 * kept: these are the ones a prune deletes. Unrelated files and other workspaces are never selected.
 */
export function backupsToPrune(names: readonly string[], workspaceId: string, keep: number): string[] {
  const own = names
    .map((name) => ({ name, parsed: parseBackupName(name) }))
    .filter((x) => x.parsed?.workspaceId === workspaceId)
    // The timestamp is fixed-width, so the name sorts by time; newest first.
    .sort((a, b) => (a.name < b.name ? 1 : a.name > b.name ? -1 : 0));
  return own.slice(Math.max(1, keep)).map((x) => x.name);
}
