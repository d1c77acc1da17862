/**
 * The entry grid: glide-data-grid draws and scrolls (canvas, 100k rows at 60 fps) and handles the mouse
 * (click, Shift+click, drag, row numbers, headers, fill handle); everything the keyboard does goes
 * through CellEditor's input element and the pure model, so glide's own editing and keys are off.
 */
import '@glideapps/glide-data-grid/dist/index.css';
import {
  DataEditor,
  type DataEditorRef,
  type GridCell,
  type Item,
  type Rectangle,
} from '@glideapps/glide-data-grid';
import {
  memo,
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type RefObject,
} from 'react';
import { useStore } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import { CellEditor, type CellBounds } from './CellEditor';
import { CellNote, type NoteAt } from './CellNote';
import { cellNotes } from './cell-notes';
import { GridChecks } from './GridChecks';
import { gridExtras } from './grid-extras';
import { AnchoredMenu, CELL_MENU, HEADER_MENU, HeaderTip, type MenuAt } from './GridMenus';
import { drawMarks, GRID_THEME, glideColumns, gridCell } from './grid-cells';
import {
  clearSelection,
  deleteRows,
  fillDown,
  fillPattern,
  insertRows,
  pasteClipboard,
} from './grid-commands';
import { moveSelection, type KeyContext } from './grid-keys';
import { focusOutside, type FocusDirection } from '../../ui/focus-outside';
import type { GridStore } from './grid-store';
import { fromGlideSelection, toGlideSelection } from './glide-selection';
import { storedIndex, viewLength } from './model/cell-writes';
import { frozenColumnCount } from './model/grid-columns';
import type { Cell } from './model/selection';
import { useAfterPaint } from './use-after-paint';
import { useCellEdit } from './use-cell-edit';
import { useInputFocus } from './use-input-focus';

const HEADER_HEIGHT = 36;
const ROW_HEIGHT = 30;
const BLANK_ROW_THEME = { bgCell: '#fafcff' };
/** Rows carried from last year and not yet confirmed (待核实): a pale amber, like the banner above. */
const CARRIED_ROW_THEME = { bgCell: '#fffbe6' };
const ROW_MARKERS = { kind: 'clickable-number', width: 56 } as const;
/**
 * Excel's fill handle: a square on the selection's bottom-right corner, drawn by glide only while it
 * draws the focus ring (the ring lies under CellEditor's frame). Centred on the corner with a white
 * outline, so the half outside the active cell's frame stays visible; glide hit-tests the same square.
 */
const FILL_HANDLE = { shape: 'square', size: 7, offsetX: 0, offsetY: 0, outline: 1 } as const;
const NO_KEYS = {
  copy: false,
  cut: false,
  paste: false,
  downFill: false,
  rightFill: false,
  clear: false,
  delete: false,
  search: false,
  selectAll: false,
  activateCell: false,
} as const;

function sameBounds(a: CellBounds | null, b: CellBounds | null): boolean {
  if (a === null || b === null) return a === b;
  return a.left === b.left && a.top === b.top && a.width === b.width && a.height === b.height;
}

export interface EntryGridProps {
  readonly store: GridStore;
  focusSearch(): void;
  focusColumnFilter(col: number): void;
}

/** The grid's size, read before glide mounts: glide then draws its first rows in that same commit, not after a ResizeObserver round trip. */
function useAreaSize(wrapRef: RefObject<HTMLDivElement | null>): readonly [number, number] | null {
  const [size, setSize] = useState<readonly [number, number] | null>(null);
  useLayoutEffect(() => {
    const r = wrapRef.current?.getBoundingClientRect();
    if (r) setSize([r.width, r.height]);
  }, [wrapRef]);
  return size;
}

