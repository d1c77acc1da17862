/**
 * Checks the payload against the signed manifest (docs/SECURITY.md B1, B8, J1, J2): exactly the listed entries
 * in the listed order, each with the signed size and SHA-256, before any of them is parsed; then every
 * tables/ file through bounded JSON and the strict schema, with whole-bundle refusal on one bad row.
 */
import { sha256Hex } from '../hash';
import { err, ok, type DomainError, type Result } from '../result';
import { parseBoundedJson } from './bounded-json';
import type { BundleLimits } from './bundle-limits';
import { bundleMessages as m } from './bundle-messages';
import { isTableEntry } from './entry-names';
import type { Manifest, ManifestFile } from './manifest';
import { tableEntryPath, type TableFile } from './table-file';
import { checkTableFile, tableFileMembers, type TableFileCheck } from './table-file-check';

export type PayloadErrorCode =
  | 'unexpected-entry'
  | 'missing-entry'
  | 'entry-order'
  | 'file-altered'
  | 'json-invalid'
  | 'too-large'
  | 'table-invalid';

/** Semantic check of a parsed table (catalog field types, foreign keys …), supplied by the caller. */
export type TableValidator = (table: TableFile, path: string) => DomainError | null;

export interface CheckedPayload {
  readonly tables: ReadonlyMap<string, TableFile>;
  /** files/ entries, hash-checked, left as bytes for the caller's own validator. */
  readonly files: ReadonlyMap<string, Uint8Array>;
}

export function checkPayload(
  manifest: Manifest,
  entries: ReadonlyMap<string, Uint8Array>,
  limits: BundleLimits,
  validateTable?: TableValidator,
  digests?: WeakMap<Uint8Array, string>,
): Result<CheckedPayload, PayloadErrorCode> {
  const listed = new Map(manifest.files.map((f) => [f.path, f]));
  const names = [...entries.keys()];
  const extra = names.find((n) => !listed.has(n));
  if (extra !== undefined) return err('unexpected-entry', m.unexpectedEntry(extra), { path: extra });
  const missing = manifest.files.find((f) => !entries.has(f.path));
  if (missing !== undefined)
    return err('missing-entry', m.missingEntry(missing.path), { path: missing.path });
  const misplaced = manifest.files.findIndex((f, i) => names[i] !== f.path);
  if (misplaced >= 0) return err('entry-order', m.entryOrder(manifest.files[misplaced]!.path));
  for (const f of manifest.files) {
    const bytes = entries.get(f.path)!;
    // A digest the Worker's native pre-pass computed of this very byte array, else computed here.
    if (bytes.length !== f.size || (digests?.get(bytes) ?? sha256Hex(bytes)) !== f.sha256)
      return err('file-altered', m.fileAltered(f.path), { path: f.path });
  }
  const tables = new Map<string, TableFile>();
  const files = new Map<string, Uint8Array>();
  for (const f of manifest.files) {
    const bytes = entries.get(f.path)!;
    if (!isTableEntry(f.path)) {
      files.set(f.path, bytes);
      continue;
    }
    const table = readTable(f, bytes, manifest, limits);
    if (!table.ok) return table;
    const semantic = validateTable?.(table.value, f.path) ?? null;
    if (semantic !== null) return err('table-invalid', semantic.message, semantic.detail);
    tables.set(f.path, table.value);
  }
  return ok({ tables, files });
}

function readTable(
  f: ManifestFile,
  bytes: Uint8Array,
  manifest: Manifest,
  limits: BundleLimits,
): Result<TableFile, PayloadErrorCode> {
  // One walk over the rows serves the bounded-JSON check and the shape check (tableFileMembers).
  let shaped = false;
  const json = parseBoundedJson(
    bytes,
    { maxBytes: limits.maxEntryBytes, maxDepth: limits.maxJsonDepth },
    f.path,
    (value) => {
      const members = tableFileMembers(value);
      shaped = members !== null;
      return members;
    },
  );
  if (!json.ok) return json;
  const parsed: TableFileCheck = shaped
    ? { success: true, data: json.value as TableFile }
    : checkTableFile(json.value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const [top, index, ...rest] = issue?.path ?? [];
    const detail = `${rest.join('.') || String(top ?? '')}：${issue?.message ?? ''}`;
    return top === 'rows' && typeof index === 'number'
      ? err('table-invalid', m.rowInvalid(f.path, index, detail), { path: f.path, row: index })
      : err('table-invalid', m.tableInvalid(f.path, detail), { path: f.path });
  }
  const table = parsed.data;
  if (tableEntryPath(table.tableCode) !== f.path)
    return err('table-invalid', m.tableCodeMismatch(f.path, table.tableCode));
  if (
    (manifest.kind === 'data' || manifest.kind === 'forward') &&
    table.departmentCode !== manifest.sender.departmentCode
  ) {
    return err(
      'table-invalid',
      m.tableDepartment(f.path, table.departmentCode, manifest.sender.departmentCode),
    );
  }
  if (f.rows !== undefined && f.rows !== table.rows.length)
    return err('table-invalid', m.rowCount(f.path, f.rows, table.rows.length));
  const ids = new Set<string>();
  for (const [i, row] of table.rows.entries()) {
    if (ids.has(row.id))
      return err('table-invalid', m.duplicateRow(f.path, i, row.id), { path: f.path, row: i });
    ids.add(row.id);
  }
  return ok(table);
}
