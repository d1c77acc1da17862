/**
 * Shape of the second research input (draft/status-data-fields-2026.json, a verbatim copy): column lists,
 * with their sources and confidence, for tables the first draft left 待定义 and fuller lists for two
 * partial ones. Read through this schema so a malformed file fails the build, not the user.
 */
import { z } from 'zod';
import researchJson from './status-data-fields-2026.json';

export const researchFieldSchema = z.object({
  cell: z.number().int(),
  label: z.string().min(1),
  unit: z.string().optional(),
  note: z.string().optional(),
  confidence: z.string(),
});
export type ResearchField = z.infer<typeof researchFieldSchema>;

export const researchExtraSchema = z.object({
  label: z.string().min(1),
  unit: z.string().optional(),
  source: z.string(),
});

export const researchTableSchema = z.object({
  name: z.string().min(1),
  source: z.string(),
  status: z.string(),
  fields: z.array(researchFieldSchema),
  extraFieldsPositionUnknown: z.array(researchExtraSchema).optional(),
  notes: z.string().optional(),
  confidence: z.string().optional(),
});
export type ResearchTable = z.infer<typeof researchTableSchema>;

const researchSchema = z.object({
  tables: z.record(z.string(), researchTableSchema),
  optionLists: z.record(z.string(), z.unknown()),
});

/** The research tables by their key in the file ("A6-2-1", "A6-3-1 (supplement)" …). */
export function researchTables(): Readonly<Record<string, ResearchTable>> {
  return researchSchema.parse(researchJson).tables;
}
