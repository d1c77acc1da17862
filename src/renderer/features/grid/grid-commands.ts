/**
 * The grid's commands (what keys, menus and toolbar buttons do), built on the pure model and the
 * store's apply(). Each command is one undo step.
 */
import type { CellValue, StoredRow } from '../../../shared/records/record-types';
import { parseHtmlTable } from '../../../shared/values/html-table';
import { parseTsv } from '../../../shared/values/tsv';
import { readCellInput } from './model/cell-input';
import { buildCellChanges, storedIndex, viewLength, type CellWrite, type Stamp } from './model/cell-writes';
import { clipboardFlavours, rangeCells } from './model/copy-out';
import { clearWrites, fillDownWrites, fillPatternWrites } from './model/fill';
import { cellText } from './model/grid-view';
import { planPaste } from './model/paste-plan';
import { deleteRowChanges, insertRowChanges } from './model/row-ops';
import { cellSelection, type Range } from './model/selection';
import { takeRedo, takeUndo } from './model/undo-stack';
import type { RowChange } from './model/row-changes';
import type { GridStore } from './grid-store';
import { T } from './texts';

/** Larger pastes are refused with a message rather than freezing the page (10,000 × 20 fits). */
export const PASTE_CELL_LIMIT = 1_000_000;

function rowAt(store: GridStore, viewRow: number): StoredRow | undefined {
  const s = store.api.getState();
  return s.rows[storedIndex(s.view, viewRow)];
}

export function valueAt(store: GridStore, viewRow: number, col: number): CellValue {
  const column = store.api.getState().columns[col];
  if (column?.kind !== 'field') return null;
  return rowAt(store, viewRow)?.values[column.field.key] ?? null;
}

export function textAt(store: GridStore, viewRow: number, col: number): string {
  return cellText(store.api.getState().columns[col], rowAt(store, viewRow));
}

/** A frozen slice takes no writing command: the notice says why (the writer would refuse it as well). */
function refusedFrozen(store: GridStore): boolean {
  const f = store.api.getState().frozen;
  if (f) store.notify('warning', f.message);
  return f !== null;
}

function writeCells(
  store: GridStore,
  writes: readonly CellWrite[],
  stamp: Stamp,
  label: string,
): RowChange[] {
  const s = store.api.getState();
  const changes = buildCellChanges(
    { rows: s.rows, view: s.view, columns: s.columns, stamp, newId: store.deps.newId },
    writes,
  );
  store.apply(changes, label);
  return changes;
}

/** The editor's text committed to a cell (typed). */
export function commitText(store: GridStore, col: number, row: number, text: string): void {
  if (refusedFrozen(store)) return;
  const column = store.api.getState().columns[col];
  if (column?.kind !== 'field') {
    store.notify('warning', T.readOnlyColumn);
    return;
  }
  const { value } = readCellInput(column.field, text, 'typed');
  writeCells(store, [{ viewRow: row, col, value }], store.stamp('typed'), T.actions.typed);
}

/** Paste of clipboard flavours: text/plain (TSV) when present, else the HTML table (WPS, web pages). */
export function pasteClipboard(store: GridStore, text: string, html: string): void {
  if (refusedFrozen(store)) return;
  const matrix = text !== '' ? parseTsv(text) : html !== '' ? parseHtmlTable(html) : [];
  if (matrix.length === 0) return;
  const cells = matrix.length * Math.max(...matrix.map((r) => r.length));
  if (cells > PASTE_CELL_LIMIT) {
    store.notify('error', T.pasteTooBig(PASTE_CELL_LIMIT));
    return;
  }
  const s = store.api.getState();
  const plan = planPaste(matrix, s.selection.range, s.columns);
  writeCells(store, plan.writes, store.stamp('pasted'), T.actions.paste(plan.writes.length));
  const range: Range = {
    c0: s.selection.range.c0,
    r0: s.selection.range.r0,
    c1: Math.min(s.columns.length - 1, s.selection.range.c0 + plan.cols - 1),
    r1: s.selection.range.r0 + plan.rows - 1,
  };
  store.api.setState({
    selection: {
      active:
        s.selection.range.c0 === s.selection.active.col
          ? s.selection.active
          : { col: range.c0, row: range.r0 },
      range,
    },
  });
  store.notify(
    plan.errors > 0 ? 'warning' : 'info',
    T.pasted(plan.writes.length, plan.errors) +
      (plan.skippedColumns > 0 ? `；${T.pasteSkipped(plan.skippedColumns)}` : ''),
  );
}

