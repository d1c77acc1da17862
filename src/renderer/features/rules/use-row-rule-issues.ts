/**
 * The grid's hook for inline rule validation: `useRowRuleIssues(table, rows)` returns a checker whose
 * `check(row)` lists the failed row rules of that row (see row-rule-issues.ts). It follows the current
 * ruleset of the open workspace and is rebuilt only when the ruleset, catalog or rows change.
 */
import { useMemo } from 'react';
import type { TableDef } from '../../../shared/catalog/catalog-types';
import type { StoredRow } from '../../../shared/records/record-types';
import { useWorkspaceData } from '../../data/workspace-data-store';
import { useWorkspaceRules } from '../../rules-runtime/use-compiled-rules';
import { createRowRuleChecker, type RowRuleChecker } from './row-rule-issues';

export function useRowRuleIssues(table: TableDef, rows: readonly StoredRow[]): RowRuleChecker {
  const data = useWorkspaceData((s) => s.data);
  const { compiled } = useWorkspaceRules();
  return useMemo(
    () => createRowRuleChecker(table, compiled, rows, data?.workspace, data?.catalog.tables ?? [table]),
    [table, compiled, rows, data],
  );
}