/** Memoised: the toolbar mounting after the first paint, or the problem panel opening, must not re-render the canvas. */
export const EntryGrid = memo(function EntryGrid({ store, focusSearch, focusColumnFilter }: EntryGridProps) {
  // Only what the canvas shows: save state, notices and the undo stack must not re-render 100k-row glide.
  const s = useStore(
    store.api,
    useShallow((st) => ({
      rows: st.rows,
      view: st.view,
      issues: st.issues,
      version: st.version,
      columns: st.columns,
      sort: st.sort,
      table: st.table,
      selection: st.selection,
      editing: st.editing,
      revealRequest: st.revealRequest,
    })),
  );
  const gridRef = useRef<DataEditorRef | null>(null);
  const wrapRef = useRef<HTMLDivElement | null>(null);
  const inputRef = useRef<HTMLTextAreaElement | null>(null);
  const size = useAreaSize(wrapRef);
  // Rule marks, table rules and pinned comments start once the first rows are on screen.
  const painted = useAfterPaint(size !== null);
  // Rows a page key moves: the visible rows as glide last reported them. A ref, not state: the count
  // changes by one as a partial row scrolls in and out, and state would re-render the grid on those frames.
  const pageRows = useRef(20);
  const [scrollTick, setScrollTick] = useState(0);
  const [bounds, setBounds] = useState<CellBounds | null>(null);
  const [widths, setWidths] = useState<ReadonlyMap<number, number>>(new Map());
  const [headerMenu, setHeaderMenu] = useState<MenuAt | null>(null);
  const [cellMenu, setCellMenu] = useState<MenuAt | null>(null);
  const [tip, setTip] = useState<MenuAt | null>(null);
  const [hover, setHover] = useState<NoteAt | null>(null);
  const extras = gridExtras(store);
  // Rule marks and pinned comments: a new object only when the extras change (their maps mutate in place).
  const marks = useStore(
    extras,
    useShallow((x) => ({
      rules: x.ruleMarks.cells,
      comments: x.comments.cells,
      dropped: x.droppedNotes,
      version: x.version,
    })),
  );
  const marked = marks.rules.size > 0 || marks.comments.size > 0 || marks.dropped.size > 0;
  const length = viewLength(s.rows, s.view);
  const freeze = useMemo(() => frozenColumnCount(s.table), [s.table]);

  const reveal = useCallback((c: Cell) => {
    gridRef.current?.scrollTo(c.col, c.row);
  }, []);
  const move = useCallback(
    (key: Parameters<typeof moveSelection>[1], shift: boolean) =>
      moveSelection({ store, pageRows: pageRows.current, reveal, focusSearch }, key, shift, false),
    [store, reveal, focusSearch],
  );
  const edit = useCellEdit(store, inputRef, move);
  const leave = useCallback((direction: FocusDirection) => {
    if (wrapRef.current) focusOutside(wrapRef.current, direction);
  }, []);
  const keys: Omit<KeyContext, 'startEdit'> = {
    store,
    get pageRows() {
      return pageRows.current;
    },
    reveal,
    focusSearch,
    leave,
  };

  const focusInput = useInputFocus(inputRef);
  const revealRequest = s.revealRequest;
  useEffect(() => {
    if (!revealRequest) return;
    gridRef.current?.scrollTo(revealRequest.col, revealRequest.row, 'both', 0, 0, { vAlign: 'center' });
    focusInput();
  }, [revealRequest, focusInput]);

  // Where the input sits: over the active cell, hidden when that cell is scrolled under the header or the frozen columns.
  const { col: activeCol, row: activeRow } = s.selection.active;
  useLayoutEffect(() => {
    const b = gridRef.current?.getBounds(activeCol, activeRow);
    const wrap = wrapRef.current?.getBoundingClientRect();
    if (!b || !wrap) return setBounds(null);
    const frozenRight = activeCol >= freeze ? (gridRef.current?.getBounds(freeze - 1, activeRow) ?? b) : null;
    const hidden =
      b.y - wrap.top < HEADER_HEIGHT - 1 ||
      b.y + b.height > wrap.bottom ||
      (frozenRight !== null && b.x < frozenRight.x + frozenRight.width - 1) ||
      b.x + b.width > wrap.right;
    const next =
      hidden && !s.editing
        ? null
        : { left: b.x - wrap.left, top: b.y - wrap.top, width: b.width, height: b.height };
    // Unchanged bounds must not re-render the grid (this runs on every scrolled frame).
    setBounds((prev) => (sameBounds(prev, next) ? prev : next));
  }, [activeCol, activeRow, scrollTick, s.version, s.editing, widths, freeze, size]);

  const columns = useMemo(() => glideColumns(s.columns, s.sort, widths), [s.columns, s.sort, widths]);
  const { rows, view, issues, version } = s;
  const getCellContent = useCallback(
    ([col, row]: Item): GridCell => gridCell(s.columns[col], rows[storedIndex(view, row)], issues, marks),
    // version: the issue index is mutated in place, so a new version must give glide a new callback.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [rows, view, issues, version, s.columns, marks],
  );
  const boundsOf = useCallback((col: number, row: number): CellBounds | null => {
    const b = gridRef.current?.getBounds(col, row);
    const wrap = wrapRef.current?.getBoundingClientRect();
    return b && wrap
      ? { left: b.x - wrap.left, top: b.y - wrap.top, width: b.width, height: b.height }
      : null;
  }, []);
  const rowTheme = useCallback(
    (row: number) =>
      row === length
        ? BLANK_ROW_THEME
        : rows[storedIndex(view, row)]?.src === 'carried'
          ? CARRIED_ROW_THEME
          : undefined,
    [length, rows, view],
  );
  const gridSelection = useMemo(() => toGlideSelection(s.selection), [s.selection]);

  const onMenuPick = (key: string) => {
    const at = cellMenu;
    setCellMenu(null);
    focusInput();
    if (!at) return;
    if (key === 'copy' || key === 'cut') {
      inputRef.current?.focus();
      document.execCommand(key);
    } else if (key === 'paste') {
      void navigator.clipboard.readText().then(
        (text) => pasteClipboard(store, text, ''),
        () => undefined,
      );
    } else if (key === 'fill') fillDown(store);
    else if (key === 'clear') clearSelection(store);
    else if (key === 'insert') insertRows(store);
    else if (key === 'delete') deleteRows(store);
  };

  return (
    <div
      ref={wrapRef}
      data-testid="entry-grid"
      style={{ position: 'relative', height: '100%', width: '100%', overflow: 'visible' }}
      onFocusCapture={(e) => {
        // glide focuses its canvas on every click; the keyboard must stay with the input (IME, paste).
        const tag = (e.target as HTMLElement).tagName;
        if (tag !== 'TEXTAREA' && tag !== 'INPUT') focusInput();
      }}
    >
      {size && (
        <DataEditor
          ref={gridRef}
          initialSize={size}
          width="100%"
          height="100%"
          columns={columns}
          rows={length + 1}
          getCellContent={getCellContent}
          drawCell={marked ? drawMarks : undefined}
          getCellsForSelection={true}
          freezeColumns={freeze}
          rowMarkers={ROW_MARKERS}
          rowHeight={ROW_HEIGHT}
          headerHeight={HEADER_HEIGHT}
          theme={GRID_THEME}
          getRowThemeOverride={rowTheme}
          smoothScrollX
          smoothScrollY
          drawFocusRing
          editOnType={false}
          keybindings={NO_KEYS}
          onPaste={false}
          fillHandle={FILL_HANDLE}
          allowedFillDirections="vertical"
          cellActivationBehavior="double-click"
          scrollToActiveCell={false}
          gridSelection={gridSelection}
          onGridSelectionChange={(g) => {
            if (store.api.getState().editing) edit.commit();
            const next = fromGlideSelection(g, s.columns.length, length);
            if (next) store.api.setState({ selection: next });
            focusInput();
          }}
          onCellActivated={([col, row]) => {
            store.api.setState({
              selection: { active: { col, row }, range: { c0: col, r0: row, c1: col, r1: row } },
            });
            const text = gridCell(s.columns[col], rows[storedIndex(view, row)], issues);
            const initial = text.kind === 'text' ? text.data : '';
            edit.startEdit('edit', initial);
            inputRef.current?.focus();
          }}
          onFillPattern={(e) => {
            e.preventDefault();
            const src = e.patternSource;
            const dst = e.fillDestination;
            fillPattern(
              store,
              { c0: src.x, r0: src.y, c1: src.x + src.width - 1, r1: src.y + src.height - 1 },
              { c0: dst.x, r0: dst.y, c1: dst.x + dst.width - 1, r1: dst.y + dst.height - 1 },
            );
          }}
          onColumnResize={(_c, w, colIndex) => setWidths((m) => new Map(m).set(colIndex, w))}
          onVisibleRegionChanged={(r: Rectangle) => {
            pageRows.current = Math.max(1, r.height - 2);
            // Re-place the input (and a hovered note) only while they can be on screen: scrolling far from
            // the active row must not re-render the grid on every frame.
            if (
              bounds !== null ||
              hover !== null ||
              (activeRow >= r.y - 1 && activeRow <= r.y + r.height + 1)
            )
              setScrollTick((t) => t + 1);
          }}
          onHeaderMenuClick={(col, b) => setHeaderMenu({ col, x: b.x, y: b.y + b.height })}
          onItemHovered={(a) => {
            if (a.kind === 'header' && a.location[0] >= 0)
              setTip({ col: a.location[0], x: a.bounds.x, y: a.bounds.y + a.bounds.height + 4 });
            else setTip(null);
            const [col, row] = a.location;
            const noted =
              a.kind === 'cell' &&
              marked &&
              cellNotes(store.api.getState(), extras.getState(), col, row) !== null;
            setHover((h) => (noted ? (h?.col === col && h.row === row ? h : { col, row }) : null));
          }}
          onCellContextMenu={([col, row], e) => {
            e.preventDefault();
            const sel = store.api.getState().selection;
            const inside =
              col >= sel.range.c0 && col <= sel.range.c1 && row >= sel.range.r0 && row <= sel.range.r1;
            if (!inside)
              store.api.setState({
                selection: { active: { col, row }, range: { c0: col, r0: row, c1: col, r1: row } },
              });
            setCellMenu({ col, x: e.bounds.x + e.localEventX, y: e.bounds.y + e.localEventY });
          }}
        />
      )}
      <CellEditor store={store} inputRef={inputRef} bounds={bounds} edit={edit} keys={keys} />
      {painted && <GridChecks store={store} />}
      {!s.editing && (
        <CellNote
          store={store}
          hover={hover}
          boundsOf={boundsOf}
          areaWidth={() => wrapRef.current?.clientWidth ?? 0}
          tick={scrollTick}
        />
      )}
      {tip && s.columns[tip.col] && !headerMenu && (
        <HeaderTip column={s.columns[tip.col]!} x={tip.x} y={tip.y} />
      )}
      {headerMenu && (
        <AnchoredMenu
          at={headerMenu}
          items={HEADER_MENU}
          testId="header-menu"
          onClose={() => setHeaderMenu(null)}
          onPick={(key) => {
            setHeaderMenu(null);
            if (key === 'filter') return focusColumnFilter(headerMenu.col);
            store.setView(
              key === 'clear' ? null : { col: headerMenu.col, dir: key === 'asc' ? 'asc' : 'desc' },
              store.api.getState().filter,
            );
            focusInput();
          }}
        />
      )}
      {cellMenu && (
        <AnchoredMenu
          at={cellMenu}
          items={CELL_MENU}
          testId="cell-menu"
          onClose={() => setCellMenu(null)}
          onPick={onMenuPick}
        />
      )}
    </div>
  );
});
