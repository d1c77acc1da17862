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

const quote = JSON.stringify;

/**
 * canonicalJson(file) as UTF-8, written directly for the fixed shape of a table file: the export hot
 * path (a 100k-row slice is ≈42 MB). Byte-identical to canonicalJson (a property test holds it to
 * that): keys sorted, row members in their sorted order at/by/id/src/values, value keys sorted.
 */
export function canonicalTableBytes(file: TableFile): Uint8Array {
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
  return new TextEncoder().encode(parts.join(''));
}
