/**
 * Backup settings of this installation (how many backups to keep, daily backup on/off). Kept in
 * localStorage, not IndexedDB: a setting about protecting the database must survive the database.
 */
import { z } from 'zod';

const KEY = 'status-data-desk.backup-settings.v1';

const settingsSchema = z.strictObject({
  keep: z.number().int().min(1).max(1000),
  daily: z.boolean(),
});
export type BackupSettings = z.infer<typeof settingsSchema>;

export const DEFAULT_BACKUP_SETTINGS: BackupSettings = { keep: 10, daily: true };

export function loadBackupSettings(storage: Pick<Storage, 'getItem'> = localStorage): BackupSettings {
  try {
    const parsed = settingsSchema.safeParse(JSON.parse(storage.getItem(KEY) ?? 'null'));
    return parsed.success ? parsed.data : DEFAULT_BACKUP_SETTINGS;
  } catch {
    return DEFAULT_BACKUP_SETTINGS;
  }
}

/** Returns false when the value is out of range or the browser refused to store it. */
export function saveBackupSettings(
  s: BackupSettings,
  storage: Pick<Storage, 'setItem'> = localStorage,
): boolean {
  if (!settingsSchema.safeParse(s).success) return false;
  try {
    storage.setItem(KEY, JSON.stringify(s));
    return true;
  } catch {
    return false;
  }
}

/** A daily backup is due when the newest backup of the workspace is older than this. */
export const DAILY_INTERVAL_MS = 24 * 60 * 60 * 1000;
