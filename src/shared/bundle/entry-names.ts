/**
 * The only entry names a bundle may hold (docs/SECURITY.md Z2). Names are never used as file-system paths, but
 * an exact allowlist keeps odd names (`../x`, `/abs`, `a\b`, NUL, `__proto__`, 300 characters) out of
 * every later step, including the UI and any Map/object keyed by them.
 */
export const MANIFEST_ENTRY = 'manifest.json';
export const SIGNATURE_ENTRY = 'manifest.sig';
export const MAX_ENTRY_NAME_LENGTH = 200;

/** One path segment: starts with a letter or digit, then letters, digits, `.`, `_`, `-`. */
const SAFE_SEGMENT = '[A-Za-z0-9][A-Za-z0-9._-]*';
const TABLE_ENTRY = new RegExp(`^tables/${SAFE_SEGMENT}\\.json$`);
const FILE_ENTRY = new RegExp(`^files/${SAFE_SEGMENT}$`);

export function isTableEntry(name: string): boolean {
  return TABLE_ENTRY.test(name) && isSafeName(name);
}

/** Manifest-listed payload entries: `tables/<safe>.json` or `files/<safe>`. */
export function isPayloadEntryName(name: string): boolean {
  return (TABLE_ENTRY.test(name) || FILE_ENTRY.test(name)) && isSafeName(name);
}

export function isAllowedEntryName(name: string): boolean {
  return name === MANIFEST_ENTRY || name === SIGNATURE_ENTRY || isPayloadEntryName(name);
}

function isSafeName(name: string): boolean {
  return name.length <= MAX_ENTRY_NAME_LENGTH && !name.includes('..');
}
