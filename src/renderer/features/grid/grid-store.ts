/**
 * The open table's state and the one place edits are applied and saved. Each user action becomes row
 * changes (model/row-changes.ts) that update memory, the issue index and the undo stack at once, then
 * are saved in order — one repository transaction per action, sent before the screen repaints, so a
 * paste is either wholly saved or not at all (a crash mid-paste leaves the table as before or as after).
 * If a write is refused, the rows are reloaded from storage so the screen never shows unsaved data.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { TableDef } from '../../../shared/catalog/catalog-types';
import {
  sliceKeyString,
  type RecordSource,
  type SliceKey,
  type StoredRow,
} from '../../../shared/records/record-types';
import { newRowId } from './model/row-ids';
import type { Actor, Repository, WriteOutcome } from '../../data/repository';
import { err } from '../../../shared/result';
import type { SliceFrozen } from '../../../shared/review/slice-freeze';
import type { Stamp } from './model/cell-writes';
import { gridColumns, type GridColumn } from './model/grid-columns';
import { computeView, NO_FILTER, patchView, type FilterSpec, type SortSpec } from './model/grid-view';
import { startIssues, stepIssues, updateIssues, type IssueIndex } from './model/issue-index';
import { applyChanges, savePlan, type RowChange } from './model/row-changes';
import { cellSelection, clampSelection, type Selection } from './model/selection';
import { EMPTY_UNDO, pushUndo, type UndoStack } from './model/undo-stack';
import { runWhenIdle } from './run-when-idle';
import { T } from './texts';

export interface EditState {
  readonly col: number;
  readonly row: number;
  /** 'enter': started by typing, arrows commit and move; 'edit': F2/double-click, arrows move the caret. */
  readonly mode: 'enter' | 'edit';
  /** Text the editor opens with (the cell's text for F2; '' when typing replaces the cell). */
  readonly initial: string;
}

export interface Notice {
  readonly kind: 'info' | 'warning' | 'error';
  readonly text: string;
  readonly id: number;
}

export interface GridState {
  readonly status: 'loading' | 'ready' | 'failed';
  readonly loadError: string | null;
  readonly table: TableDef;
  readonly columns: readonly GridColumn[];
  readonly rows: readonly StoredRow[];
  readonly view: readonly number[] | null;
  readonly sort: SortSpec | null;
  readonly filter: FilterSpec;
  readonly issues: IssueIndex;
  readonly selection: Selection;
  readonly editing: EditState | null;
  readonly undo: UndoStack;
  /** Writes queued or in flight. */
  readonly pendingWrites: number;
  readonly lastUpdated: { readonly at: string; readonly by: string } | null;
  /** Bumped on every data change, so the canvas knows to repaint. */
  readonly version: number;
  readonly notice: Notice | null;
  /** A cell to scroll into view and select (search, the error panel); the id makes repeats distinct. */
  readonly revealRequest: { readonly col: number; readonly row: number; readonly id: number } | null;
  /** Set when the slice is handed over, approved or locked: shown read-only, every edit refused. */
  readonly frozen: SliceFrozen | null;
}

export interface GridDeps {
  readonly repo: Repository;
  readonly table: TableDef;
  readonly slice: SliceKey;
  readonly actor: Actor;
  readonly lastUpdated: { readonly at: string; readonly by: string } | null;
  readonly now?: () => string;
  readonly newId?: () => string;
}

export interface GridStore {
  readonly api: StoreApi<GridState>;
  readonly deps: Required<GridDeps>;
  load(): Promise<void>;
  /** Applies one user action: memory, issues, undo (when `undoable`), then the ordered save. */
  apply(changes: readonly RowChange[], label: string, undoable?: boolean): void;
  stamp(src: RecordSource): Stamp;
  /** Resolves when every queued write has finished (tests, benches, closing the page). */
  flush(): Promise<void>;
  notify(kind: Notice['kind'], text: string): void;
  setView(sort: SortSpec | null, filter: FilterSpec): void;
  /** Selects a cell and scrolls it into view. */
  goTo(col: number, viewRow: number): void;
  /** Stops background work (the issue index's first pass); load() starts it again. */
  close(): void;
}

/** Tables up to this many rows are validated at once on open; larger ones in idle steps after the first paint. */
const SYNC_ISSUE_ROWS = 5_000;
const IDLE_STEP_ROWS = 200;
/** How long after the rows are loaded the writer is asked to ready the slice (after the first paint). */
const WARM_DELAY_MS = 300;

/** Undo stacks live for the whole session: leaving a table and coming back keeps Ctrl+Z. */
const sessionUndo = new Map<string, UndoStack>();

