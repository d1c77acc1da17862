/**
 * The edit lifecycle of the grid's one input element. The input is uncontrolled: while an IME composes,
 * React must never write its value, or the composition breaks. Its value is set only when an edit starts
 * from F2/double-click/Backspace and cleared when the edit ends.
 */
import { useCallback, type RefObject } from 'react';
import { commitText, textAt } from './grid-commands';
import type { GridStore } from './grid-store';
import type { NavKey } from './model/keyboard-nav';
import { T } from './texts';

export interface CellEdit {
  /** Starts editing the active cell; `keepValue` when the browser already typed into the input. */
  startEdit(mode: 'enter' | 'edit', initial: string, keepValue?: boolean): boolean;
  /** Saves the input's text (or `text`) to the edited cell; then moves like `nav` would. */
  commit(text?: string, nav?: { key: NavKey; shift: boolean }): void;
  cancel(): void;
}

export function useCellEdit(
  store: GridStore,
  inputRef: RefObject<HTMLTextAreaElement | null>,
  move: (key: NavKey, shift: boolean) => void,
): CellEdit {
  const api = store.api;

  const startEdit = useCallback(
    (mode: 'enter' | 'edit', initial: string, keepValue = false) => {
      const s = api.getState();
      const { col, row } = s.selection.active;
      const input = inputRef.current;
      if (s.frozen) {
        // Read-only: whatever the browser already typed into the input is dropped too.
        store.notify('warning', s.frozen.message);
        if (input) input.value = '';
        return false;
      }
      if (s.columns[col]?.kind !== 'field') {
        store.notify('warning', T.readOnlyColumn);
        if (input && !keepValue) input.value = '';
        return false;
      }
      api.setState({ editing: { col, row, mode, initial: keepValue ? '' : initial } });
      if (input && !keepValue) {
        input.value = initial;
        input.setSelectionRange(initial.length, initial.length);
      }
      return true;
    },
    [api, inputRef, store],
  );

  const finish = useCallback(() => {
    api.setState({ editing: null });
    if (inputRef.current) inputRef.current.value = '';
  }, [api, inputRef]);

  const commit = useCallback(
    (text?: string, nav?: { key: NavKey; shift: boolean }) => {
      const e = api.getState().editing;
      if (!e) return;
      const value = text ?? inputRef.current?.value ?? '';
      finish();
      // Re-saving the unchanged text of an F2 edit would restamp the row for nothing.
      if (!(e.mode === 'edit' && value === e.initial && value === textAt(store, e.row, e.col)))
        commitText(store, e.col, e.row, value);
      if (nav) move(nav.key, nav.shift);
    },
    [api, finish, inputRef, move, store],
  );

  return { startEdit, commit, cancel: finish };
}
