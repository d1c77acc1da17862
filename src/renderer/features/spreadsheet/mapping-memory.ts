/**
 * Remembered column mappings per table ("remembered per table"), in localStorage: small, per
 * browser profile, and not part of the audited data. What comes back is validated — it is plain text
 * another tab or an older version may have written.
 */
import { z } from 'zod';
import type { SavedMapping } from '../../../shared/sheets/column-mapping';

const KEY = 'status-data-desk.sheet-mapping.v1';
const schema = z.record(z.string(), z.record(z.string(), z.string()));

function readAll(storage: Storage): Record<string, Record<string, string>> {
  try {
    const parsed = schema.safeParse(JSON.parse(storage.getItem(KEY) ?? '{}'));
    return parsed.success ? parsed.data : {};
  } catch {
    return {};
  }
}

export function loadMapping(tableCode: string, storage: Storage = localStorage): SavedMapping | null {
  const all = readAll(storage);
  return Object.hasOwn(all, tableCode) ? (all[tableCode] ?? null) : null;
}

export function saveMapping(tableCode: string, mapping: SavedMapping, storage: Storage = localStorage): void {
  const all = readAll(storage);
  all[tableCode] = { ...mapping };
  try {
    storage.setItem(KEY, JSON.stringify(all));
  } catch {
    // A full localStorage only costs the convenience of remembering; the import itself is unaffected.
  }
}