export function createGridStore(input: GridDeps): GridStore {
  const deps: Required<GridDeps> = {
    now: () => new Date().toISOString(),
    newId: newRowId,
    ...input,
  };
  const undoKey = sliceKeyString(deps.slice);
  const api = createStore<GridState>(() => ({
    status: 'loading',
    loadError: null,
    table: deps.table,
    columns: gridColumns(deps.table),
    rows: [],
    view: null,
    sort: null,
    filter: NO_FILTER,
    issues: startIssues(deps.table, []),
    selection: cellSelection(0, 0),
    editing: null,
    undo: sessionUndo.get(undoKey) ?? EMPTY_UNDO,
    pendingWrites: 0,
    lastUpdated: deps.lastUpdated,
    version: 0,
    notice: null,
    revealRequest: null,
    frozen: null,
  }));
  let queue: Promise<void> = Promise.resolve();
  let noticeId = 0;
  let issuePass = 0;

  const notify = (kind: Notice['kind'], text: string) =>
    api.setState({ notice: { kind, text, id: ++noticeId } });

  const rowsChanged = (rows: readonly StoredRow[], view: readonly number[] | null, s: GridState) => {
    const length = (view ?? rows).length;
    return clampSelection(s.selection, s.columns.length, length + 1);
  };

  const indexInBackground = (issues: IssueIndex) => {
    const pass = ++issuePass;
    runWhenIdle(
      () => {
        if (!stepIssues(issues, IDLE_STEP_ROWS)) return false;
        api.setState((s) => ({ version: s.version + 1 }));
        return true;
      },
      () => pass === issuePass && api.getState().issues === issues,
    );
  };

  const load = async () => {
    try {
      const [rows, freeze] = await Promise.all([
        deps.repo.loadTableRows(deps.slice),
        deps.repo.loadSliceFreeze(deps.slice),
      ]);
      const frozen = freeze.writable ? null : freeze;
      const s = api.getState();
      // Paint first: a large table's issues are indexed in idle steps (cells on screen validate on demand).
      const issues = startIssues(deps.table, rows);
      if (rows.length <= SYNC_ISSUE_ROWS || s.filter.onlyIssues) stepIssues(issues, Infinity);
      const view = computeView(rows, s.columns, s.sort, s.filter, (r) => issues.byRow.has(r.id));
      api.setState({
        status: 'ready',
        frozen,
        rows,
        issues,
        view,
        version: s.version + 1,
        selection: rowsChanged(rows, view, s),
      });
      if (!issues.ready) indexInBackground(issues);
      // After the first paint, the writer readies the slice so the first edit is as fast as the next.
      if (!frozen) setTimeout(() => void deps.repo.prepareEdits(deps.slice), WARM_DELAY_MS);
    } catch (e) {
      api.setState({ status: 'failed', loadError: e instanceof Error ? e.message : String(e) });
    }
  };

  /**
   * Sends the write to the repository at once — before the screen updates, so the storage worker saves
   * while React repaints — and handles the answers in order (the writer runs writes in arrival order).
   * Returns how many writes are now waiting, for the state update that shows "saving".
   */
  const save = (changes: readonly RowChange[], rowsAfter: readonly StoredRow[], stampAt: string) => {
    const plan = savePlan(changes, rowsAfter.length);
    const sent: Promise<WriteOutcome> = (
      plan.kind === 'edits'
        ? deps.repo.applyRowEdits(deps.slice, { upserts: plan.upserts, deletes: plan.deletes }, deps.actor)
        : deps.repo.commitSlice(deps.slice, rowsAfter, deps.actor, 'grid')
    ).catch((e: unknown) => err('write-failed', e instanceof Error ? e.message : String(e)));
    queue = queue.then(async () => {
      const r = await sent;
      if (r.ok) {
        api.setState((s) => ({
          pendingWrites: s.pendingWrites - 1,
          lastUpdated: { at: stampAt, by: deps.actor.name },
        }));
        return;
      }
      api.setState((s) => ({ pendingWrites: s.pendingWrites - 1 }));
      notify('error', T.saveFailed(r.error.message));
      await load();
    });
  };

  const apply = (changes: readonly RowChange[], label: string, undoable = true) => {
    if (changes.length === 0) return;
    const s = api.getState();
    // The writer would refuse it too; refusing here keeps the screen from showing an edit that never saves.
    if (s.frozen) {
      notify('warning', s.frozen.message);
      return;
    }
    const rows = applyChanges(s.rows, changes);
    save(changes, rows, changes.find((c) => c.after)?.after?.at ?? deps.now());
    const wasReady = s.issues.ready;
    updateIssues(s.issues, changes);
    if (wasReady && !s.issues.ready) indexInBackground(s.issues);
    const view = patchView(s.view, changes);
    const undo = undoable ? pushUndo(s.undo, { label, changes }) : s.undo;
    sessionUndo.set(undoKey, undo);
    api.setState({
      rows,
      view,
      undo,
      version: s.version + 1,
      selection: rowsChanged(rows, view, s),
      pendingWrites: s.pendingWrites + 1,
    });
  };

  const setView = (sort: SortSpec | null, filter: FilterSpec) => {
    const s = api.getState();
    if (filter.onlyIssues) stepIssues(s.issues, Infinity);
    const view = computeView(s.rows, s.columns, sort, filter, (r) => s.issues.byRow.has(r.id));
    api.setState({ sort, filter, view, version: s.version + 1, selection: rowsChanged(s.rows, view, s) });
  };

  return {
    api,
    deps,
    load,
    apply,
    stamp: (src) => ({ by: deps.actor.name, at: deps.now(), src }),
    flush: async () => {
      for (;;) {
        const q = queue;
        await q;
        if (q === queue) return;
      }
    },
    notify,
    setView,
    close: () => {
      issuePass++;
    },
    goTo: (col, row) =>
      api.setState({
        selection: cellSelection(col, row),
        editing: null,
        revealRequest: { col, row, id: ++noticeId },
      }),
  };
}
