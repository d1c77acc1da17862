/**
 * A record is one row of a table, contributed by one department. Its id is a UUID that survives edits
 * and re-imports (replace-imports match rows on the table's natural key and keep the id).
 * A (workspace, table, department) triple is a *slice*: a data bundle replaces a sender's whole slice.
 */
import { z } from 'zod';

/** A stored cell value: text-like types are strings, numeric types numbers, boolean booleans; empty is null. */
export type CellValue = string | number | boolean | null;

/** 'carried': copied from last year by the rollover, 待核实 until someone confirms or edits it. */
export const RECORD_SOURCES = ['typed', 'pasted', 'imported', 'bundle', 'filled', 'carried'] as const;
export type RecordSource = (typeof RECORD_SOURCES)[number];

export const cellValueSchema = z.union([z.string(), z.number().finite(), z.boolean(), z.null()]);

export const storedRowSchema = z
  .object({
    id: z.string().uuid(),
    /** Field key → value. Keys not in the table's fields are kept (a catalog change never loses data). */
    values: z.record(z.string(), cellValueSchema),
    /** Who last changed the row (local user name) and when (ISO timestamp): 实时采集 provenance. */
    by: z.string(),
    at: z.string(),
    src: z.enum(RECORD_SOURCES),
  })
  .strict();
export type StoredRow = z.infer<typeof storedRowSchema>;

export interface SliceKey {
  readonly workspaceId: string;
  readonly tableCode: string;
  readonly departmentCode: string;
}

export function sliceKeyString(k: SliceKey): string {
  return `${k.workspaceId}|${k.tableCode}|${k.departmentCode}`;
}
