/**
 * Annex tables (附表) of the quality report, defined as data so the office can edit rows and add new ones when
 * the annual notice changes them. A row is either computed from an indicator (read from the locked year, and
 * from last year's lock for the 上一年 column) or entered by hand from a named source document such as a
 * graduate survey. Entered rows are annex entries, not catalog tables: they never reach the national export.
 * docs/annexes.md describes the shipped rows and where each comes from.
 */
import { z } from 'zod';
import { INDICATOR_ID_PATTERN } from '../indicators/indicator-types';

export const ANNEX_ID_PATTERN = /^[a-z0-9][a-z0-9.-]{0,63}$/;

/** 上一年/本年 for school-year figures, 上一届/本届 for graduate cohorts. */
export const ANNEX_COLUMN_KINDS = ['year', 'cohort'] as const;
export type AnnexColumnKind = (typeof ANNEX_COLUMN_KINDS)[number];

export const ANNEX_COLUMN_LABELS: Readonly<Record<AnnexColumnKind, readonly [string, string]>> = {
  year: ['上一学年', '本学年'],
  cohort: ['上一届', '本届'],
};

const text = (max: number) => z.string().trim().min(1).max(max);

export const annexRowSourceSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('indicator'), indicatorId: z.string().regex(INDICATOR_ID_PATTERN) }).strict(),
  /** Typed in a form; `document` names where the figure comes from (e.g. 毕业生跟踪调查报告). */
  z.object({ kind: z.literal('entered'), document: text(200) }).strict(),
]);
export type AnnexRowSource = z.infer<typeof annexRowSourceSchema>;

export const annexRowDefSchema = z
  .object({
    id: z.string().regex(ANNEX_ID_PATTERN),
    name: text(100),
    unit: z.string().trim().max(20),
    source: annexRowSourceSchema,
    /** false: the row (its name, unit or mapping) is not yet confirmed against the annual notice: 未核实. */
    verified: z.boolean(),
    /** 指标说明 shown to users: what the row means (no file paths, no URLs). */
    note: z.string().trim().max(500),
  })
  .strict();
export type AnnexRowDef = z.infer<typeof annexRowDefSchema>;

export const annexTableDefSchema = z
  .object({
    id: z.string().regex(ANNEX_ID_PATTERN),
    name: text(50),
    columns: z.enum(ANNEX_COLUMN_KINDS),
    rows: z.array(annexRowDefSchema).min(1).max(100),
  })
  .strict()
  .superRefine((t, ctx) => {
    const seen = new Set<string>();
    t.rows.forEach((r, i) => {
      if (seen.has(r.id))
        ctx.addIssue({ code: 'custom', message: `行编号“${r.id}”重复`, path: ['rows', i, 'id'] });
      seen.add(r.id);
    });
  });
export type AnnexTableDef = z.infer<typeof annexTableDefSchema>;

/** One entered figure: the value with its source document (required) and evidence (an attachment's name). */
export const enteredAnnexValueSchema = z
  .object({
    value: z.number().finite(),
    source: z.string().trim().min(1, '请填写数据来源（如调查报告名称）').max(200),
    evidence: z.string().trim().max(200),
    enteredBy: text(50),
    enteredAt: z.string().min(1).max(40),
  })
  .strict();
export type EnteredAnnexValue = z.infer<typeof enteredAnnexValueSchema>;
