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
  if (!isPlainObject(value) || Object.keys(value).length !== 3) return false;
  const { tableCode, departmentCode, rows } = value;
  if (typeof tableCode !== 'string' || !TABLE_CODE_PATTERN.test(tableCode)) return false;
  if (typeof departmentCode !== 'string' || !DEPARTMENT_CODE_PATTERN.test(departmentCode)) return false;
  if (!Array.isArray(rows)) return false;
  for (const row of rows as unknown[]) if (!isRowShape(row)) return false;
  return true;
}

function isRowShape(row: unknown): boolean {
  if (!isPlainObject(row) || Object.keys(row).length !== 5) return false;
  const { id, values, by, at, src } = row;
  if (
    typeof id !== 'string' ||
    !UUID.test(id) ||
    typeof by !== 'string' ||
    typeof at !== 'string' ||
    !SOURCES.has(src)
  )
    return false;
  if (!isPlainObject(values)) return false;
  for (const key of Object.keys(values)) {
    // zod rebuilds the record and drops a "__proto__" key; leave such a row to zod so both give the same data.
    if (key === '__proto__') return false;
    const v = values[key];
    if (
      v !== null &&
      typeof v !== 'string' &&
      typeof v !== 'boolean' &&
      !(typeof v === 'number' && Number.isFinite(v))
    )
      return false;
  }
  return true;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && Object.getPrototypeOf(v) === Object.prototype;
}
