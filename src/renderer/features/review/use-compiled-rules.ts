/** The current ruleset compiled against the year's catalog, once per (ruleset version, catalog version). */
import { useMemo } from 'react';
import {
  compileRules,
  schemaFromTables,
  type CompiledRule,
  type RuleCompileIssue,
} from '../../../shared/rules';
import type { Catalog } from '../../../shared/catalog/catalog-types';
import type { Ruleset } from '../../../shared/rules/ruleset';

export interface CompiledRuleset {
  readonly compiled: readonly CompiledRule[];
  readonly issues: readonly RuleCompileIssue[];
}

export function useCompiledRules(ruleset: Ruleset | null, catalog: Catalog | undefined): CompiledRuleset {
  return useMemo(() => {
    if (!ruleset || !catalog) return { compiled: [], issues: [] };
    return compileRules(ruleset.rules, schemaFromTables(catalog.tables));
  }, [ruleset, catalog]);
}
