/**
 * Opens the grid at the cell a checklist item points to: once the slice's rows are loaded, the row is
 * found by id (wherever sorting or filtering put it) and the cell selected and scrolled into view.
 */
import { useEffect } from 'react';
import { useStore } from 'zustand';
import { useSession } from '../../app/session-store';
import type { GridStore } from './grid-store';
import { jumpToIssue } from './IssuePanel';

export function useCellFocus(store: GridStore, departmentCode: string): void {
  const focus = useSession((s) => s.focus);
  const status = useStore(store.api, (s) => s.status);
  useEffect(() => {
    if (focus === null || status !== 'ready' || focus.departmentCode !== departmentCode) return;
    const s = store.api.getState();
    const storedIndex = s.rows.findIndex((r) => r.id === focus.rowId);
    const fieldKey = focus.fieldKey ?? s.table.fields[0]?.key ?? '';
    if (storedIndex >= 0) jumpToIssue(store, { storedIndex, fieldKey });
    useSession.getState().clearFocus();
  }, [focus, status, store, departmentCode]);
}
