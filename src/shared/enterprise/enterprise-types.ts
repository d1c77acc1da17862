/**
 * The roster of partner enterprises and the enterprise reports (企业年报) assigned to them. An enterprise
 * is known in the status tables by its name and the other names it appears under (those tables carry
 * no credit code), so the roster keeps every name; its 统一社会信用代码 must pass the check character.
 * docs/annexes.md ("Enterprise reports").
 */
import { z } from 'zod';
import { checkCreditCode } from './credit-code';

const name = z.string().trim().min(1, '请填写企业名称').max(100);

export const enterpriseSchema = z
  .object({
    id: z.string().min(1).max(60),
    name,
    /** Other names it appears under in the tables (简称, former names). */
    aliases: z.array(z.string().trim().min(1).max(100)).max(20),
    creditCode: z.string().superRefine((v, ctx) => {
      const r = checkCreditCode(v);
      if (!r.ok) ctx.addIssue({ code: 'custom', message: r.error.message });
      else if (r.value !== v) ctx.addIssue({ code: 'custom', message: '统一社会信用代码应为大写' });
    }),
    industry: z.string().trim().max(60),
    /** The secondary college (department code) it works with. */
    collegeCode: z.string().min(1, '请选择合作的二级学院').max(40),
    /** Academic years (start year) it compiled a report for. */
    yearsCompiled: z.array(z.number().int().min(2000).max(2100)).max(50),
    inactive: z.boolean(),
  })
  .strict();
export type Enterprise = z.infer<typeof enterpriseSchema>;

/** One enterprise report of a year: the rotation's assignment and the report document it is written in. */
export const enterpriseReportLinkSchema = z
  .object({
    /** The Report record's id (the document, src/shared/report). */
    reportId: z.string().min(1).max(60),
    enterpriseId: z.string().min(1).max(60),
    collegeCode: z.string().min(1).max(40),
    year: z.number().int().min(2000).max(2100),
    assignedAt: z.string().min(1).max(40),
    /** The newest revision sent (at the college) or received (at the office) in a chapter bundle. */
    revision: z.number().int().min(1).optional(),
    /** The summary department the office named: the college sends the report there, it relays it on. */
    via: z.string().min(1).max(40).optional(),
    /** At that summary department: the college's signed bundle of the revision held, relayed unchanged. */
    original: z
      .object({ bundleHash: z.string().min(1).max(128), seq: z.number().int().min(1) })
      .strict()
      .optional(),
    /** At that summary department: the newest revision relayed to the office. */
    relayed: z.number().int().min(1).optional(),
  })
  .strict();
export type EnterpriseReportLink = z.infer<typeof enterpriseReportLinkSchema>;

/** Every name an enterprise appears under, trimmed and without repeats. */
export function enterpriseNames(e: Pick<Enterprise, 'name' | 'aliases'>): string[] {
  return [...new Set([e.name, ...e.aliases].map((n) => n.trim()).filter(Boolean))];
}

/** The first problem of an enterprise as typed, in Chinese, or null when it can be stored. */
export function enterpriseProblem(input: unknown): string | null {
  const r = enterpriseSchema.safeParse(input);
  return r.success ? null : (r.error.issues[0]?.message ?? '企业信息不完整');
}
