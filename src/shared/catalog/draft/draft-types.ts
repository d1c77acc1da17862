/**
 * Shape of the raw research draft (draft/status-data-catalog.json). The draft is our *input*, kept
 * verbatim; it is read through this schema so the mapping in ../builtin works on typed data and a
 * malformed draft fails loudly at build time instead of producing a half-built catalog.
 */
import { z } from 'zod';
import draftJson from './status-data-catalog.json';

export const draftFieldSchema = z.object({
  key: z.string().min(1),
  label: z.string().min(1),
  /** The draft only uses these; `date` covers both full dates and year-months (reviewed per field). */
  type: z.enum(['text', 'integer', 'decimal', 'date', 'enum', 'code']),
  unit: z.string(),
  required: z.boolean(),
  note: z.string(),
  uncertain: z.boolean().optional(),
});
export type DraftField = z.infer<typeof draftFieldSchema>;

export const draftEntrySchema = z.object({
  code: z.string().min(1),
  name: z.string().min(1),
  category: z.string().min(1),
  /** `period` in the draft means "over a period" (学年 unless mapped otherwise); `point` is 时点. */
  period: z.enum(['point', 'period']),
  ownerDept: z.string(),
  fields: z.array(draftFieldSchema).optional(),
  source: z.string().optional(),
  notes: z.string().optional(),
  altCode: z.string().optional(),
  uncertain: z.boolean().optional(),
});
export type DraftEntry = z.infer<typeof draftEntrySchema>;

/** The 63 entries of the bundled draft, validated. Throws only if the shipped file is broken (a bug). */
export function draftEntries(): DraftEntry[] {
  return z.array(draftEntrySchema).parse(draftJson);
}
