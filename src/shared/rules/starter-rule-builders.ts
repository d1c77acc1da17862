/**
 * Builders for the starter rules: the common defaults (high importance, skip if any value is missing,
 * enabled) so each rule reads as one line of intent.
 */
import type { MissingValueStrategy, Rule, RuleImportance, RuleOperator } from './rule-types';

export interface StarterOpts {
  readonly importance?: RuleImportance;
  readonly strategy?: MissingValueStrategy;
  readonly description?: string;
}

export function rowRule(
  id: string,
  table: string,
  name: string,
  left: string,
  operator: RuleOperator,
  right: string,
  message: string,
  o: StarterOpts = {},
): Rule {
  return {
    id,
    name,
    scope: { kind: 'table', table },
    context: 'row',
    left,
    operator,
    right,
    importance: o.importance ?? 'high',
    missingValueStrategy: o.strategy ?? 'SKIP_IF_ANY_VALUE_MISSING',
    message,
    ...(o.description === undefined ? {} : { description: o.description }),
    enabled: true,
  };
}

export function tableRule(
  id: string,
  tables: readonly string[],
  name: string,
  left: string,
  operator: RuleOperator,
  right: string,
  message: string,
  o: StarterOpts = {},
): Rule {
  const [first] = tables;
  return {
    ...rowRule(id, first ?? '', name, left, operator, right, message, o),
    scope:
      tables.length === 1
        ? { kind: 'table', table: first ?? '' }
        : { kind: 'cross-table', tables: [...tables] },
    context: 'table',
  };
}

export const SUM_IF_ANY: StarterOpts = { strategy: 'SKIP_IF_ALL_VALUES_MISSING' };
