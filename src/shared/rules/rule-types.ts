/**
 * Validation rules, modelled on DHIS2 (DHIS2's validation rules): left expression, operator, right expression,
 * importance, missing-value strategy, message. Rules are edited by the office and travel in setup
 * bundles, so the type has a strict validator beside it.
 */
import { z } from 'zod';
import { TABLE_CODE_PATTERN } from '../catalog/catalog-types';
import { MAX_EXPRESSION_LENGTH } from './expression-tokens';

export const RULE_OPERATORS = [
  '==',
  '!=',
  '<',
  '<=',
  '>',
  '>=',
  'compulsory_pair',
  'exclusive_pair',
] as const;
export type RuleOperator = (typeof RULE_OPERATORS)[number];

/** high = error that blocks approval; medium/low = warnings that can be accepted with a 合理性说明. */
export const RULE_IMPORTANCES = ['high', 'medium', 'low'] as const;
export type RuleImportance = (typeof RULE_IMPORTANCES)[number];

export const MISSING_VALUE_STRATEGIES = [
  'SKIP_IF_ANY_VALUE_MISSING',
  'SKIP_IF_ALL_VALUES_MISSING',
  'NEVER_SKIP',
] as const;
export type MissingValueStrategy = (typeof MISSING_VALUE_STRATEGIES)[number];

/** `row`: checked on every row of the scope table; `table`: checked once over aggregates. */
export const RULE_CONTEXTS = ['row', 'table'] as const;
export type RuleContext = (typeof RULE_CONTEXTS)[number];

const tableCode = z.string().regex(TABLE_CODE_PATTERN);

/**
 * Where the rule belongs: one table, or several (cross-table). Results attach to these tables; the
 * tables a rule actually needs are those its expressions reference, plus a row rule's table.
 */
export const ruleScopeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('table'), table: tableCode }).strict(),
  z.object({ kind: z.literal('cross-table'), tables: z.array(tableCode).min(2).max(20) }).strict(),
]);
export type RuleScope = z.infer<typeof ruleScopeSchema>;

const expression = z.string().trim().min(1).max(MAX_EXPRESSION_LENGTH);

export const ruleSchema = z
  .object({
    id: z.string().regex(/^[A-Za-z0-9_.-]{1,64}$/),
    name: z.string().trim().min(1).max(200),
    scope: ruleScopeSchema,
    context: z.enum(RULE_CONTEXTS),
    left: expression,
    operator: z.enum(RULE_OPERATORS),
    right: expression,
    importance: z.enum(RULE_IMPORTANCES),
    missingValueStrategy: z.enum(MISSING_VALUE_STRATEGIES),
    /** Shown when the rule fails; `{left}` and `{right}` are replaced by the evaluated values. */
    message: z.string().trim().min(1).max(500),
    /** Why the rule exists / where its threshold comes from (shown on hover). */
    description: z.string().max(2000).optional(),
    enabled: z.boolean(),
  })
  .strict()
  .refine((r) => r.context === 'table' || r.scope.kind === 'table', {
    message: '行级规则只能属于一张表',
    path: ['scope'],
  });
export type Rule = z.infer<typeof ruleSchema>;

export const RULE_OPERATOR_LABELS: Readonly<Record<RuleOperator, string>> = {
  '==': '等于',
  '!=': '不等于',
  '<': '小于',
  '<=': '小于等于',
  '>': '大于',
  '>=': '大于等于',
  compulsory_pair: '成对必填（两边同时有值或同时为空）',
  exclusive_pair: '互斥（两边不能同时有值）',
};

export const RULE_IMPORTANCE_LABELS: Readonly<Record<RuleImportance, string>> = {
  high: '错误（阻止审核通过）',
  medium: '警告（需填写合理性说明）',
  low: '提示（需填写合理性说明）',
};

export const MISSING_VALUE_STRATEGY_LABELS: Readonly<Record<MissingValueStrategy, string>> = {
  SKIP_IF_ANY_VALUE_MISSING: '任一值为空时跳过',
  SKIP_IF_ALL_VALUES_MISSING: '全部值为空时跳过（其余空值按 0 计）',
  NEVER_SKIP: '从不跳过（空值按 0 计）',
};

/** 'undecidable' = 本站无法判断: the station does not hold a table (or last year's data) the rule needs. */
export const RULE_STATUSES = ['pass', 'fail', 'skipped', 'undecidable'] as const;
export type RuleStatus = (typeof RULE_STATUSES)[number];

export const RULE_STATUS_LABELS: Readonly<Record<RuleStatus, string>> = {
  pass: '通过',
  fail: '未通过',
  skipped: '已跳过（缺少数据）',
  undecidable: '本站无法判断',
};

/** The tables a rule belongs to. */
export function scopeTables(scope: RuleScope): readonly string[] {
  return scope.kind === 'table' ? [scope.table] : scope.tables;
}
