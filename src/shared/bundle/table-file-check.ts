/**
 * The strict schema check of a parsed table file (tableFileSchema) with a fast path. Zod runs without
 * eval under the app's CSP and costs several microseconds per row; a hand-written test of the exact
 * shape the schema accepts — JSON.parse output only: plain objects, no extra keys, a UUID per row id,
 * cells string / finite number / boolean / null, no "__proto__" key — lets well-formed files skip it.
 * The fast test accepts nothing the schema refuses, and returns what the schema would (a property test
 * holds it to both); whatever it does not accept goes through zod, which decides and gives the refusal
 * its issue path.
 */
import { z } from 'zod';
import { TABLE_CODE_PATTERN } from '../catalog/catalog-types';
import { DEPARTMENT_CODE_PATTERN } from '../departments/department-types';
import { RECORD_SOURCES } from '../records/record-types';
import { FORBIDDEN_JSON_KEYS } from './bounded-json';
import { tableFileSchema, type TableFile } from './table-file';

const UUID = z.regexes.uuid();
const SOURCES: ReadonlySet<unknown> = new Set(RECORD_SOURCES);

export type TableFileCheck =
  | { readonly success: true; readonly data: TableFile }
  | { readonly success: false; readonly error: z.ZodError };

export function checkTableFile(value: unknown): TableFileCheck {
  if (isTableFileShape(value)) return { success: true, data: value };
  const parsed = tableFileSchema.safeParse(value);
  return parsed.success ? { success: true, data: parsed.data } : { success: false, error: parsed.error };
}

/** True only for a value tableFileSchema accepts unchanged. */
export function isTableFileShape(value: unknown): value is TableFile {
  return shapeMembers(value, false) !== null;
}

/**
 * The member count (object keys, as parseBoundedJson counts them) of a value isTableFileShape accepts and
 * in which parseBoundedJson's walk would find nothing to refuse — no forbidden key, no number beyond
 * 2^53 — else null. Cells are the only place either can sit in such a value, so one walk over the rows
 * serves the bounded-JSON check and the shape check of a table file (payload-check.ts).
 */
export function tableFileMembers(value: unknown): number | null {
  return shapeMembers(value, true);
}

function shapeMembers(value: unknown, clean: boolean): number | null {
  if (!isPlainObject(value) || Object.keys(value).length !== 3) return null;
  const { tableCode, departmentCode, rows } = value;
  if (typeof tableCode !== 'string' || !TABLE_CODE_PATTERN.test(tableCode)) return null;
  if (typeof departmentCode !== 'string' || !DEPARTMENT_CODE_PATTERN.test(departmentCode)) return null;
  if (!Array.isArray(rows)) return null;
  let members = 3;
  for (const row of rows as unknown[]) {
    const n = rowMembers(row, clean);
    if (n === null) return null;
    members += n;
  }
  return members;
}

function rowMembers(row: unknown, clean: boolean): number | null {
  if (!isPlainObject(row) || Object.keys(row).length !== 5) return null;
  const { id, values, by, at, src } = row;
  if (
    typeof id !== 'string' ||
    !UUID.test(id) ||
    typeof by !== 'string' ||
    typeof at !== 'string' ||
    !SOURCES.has(src)
  )
    return null;
  if (!isPlainObject(values)) return null;
  const keys = Object.keys(values);
  for (const key of keys) {
    // zod rebuilds the record and drops a "__proto__" key; leave such a row to zod so both give the same data.
    if (key === '__proto__' || (clean && FORBIDDEN_JSON_KEYS.has(key))) return null;
    const v = values[key];
    if (v === null || typeof v === 'string' || typeof v === 'boolean') continue;
    if (typeof v !== 'number' || !Number.isFinite(v)) return null;
    if (clean && Number.isInteger(v) && !Number.isSafeInteger(v)) return null;
  }
  return 5 + keys.length;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && Object.getPrototypeOf(v) === Object.prototype;
}
