/**
 * A table file in a bundle: `tables/<tableCode>.json` holding one department's slice of one table
 * (DESIGN.md §3 — a data bundle replaces the sender's whole slice). Rows are StoredRow, strict.
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
