/**
 * Undo/redo over row changes. One user action (a typed cell, a paste, a fill, a row insert) is one
 * entry, so Ctrl+Z undoes a 10,000-row paste in one step, as in Excel.
 */
import { invertChanges, type RowChange } from './row-changes';

export interface UndoEntry {
  /** What the action was, for the toolbar tooltip (e.g. 粘贴 20 行). */
  readonly label: string;
  readonly changes: readonly RowChange[];
}

export interface UndoStack {
  readonly done: readonly UndoEntry[];
  readonly undone: readonly UndoEntry[];
}

/** Kept small enough that huge pastes cannot pile up unbounded memory over a long session. */
export const UNDO_LIMIT = 100;

export const EMPTY_UNDO: UndoStack = { done: [], undone: [] };

export function pushUndo(stack: UndoStack, entry: UndoEntry): UndoStack {
  const done = [...stack.done, entry];
  return { done: done.length > UNDO_LIMIT ? done.slice(done.length - UNDO_LIMIT) : done, undone: [] };
}

/** The changes that undo the last action (already inverted), and the stack after. */
export function takeUndo(stack: UndoStack): { stack: UndoStack; entry: UndoEntry } | null {
  const entry = stack.done.at(-1);
  if (!entry) return null;
  return {
    stack: { done: stack.done.slice(0, -1), undone: [...stack.undone, entry] },
    entry: { label: entry.label, changes: invertChanges(entry.changes) },
  };
}

/** The changes that redo the last undone action, and the stack after. */
export function takeRedo(stack: UndoStack): { stack: UndoStack; entry: UndoEntry } | null {
  const entry = stack.undone.at(-1);
  if (!entry) return null;
  return { stack: { done: [...stack.done, entry], undone: stack.undone.slice(0, -1) }, entry };
}
