/**
 * A table file in a bundle: `tables/<tableCode>.json` holding one department's slice of one table
 * (docs/ARCHITECTURE.md §6 — a data bundle replaces the sender's whole slice). Rows are StoredRow, strict.
 */
import { z } from 'zod';
import { TABLE_CODE_PATTERN } from '../catalog/catalog-types';
import { DEPARTMENT_CODE_PATTERN } from '../departments/department-types';
import { storedRowSchema } from '../records/record-types';

export const tableFileSchema = z
  .object({
    tableCode: z.string().regex(TABLE_CODE_PATTERN),
    /** The slice owner; in a summary department's forward bundle, the summary department. */
    departmentCode: z.string().regex(DEPARTMENT_CODE_PATTERN),
    rows: z.array(storedRowSchema),
  })
  .strict();
export type TableFile = z.infer<typeof tableFileSchema>;

export function tableEntryPath(tableCode: string): string {
  return `tables/${tableCode}.json`;
}

/**
 * canonicalJson(file) as UTF-8, for the fixed shape of a table file: the export hot path (a 100k-row
 * slice is ≈42 MB). Byte-identical to canonicalJson (property tests hold it to that).
 *
 * One native JSON.stringify with a property list does it: given an array of keys, JSON.stringify writes
 * every object's members in the order of that list (ECMA-262 SerializeJSONObject), and like
 * canonicalJson it drops undefined members and writes -0 as 0. With the list sorted and holding every
 * key of the file (its own, the rows' and all value keys), each object comes out with its keys sorted.
 * A key the list would look up on objects that lack it must not find anything there: of the prototype's
 * members only `__proto__` is not a function (functions are skipped), so a file with that key, or with
 * so many distinct keys that walking the list per object would cost more than it saves, goes to the
 * member-by-member writer.
 */
export function canonicalTableBytes(file: TableFile): Uint8Array {
  const keys = propertyList(file.rows);
  const text = keys ? JSON.stringify(file, keys) : canonicalTableText(file);
  return new TextEncoder().encode(text);
}

const FILE_KEYS = ['departmentCode', 'rows', 'tableCode', 'at', 'by', 'id', 'src', 'values'] as const;
/** Past this many distinct keys the per-object walk of the list outweighs the native writer's speed. */
const MAX_LIST_KEYS = 512;

/** Every key of the file, sorted; null when the list cannot be used (see canonicalTableBytes). */
function propertyList(rows: TableFile['rows']): string[] | null {
  const all = new Set<string>(FILE_KEYS);
  let shape: readonly string[] = [];
  for (const r of rows) {
    const keys = Object.keys(r.values);
    // The rows of a slice share their value keys: a key set is added once, not once per row.
    if (sameKeys(keys, shape)) continue;
    shape = keys;
    for (const k of keys) all.add(k);
    if (all.size > MAX_LIST_KEYS) return null;
  }
  if (all.has('__proto__')) return null;
  return [...all].sort();
}

function sameKeys(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

const quote = JSON.stringify;

/** The member-by-member writer (keys sorted, row members at/by/id/src/values, value keys sorted). */
function canonicalTableText(file: TableFile): string {
  const parts: string[] = [`{"departmentCode":${quote(file.departmentCode)},"rows":[`];
  file.rows.forEach((r, i) => {
    const values = r.values;
    const keys = Object.keys(values)
      .filter((k) => values[k] !== undefined)
      .sort();
    let v = '';
    for (let k = 0; k < keys.length; k++) {
      const key = keys[k]!;
      const x = values[key];
      v += `${k > 0 ? ',' : ''}${quote(key)}:${typeof x === 'number' && Object.is(x, -0) ? '0' : quote(x)}`;
    }
    parts.push(
      `${i > 0 ? ',' : ''}{"at":${quote(r.at)},"by":${quote(r.by)},"id":${quote(r.id)},"src":${quote(r.src)},"values":{${v}}}`,
    );
  });
  parts.push(`],"tableCode":${quote(file.tableCode)}}`);
  return parts.join('');
}
