/**
 * Keeps the grid's row-rule marks current: the rules feature's checker (useRowRuleIssues, ≤ 10 ms a
 * row) runs on every row once after the table opens — in chunks between frames — and afterwards only
 * on the rows an edit replaced. Rules that read other rows (aggregates, prev) re-check every row.
 * A failure reading a cell that already shows a type error is left out: the value was not understood.
 */
import { useEffect, useMemo, useRef } from 'react';
import { useStore } from 'zustand';
import type { StoredRow } from '../../../shared/records/record-types';
import { useWorkspaceRules } from '../../rules-runtime/use-compiled-rules';
import type { RowRuleIssue } from '../rules/row-rule-issues';
import { useRowRuleIssues } from '../rules/use-row-rule-issues';
import type { GridExtras } from './grid-extras';
import type { GridStore } from './grid-store';
import { cachedCheck, emptyRuleMarks, scanChunk, updateRuleMarks } from './rule-marks';

const CHUNK = 4000;

interface ScanState {
  cache: WeakMap<StoredRow, readonly RowRuleIssue[]>;
  rules: unknown;
  rows: readonly StoredRow[];
  /** The marks in the extras store cover `rows` entirely (the last full pass finished). */
  complete: boolean;
}

export function useRuleMarks(store: GridStore, extras: GridExtras): void {
  const table = useStore(store.api, (s) => s.table);
  const rows = useStore(store.api, (s) => s.rows);
  const ready = useStore(store.api, (s) => s.status === 'ready');
  const checker = useRowRuleIssues(table, rows);
  const { compiled } = useWorkspaceRules();
  const mine = useMemo(
    () => compiled.filter((c) => c.rule.enabled && c.rowTable === table.code),
    [compiled, table],
  );
  const names = useMemo(() => new Map(compiled.map((c) => [c.rule.id, c.rule.name])), [compiled]);
  const state = useRef<ScanState>({ cache: new WeakMap(), rules: null, rows: [], complete: false });

  useEffect(() => {
    if (!ready) return;
    const st = state.current;
    const rereadAll = mine.some((c) => c.aggregates.length > 0 || c.usesPrev);
    if (st.rules !== mine || rereadAll) {
      st.cache = new WeakMap();
      st.complete = st.complete && st.rules === mine;
      st.rules = mine;
    }
    // A cell the column cannot read (a type error, shown as such) is not judged again by a rule.
    const readable = (row: StoredRow) => {
      const found = checker.check(row);
      const typeIssues = store.api.getState().issues.byRow.get(row.id);
      return typeIssues
        ? found.filter((i) => !i.fieldKeys.some((k) => typeIssues.get(k)?.severity === 'error'))
        : found;
    };
    const check = (row: StoredRow) => cachedCheck(st.cache, readable, row);
    const before = st.rows;
    st.rows = rows;
    const publish = (ruleMarks = extras.getState().ruleMarks) =>
      extras.setState((s) => ({ ruleMarks, ruleNames: names, version: s.version + 1 }));
    if (mine.length === 0) {
      if (extras.getState().ruleMarks.byRow.size > 0) publish(emptyRuleMarks());
      st.complete = true;
      return;
    }
    if (st.complete && !rereadAll && updateRuleMarks(extras.getState().ruleMarks, before, rows, check)) {
      publish();
      return;
    }
    st.complete = false;
    const index = emptyRuleMarks();
    let at = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const step = () => {
      at = scanChunk(index, rows, at, at + CHUNK, check);
      if (at < rows.length) timer = setTimeout(step, 0);
      else {
        st.complete = true;
        publish(index);
      }
    };
    timer = setTimeout(step, 0);
    return () => clearTimeout(timer);
  }, [ready, rows, checker, mine, names, extras, store]);
}
