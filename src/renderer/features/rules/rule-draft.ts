/**
 * Editing one rule: a blank rule for a table, a fresh id, and the live check the editor shows as the
 * office types — the rules core's own compiler, so what the editor accepts is exactly what runs.
 */
import { compileRule, type RuleSchema } from '../../../shared/rules';
import type { Rule } from '../../../shared/rules/rule-types';

export type RuleDraftProblem =
  | { readonly ok: true }
  | { readonly ok: false; readonly side: 'left' | 'right' | null; readonly message: string };

/** A new rule's id: `<table>.rN` with the lowest free N. */
export function nextRuleId(rules: readonly Pick<Rule, 'id'>[], table: string): string {
  const used = new Set(rules.map((r) => r.id));
  for (let n = 1; ; n++) if (!used.has(`${table}.r${n}`)) return `${table}.r${n}`;
}

export function blankRule(rules: readonly Pick<Rule, 'id'>[], table: string): Rule {
  return {
    id: nextRuleId(rules, table),
    name: '',
    scope: { kind: 'table', table },
    context: 'row',
    left: '',
    operator: '<=',
    right: '',
    importance: 'medium',
    missingValueStrategy: 'SKIP_IF_ANY_VALUE_MISSING',
    message: '',
    enabled: true,
  };
}

/** Compiles the draft and says which side (if any) is wrong, with the compiler's positioned message. */
export function checkRuleDraft(
  rule: Rule,
  schema: RuleSchema,
  otherIds: readonly string[],
): RuleDraftProblem {
  if (otherIds.includes(rule.id)) return { ok: false, side: null, message: `规则编号“${rule.id}”已被使用` };
  const r = compileRule(rule, schema);
  if (r.ok) return { ok: true };
  const side = r.error.detail?.side;
  return { ok: false, side: side === 'left' || side === 'right' ? side : null, message: r.error.message };
}
