/**
 * Rules judged over the whole table while it is being filled: table rules that include this table
 * (cross-table ones too) and row rules that read other tables or last year. They run against what this
 * station holds (rules-runtime's loadSliceSource, with the grid's live rows in place of the stored ones),
 * a short while after the last edit; a rule needing a table the station does not hold is listed as
 * 本站无法判断 — never as passed or failed.
 */
import { useEffect, useMemo, useState } from 'react';
import { useStore } from 'zustand';
import { evaluateRules, scopeTables, type RuleDataSource } from '../../../shared/rules';
import { useWorkspaceData } from '../../data/workspace-data-store';
import { loadSliceSource, needsOf } from '../../rules-runtime/station-source';
import { useWorkspaceRules } from '../../rules-runtime/use-compiled-rules';
import type { GridExtras, TableRuleItem } from './grid-extras';
import type { GridStore } from './grid-store';

const SETTLE_MS = 400;

export function useTableRules(store: GridStore, extras: GridExtras): void {
  const table = useStore(store.api, (s) => s.table);
  const rows = useStore(store.api, (s) => s.rows);
  const ready = useStore(store.api, (s) => s.status === 'ready');
  const data = useWorkspaceData((s) => s.data);
  const { compiled } = useWorkspaceRules();
  const relevant = useMemo(
    () =>
      compiled.filter(
        (c) =>
          c.rule.enabled &&
          scopeTables(c.rule.scope).includes(table.code) &&
          (c.rowTable === null || c.usesPrev || c.tables.some((t) => t !== table.code)),
      ),
    [compiled, table],
  );
  const [base, setBase] = useState<RuleDataSource | null>(null);
  const departmentCode = store.deps.slice.departmentCode;

  useEffect(() => {
    if (!data || relevant.length === 0) return;
    let cancelled = false;
    loadSliceSource(
      data.workspace,
      data.catalog,
      data.tasks,
      { departmentCode, tableCode: table.code },
      needsOf(relevant),
    ).then(
      (inputs) => {
        if (!cancelled) setBase(inputs.source);
      },
      (e: unknown) => console.error('table rules: inputs failed', e),
    );
    return () => {
      cancelled = true;
    };
  }, [data, relevant, departmentCode, table.code]);

  useEffect(() => {
    if (!ready || !base || !data) return;
    const timer = setTimeout(() => {
      const live: RuleDataSource = {
        ...base,
        rows: (code) => (code === table.code ? rows : base.rows(code)),
      };
      const items: TableRuleItem[] = [];
      for (const r of evaluateRules(relevant, live, { period: data.workspace, maxRowDetails: 1 })) {
        if (r.status !== 'fail' && r.status !== 'undecidable') continue;
        const name = relevant.find((c) => c.rule.id === r.ruleId)?.rule.name ?? r.ruleId;
        const text =
          r.status === 'undecidable'
            ? (r.reason ?? r.message)
            : r.failingRowIds.length > 0
              ? `${r.message}（${r.failingRowIds.length} 行）`
              : r.message;
        items.push({ ruleId: r.ruleId, name, status: r.status, importance: r.importance, text });
      }
      extras.setState((s) => ({ tableRules: items, version: s.version + 1 }));
    }, SETTLE_MS);
    return () => clearTimeout(timer);
  }, [ready, base, rows, relevant, data, table.code, extras]);
}
