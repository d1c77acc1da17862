/**
 * Excel's keys on a selected (not edited) cell. Keys arrive at the grid's input element, which keeps the
 * focus while cells are selected so that an IME composes there from the first keystroke (a canvas
 * cannot receive composition). Printable keys are not handled here: the browser types them into the
 * input and its `input` event starts editing with that character. Ctrl+C/X/V are left to the native
 * copy/cut/paste events, which carry the real clipboard (both TSV and HTML flavours).
 */
import type { KeyboardEvent } from 'react';
import { NAV_KEYS, navigate, selectAll, type NavContext, type NavKey } from './model/keyboard-nav';
import { viewLength } from './model/cell-writes';
import type { Cell, Selection } from './model/selection';
import type { GridStore } from './grid-store';
import { clearSelection, fillDown, redo, textAt, undo } from './grid-commands';
import type { FocusDirection } from '../../ui/focus-outside';

export interface KeyContext {
  readonly store: GridStore;
  readonly pageRows: number;
  startEdit(mode: 'enter' | 'edit', initial: string): void;
  reveal(cell: Cell): void;
  focusSearch(): void;
  /** Moves the focus out of the grid, to the control before (Shift+Tab, Escape) or after it (Tab). */
  leave(direction: FocusDirection): void;
}

export function navContext(store: GridStore, pageRows: number): NavContext {
  const s = store.api.getState();
  return {
    cols: s.columns.length,
    rows: viewLength(s.rows, s.view) + 1,
    pageRows: Math.max(1, pageRows),
    isBlank: (col, row) => textAt(store, row, col) === '',
  };
}

/** Moves the selection for a navigation key and scrolls the moved corner into view. */
export function moveSelection(
  ctx: Omit<KeyContext, 'startEdit' | 'leave'>,
  key: NavKey,
  shift: boolean,
  ctrl: boolean,
): void {
  const s = ctx.store.api.getState();
  const next: Selection = navigate(s.selection, key, { shift, ctrl }, navContext(ctx.store, ctx.pageRows));
  ctx.store.api.setState({ selection: next });
  const corner =
    shift && key !== 'Tab' && key !== 'Enter'
      ? {
          col: next.range.c0 === next.active.col ? next.range.c1 : next.range.c0,
          row: next.range.r0 === next.active.row ? next.range.r1 : next.range.r0,
        }
      : next.active;
  ctx.reveal(corner);
}

/** Handles a key on a selected cell; returns true when it was handled (default prevented). */
export function handleSelectionKey(e: KeyboardEvent<HTMLTextAreaElement>, ctx: KeyContext): boolean {
  // An IME is composing (or about to): the key belongs to it.
  if (e.nativeEvent.isComposing || e.keyCode === 229) return false;
  const ctrl = e.ctrlKey || e.metaKey;
  const { store } = ctx;
  // Tab past the last column (Shift+Tab before the first) of a single selected cell leaves the grid,
  // as it would leave any other form control.
  if (e.key === 'Tab' && !ctrl && !e.altKey && atRowEdge(store, e.shiftKey)) {
    e.preventDefault();
    ctx.leave(e.shiftKey ? 'back' : 'forward');
    return true;
  }
  if (NAV_KEYS.has(e.key) && !e.altKey) {
    e.preventDefault();
    moveSelection(ctx, e.key as NavKey, e.shiftKey, ctrl);
    return true;
  }
  if (ctrl && !e.altKey) {
    switch (e.key.toLowerCase()) {
      case 'z':
        e.preventDefault();
        if (e.shiftKey) redo(store);
        else undo(store);
        return true;
      case 'y':
        e.preventDefault();
        redo(store);
        return true;
      case 'd':
        e.preventDefault();
        fillDown(store);
        return true;
      case 'a':
        e.preventDefault();
        store.api.setState((s) => ({ selection: selectAll(s.selection, navContext(store, ctx.pageRows)) }));
        return true;
      case 'f':
        e.preventDefault();
        ctx.focusSearch();
        return true;
      default:
        // Ctrl+C/X/V become copy/cut/paste events; anything else must not type into the cell.
        if (!['c', 'x', 'v'].includes(e.key.toLowerCase())) e.preventDefault();
        return false;
    }
  }
  const active = store.api.getState().selection.active;
  switch (e.key) {
    case 'F2':
      e.preventDefault();
      ctx.startEdit('edit', textAt(store, active.row, active.col));
      return true;
    case 'ArrowDown':
      // Alt+↓ opens the option list of an enum cell, as in Excel's data validation lists.
      e.preventDefault();
      ctx.startEdit('edit', textAt(store, active.row, active.col));
      return true;
    case 'Delete':
      e.preventDefault();
      clearSelection(store);
      return true;
    case 'Backspace':
      e.preventDefault();
      ctx.startEdit('enter', '');
      return true;
    case 'Escape':
      // Escape first dismisses a notice; on a quiet grid it hands the focus back to the toolbar.
      e.preventDefault();
      if (store.api.getState().notice !== null) store.api.setState({ notice: null });
      else ctx.leave('back');
      return true;
    default:
      return false;
  }
}

function atRowEdge(store: GridStore, back: boolean): boolean {
  const { range, active } = store.api.getState().selection;
  const single = range.c0 === range.c1 && range.r0 === range.r1;
  return single && active.col === (back ? 0 : store.api.getState().columns.length - 1);
}
