/**
 * The current ruleset compiled against the year's catalog, once per (ruleset version, catalog version).
 * `useWorkspaceRules` is the usual entry: it loads the open workspace's ruleset when needed.
 */
import { useEffect, useMemo } from 'react';
import { compileRules, schemaFromTables, type CompiledRule, type RuleCompileIssue } from '../../shared/rules';
import type { Catalog } from '../../shared/catalog/catalog-types';
import type { Ruleset } from '../../shared/rules/ruleset';
import { useWorkspaceData } from '../data/workspace-data-store';
import { useRulesetStore } from './ruleset-store';

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

export interface WorkspaceRules extends CompiledRuleset {
  /** Null until the open workspace's ruleset is loaded. */
  readonly ruleset: Ruleset | null;
}

/** The open workspace's ruleset, compiled; loads it on first use in this workspace. */
export function useWorkspaceRules(): WorkspaceRules {
  const data = useWorkspaceData((s) => s.data);
  const { ruleset, workspaceId, load } = useRulesetStore();
  useEffect(() => {
    if (data && workspaceId !== data.workspace.id) void load(data.workspace);
  }, [data, workspaceId, load]);
  const current = data && workspaceId === data.workspace.id ? ruleset : null;
  const compiled = useCompiledRules(current, data?.catalog);
  return { ruleset: current, ...compiled };
}
