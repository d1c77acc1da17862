/**
 * Standards (对标值): thresholds an indicator is judged against — the 教发〔2004〕2号 合格 and 限制招生
 * values per school category, the 2000 设置标准 and the 达标工程 monitoring values — and the school's own
 * targets (规划目标). Versioned data like the catalog: edited by the office, carried in setup bundles,
 * validated whole (a file or a value out of range is refused entirely). See docs/indicators.md.
 */
import { z } from 'zod';
import { INDICATOR_ID_PATTERN } from '../indicators/indicator-types';

/** 教发〔2004〕2号 groups 专科(高职) schools into these categories, each with its own 合格 values. */
export const SCHOOL_CATEGORIES = [
  'comprehensive',
  'engineering',
  'medical',
  'language-finance',
  'sports',
  'arts',
] as const;
export type SchoolCategory = (typeof SCHOOL_CATEGORIES)[number];

export const SCHOOL_CATEGORY_LABELS: Readonly<Record<SchoolCategory, string>> = {
  comprehensive: '综合、师范、民族院校',
  engineering: '工科、农、林院校',
  medical: '医学院校',
  'language-finance': '语文、财经、政法院校',
  sports: '体育院校',
  arts: '艺术院校',
};

/**
 * qualified: 合格; restricted: 限制招生 (below it a basic indicator gives a yellow card);
 * setting: 《高等职业学校设置标准（暂行）》; dabiao: 办学条件达标工程 monitoring value.
 */
export const STANDARD_LEVELS = ['qualified', 'restricted', 'setting', 'dabiao'] as const;
export type StandardLevel = (typeof STANDARD_LEVELS)[number];

export const STANDARD_LEVEL_LABELS: Readonly<Record<StandardLevel, string>> = {
  qualified: '合格',
  restricted: '限制招生',
  setting: '设置标准',
  dabiao: '达标工程',
};

const indicatorId = z.string().regex(INDICATOR_ID_PATTERN);
/** Bounds every threshold must respect: no indicator of the app is negative or above a billion. */
const amount = z.number().finite().min(0).max(1e9);

export const standardValueSchema = z
  .object({
    indicatorId,
    /** 'all': the value applies to every category (设置标准). */
    category: z.union([z.enum(SCHOOL_CATEGORIES), z.literal('all')]),
    level: z.enum(STANDARD_LEVELS),
    value: amount,
    /** The document the value comes from. */
    source: z.string().trim().min(1).max(300),
    /** false: entered or recalled, not yet checked against the document (shown as 未核实). */
    verified: z.boolean(),
    note: z.string().max(500),
  })
  .strict();
export type StandardValue = z.infer<typeof standardValueSchema>;

export const targetSchema = z
  .object({
    indicatorId,
    value: amount,
    /** Where the target comes from (学校“十五五”规划 …). */
    note: z.string().max(500),
  })
  .strict();
export type Target = z.infer<typeof targetSchema>;

export const standardSetSchema = z
  .object({
    /** Increases by one with every saved change; version 1 is the shipped set. */
    version: z.number().int().min(1),
    updatedAt: z.string().max(40),
    /** The school's category, chosen in 年度设置; null until chosen. */
    category: z.enum(SCHOOL_CATEGORIES).nullable(),
    values: z.array(standardValueSchema).max(2000),
    targets: z.array(targetSchema).max(500),
  })
  .strict()
  .superRefine((set, ctx) => {
    const seen = new Set<string>();
    set.values.forEach((v, i) => {
      const key = `${v.indicatorId}|${v.category}|${v.level}`;
      if (seen.has(key))
        ctx.addIssue({
          code: 'custom',
          message: `对标值重复：${v.indicatorId}（${v.category}，${STANDARD_LEVEL_LABELS[v.level]}）`,
          path: ['values', i],
        });
      seen.add(key);
    });
    const targets = new Set<string>();
    set.targets.forEach((t, i) => {
      if (targets.has(t.indicatorId))
        ctx.addIssue({ code: 'custom', message: `规划目标重复：${t.indicatorId}`, path: ['targets', i] });
      targets.add(t.indicatorId);
    });
  });
export type StandardSet = z.infer<typeof standardSetSchema>;