/** The selection as clipboard flavours (the trailing blank row is not copied). */
export function copySelection(store: GridStore): { text: string; html: string } {
  const s = store.api.getState();
  const last = viewLength(s.rows, s.view) - 1;
  const range = { ...s.selection.range, r1: Math.min(s.selection.range.r1, last) };
  if (range.r1 < range.r0) return { text: '', html: '' };
  const cells = rangeCells(range, (r, c) => textAt(store, r, c));
  return clipboardFlavours(cells, (i) => {
    const column = s.columns[range.c0 + i];
    if (column?.kind !== 'field') return true;
    return !['integer', 'decimal', 'percent'].includes(column.field.type);
  });
}

export function clearSelection(store: GridStore, label: string = T.actions.clear): void {
  if (refusedFrozen(store)) return;
  const s = store.api.getState();
  const last = viewLength(s.rows, s.view) - 1;
  const range = { ...s.selection.range, r1: Math.min(s.selection.range.r1, last) };
  if (range.r1 < range.r0) return;
  writeCells(store, clearWrites(range), store.stamp('typed'), label);
}

export function fillDown(store: GridStore): void {
  if (refusedFrozen(store)) return;
  const s = store.api.getState();
  const writes = fillDownWrites(s.selection.range, (r, c) => valueAt(store, r, c));
  const changes = writeCells(store, writes, store.stamp('filled'), T.actions.fill);
  if (changes.length > 0) store.notify('info', T.filled(writes.length));
}

export function fillPattern(store: GridStore, source: Range, dest: Range): void {
  if (refusedFrozen(store)) return;
  const writes = fillPatternWrites(source, dest, (r, c) => valueAt(store, r, c));
  writeCells(store, writes, store.stamp('filled'), T.actions.fill);
  store.api.setState((s) => ({ selection: { active: s.selection.active, range: dest } }));
}

/** Blank rows above the selection's rows (as many as are selected); at the end from the blank row. */
export function insertRows(store: GridStore): void {
  if (refusedFrozen(store)) return;
  const s = store.api.getState();
  const count = s.selection.range.r1 - s.selection.range.r0 + 1;
  const length = viewLength(s.rows, s.view);
  const at = s.selection.range.r0 >= length ? s.rows.length : storedIndex(s.view, s.selection.range.r0);
  store.apply(insertRowChanges(at, count, store.stamp('typed'), store.deps.newId), T.actions.insert(count));
  store.notify('info', T.insertedRows(count));
}

export function deleteRows(store: GridStore): void {
  if (refusedFrozen(store)) return;
  const s = store.api.getState();
  const length = viewLength(s.rows, s.view);
  const indices: number[] = [];
  for (let r = s.selection.range.r0; r <= Math.min(s.selection.range.r1, length - 1); r++)
    indices.push(storedIndex(s.view, r));
  const changes = deleteRowChanges(s.rows, indices);
  if (changes.length === 0) return;
  store.apply(changes, T.actions.remove(changes.length));
  const row = Math.min(
    s.selection.range.r0,
    viewLength(store.api.getState().rows, store.api.getState().view),
  );
  store.api.setState({ selection: cellSelection(s.selection.active.col, row) });
  store.notify('info', T.deletedRows(changes.length));
}

/** Undo/redo write the restored rows as a new change by the current user (实时采集: who/when is now). */
function restamp(changes: readonly RowChange[], stamp: Stamp): RowChange[] {
  return changes.map((c) => (c.after ? { ...c, after: { ...c.after, by: stamp.by, at: stamp.at } } : c));
}

export function undo(store: GridStore): void {
  if (refusedFrozen(store)) return;
  const taken = takeUndo(store.api.getState().undo);
  if (!taken) {
    store.notify('info', T.nothingToUndo);
    return;
  }
  store.api.setState({ undo: taken.stack });
  store.apply(restamp(taken.entry.changes, store.stamp('typed')), taken.entry.label, false);
  store.notify('info', T.undone(taken.entry.label));
}

export function redo(store: GridStore): void {
  if (refusedFrozen(store)) return;
  const taken = takeRedo(store.api.getState().undo);
  if (!taken) {
    store.notify('info', T.nothingToRedo);
    return;
  }
  store.api.setState({ undo: taken.stack });
  store.apply(restamp(taken.entry.changes, store.stamp('typed')), taken.entry.label, false);
  store.notify('info', T.redone(taken.entry.label));
}
