/**
 * A ruleset is the office's whole validation setup for a collection year, stored versioned (every save
 * is a new version, the old ones stay for the audit trail): the rules, the manual checklist items each
 * review level must tick, and per-field outlier / year-over-year thresholds. It travels in setup
 * bundles, so it has a strict validator beside its type.
 */
import { z } from 'zod';
import { err, ok, type Result } from '../result';
import { ruleSchema, type Rule } from './rule-types';
import { STARTER_RULES } from './starter-rules';

export const RULESET_RULES_MAX = 2000;
export const MANUAL_CHECKS_MAX = 100;

/** A manual checklist item (e.g. 已与上年年报核对); without `levels` it applies at every review level. */
export const manualCheckSchema = z
  .object({
    id: z.string().regex(/^[A-Za-z0-9_.-]{1,64}$/),
    text: z.string().trim().min(1).max(200),
    levels: z
      .array(z.union([z.literal(1), z.literal(2), z.literal(3)]))
      .min(1)
      .max(3)
      .optional(),
  })
  .strict();
export type ManualCheckDef = z.infer<typeof manualCheckSchema>;

/** Per-field thresholds; a field without an entry uses the defaults (3.5; 30 %, absolute 10 when last year was 0). */
export const fieldThresholdSchema = z
  .object({
    outlierThreshold: z.number().positive().max(1000).optional(),
    outlierEnabled: z.boolean().optional(),
    maxRelativeChange: z.number().positive().max(100).optional(),
    absoluteThresholdWhenZero: z.number().min(0).max(1e12).optional(),
    yoyEnabled: z.boolean().optional(),
  })
  .strict();
export type FieldThreshold = z.infer<typeof fieldThresholdSchema>;

/** `table.field` keys: table codes and field keys are ASCII tokens without '.'-ambiguity (a field key has no '.'). */
export const THRESHOLD_KEY_PATTERN = /^[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*\.[a-z][a-z0-9_]{0,63}$/;

export const rulesetSchema = z
  .object({
    version: z.number().int().min(1),
    updatedAt: z.string().max(40),
    updatedBy: z.string().max(40),
    rules: z.array(ruleSchema).max(RULESET_RULES_MAX),
    manualChecks: z.array(manualCheckSchema).max(MANUAL_CHECKS_MAX),
    thresholds: z.record(z.string().regex(THRESHOLD_KEY_PATTERN), fieldThresholdSchema),
  })
  .strict()
  .superRefine((r, ctx) => {
    const dup = firstDuplicate(r.rules.map((x) => x.id));
    if (dup !== null) ctx.addIssue({ code: 'custom', message: `规则编号重复：${dup}`, path: ['rules'] });
    const dupCheck = firstDuplicate(r.manualChecks.map((x) => x.id));
    if (dupCheck !== null)
      ctx.addIssue({ code: 'custom', message: `人工检查项编号重复：${dupCheck}`, path: ['manualChecks'] });
  });
export type Ruleset = z.infer<typeof rulesetSchema>;

function firstDuplicate(ids: readonly string[]): string | null {
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) return id;
    seen.add(id);
  }
  return null;
}

/** Manual items every new year starts with; the office edits them. */
export const STARTER_MANUAL_CHECKS: readonly ManualCheckDef[] = [
  { id: 'source-docs', text: '已对照原始台账或业务系统核对主要数据' },
  { id: 'school-report', text: '已与学校年度质量报告中的同口径数据核对', levels: [3] },
];

/** Version 1 of a new year's ruleset: the starter rules and the starter manual items. */
export function starterRuleset(at: string, by = '系统'): Ruleset {
  return {
    version: 1,
    updatedAt: at,
    updatedBy: by,
    rules: STARTER_RULES.map((r) => ({ ...r })),
    manualChecks: STARTER_MANUAL_CHECKS.map((m) => ({ ...m })),
    thresholds: {},
  };
}

/** Validates a stored or received ruleset at the trust boundary. */
export function parseRuleset(data: unknown): Result<Ruleset, 'invalid-ruleset'> {
  const r = rulesetSchema.safeParse(data);
  if (r.success) return ok(r.data);
  const issue = r.error.issues[0];
  return err(
    'invalid-ruleset',
    `规则集格式不正确：${issue?.path.join('.') ?? ''} ${issue?.message ?? ''}`.trim(),
  );
}

/** The next version of a ruleset with the given parts replaced. */
export function nextRulesetVersion(
  current: Ruleset,
  parts: Partial<Pick<Ruleset, 'rules' | 'manualChecks' | 'thresholds'>>,
  at: string,
  by: string,
): Ruleset {
  return { ...current, ...parts, version: current.version + 1, updatedAt: at, updatedBy: by };
}

export const thresholdKey = (tableCode: string, fieldKey: string): string => `${tableCode}.${fieldKey}`;

/** The thresholds of one table, keyed by field key, in the shapes the outlier and YoY checks take. */
export function tableThresholds(
  ruleset: Pick<Ruleset, 'thresholds'>,
  tableCode: string,
): {
  readonly outlier: Record<string, { threshold?: number; enabled?: boolean }>;
  readonly yoy: Record<
    string,
    { maxRelativeChange?: number; absoluteThresholdWhenZero?: number; enabled?: boolean }
  >;
} {
  const outlier: Record<string, { threshold?: number; enabled?: boolean }> = {};
  const yoy: Record<
    string,
    { maxRelativeChange?: number; absoluteThresholdWhenZero?: number; enabled?: boolean }
  > = {};
  const prefix = `${tableCode}.`;
  for (const [key, t] of Object.entries(ruleset.thresholds)) {
    if (!key.startsWith(prefix)) continue;
    const field = key.slice(prefix.length);
    outlier[field] = {
      ...(t.outlierThreshold !== undefined ? { threshold: t.outlierThreshold } : {}),
      ...(t.outlierEnabled !== undefined ? { enabled: t.outlierEnabled } : {}),
    };
    yoy[field] = {
      ...(t.maxRelativeChange !== undefined ? { maxRelativeChange: t.maxRelativeChange } : {}),
      ...(t.absoluteThresholdWhenZero !== undefined
        ? { absoluteThresholdWhenZero: t.absoluteThresholdWhenZero }
        : {}),
      ...(t.yoyEnabled !== undefined ? { enabled: t.yoyEnabled } : {}),
    };
  }
  return { outlier, yoy };
}

/** Rules that belong to a table (its own and cross-table rules naming it). */
export function rulesForTable(rules: readonly Rule[], tableCode: string): Rule[] {
  return rules.filter((r) =>
    r.scope.kind === 'table' ? r.scope.table === tableCode : r.scope.tables.includes(tableCode),
  );
}
