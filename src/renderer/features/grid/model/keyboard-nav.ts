/**
 * Excel's navigation keys as a pure reducer over the selection. `rows` counts the blank row shown
 * after the data (typing there adds a row), so it is one more than the data rows.
 */
import {
  cellSelection,
  clampCell,
  extendTo,
  isSingleCell,
  movingCorner,
  type Cell,
  type Selection,
} from './selection';

export type NavKey =
  | 'ArrowUp'
  | 'ArrowDown'
  | 'ArrowLeft'
  | 'ArrowRight'
  | 'Home'
  | 'End'
  | 'PageUp'
  | 'PageDown'
  | 'Tab'
  | 'Enter';

export const NAV_KEYS: ReadonlySet<string> = new Set<NavKey>([
  'ArrowUp',
  'ArrowDown',
  'ArrowLeft',
  'ArrowRight',
  'Home',
  'End',
  'PageUp',
  'PageDown',
  'Tab',
  'Enter',
]);

export interface NavMods {
  readonly shift: boolean;
  readonly ctrl: boolean;
}

export interface NavContext {
  readonly cols: number;
  /** Data rows plus the trailing blank row. */
  readonly rows: number;
  /** Rows visible in one screen, for Page Up/Down. */
  readonly pageRows: number;
  /** Whether a cell is empty, for Ctrl+arrow jumps to the edge of the data. */
  readonly isBlank: (col: number, row: number) => boolean;
}

const DELTA: Record<'ArrowUp' | 'ArrowDown' | 'ArrowLeft' | 'ArrowRight', Cell> = {
  ArrowUp: { col: 0, row: -1 },
  ArrowDown: { col: 0, row: 1 },
  ArrowLeft: { col: -1, row: 0 },
  ArrowRight: { col: 1, row: 0 },
};

/**
 * Excel's Ctrl+arrow: from a filled cell whose neighbour is filled, go to the last filled cell of the run;
 * otherwise go to the next filled cell; if there is none, to the edge.
 */
export function jump(from: Cell, d: Cell, ctx: NavContext): Cell {
  const lastRow = Math.max(0, ctx.rows - 2);
  const inside = (c: Cell) => c.col >= 0 && c.col < ctx.cols && c.row >= 0 && c.row <= lastRow;
  const step = (c: Cell): Cell => ({ col: c.col + d.col, row: c.row + d.row });
  const filled = (c: Cell) => !ctx.isBlank(c.col, c.row);
  let cur = from;
  let next = step(cur);
  if (!inside(next)) return clampCell(cur, ctx.cols, lastRow + 1);
  if (filled(cur) && filled(next)) {
    while (inside(next) && filled(next)) {
      cur = next;
      next = step(cur);
    }
    return cur;
  }
  while (inside(next)) {
    cur = next;
    if (filled(cur)) return cur;
    next = step(cur);
  }
  return cur;
}

function target(from: Cell, key: NavKey, mods: NavMods, ctx: NavContext): Cell {
  const lastDataRow = Math.max(0, ctx.rows - 2);
  switch (key) {
    case 'ArrowUp':
    case 'ArrowDown':
    case 'ArrowLeft':
    case 'ArrowRight':
      return mods.ctrl
        ? jump(from, DELTA[key], ctx)
        : { col: from.col + DELTA[key].col, row: from.row + DELTA[key].row };
    case 'Home':
      return mods.ctrl ? { col: 0, row: 0 } : { col: 0, row: from.row };
    case 'End':
      return mods.ctrl ? { col: ctx.cols - 1, row: lastDataRow } : { col: ctx.cols - 1, row: from.row };
    case 'PageUp':
      return { col: from.col, row: from.row - ctx.pageRows };
    case 'PageDown':
      return { col: from.col, row: from.row + ctx.pageRows };
    case 'Tab':
      return { col: from.col + (mods.shift ? -1 : 1), row: from.row };
    case 'Enter':
      return { col: from.col, row: from.row + (mods.shift ? -1 : 1) };
  }
}

/** Tab/Enter inside a multi-cell range move the active cell through the range and keep it (Excel). */
function cycleInRange(s: Selection, key: 'Tab' | 'Enter', back: boolean): Selection {
  const { c0, r0, c1, r1 } = s.range;
  let { col, row } = s.active;
  const w = c1 - c0 + 1;
  const h = r1 - r0 + 1;
  if (key === 'Tab') {
    let i = (row - r0) * w + (col - c0) + (back ? -1 : 1);
    i = (i + w * h) % (w * h);
    col = c0 + (i % w);
    row = r0 + Math.floor(i / w);
  } else {
    let i = (col - c0) * h + (row - r0) + (back ? -1 : 1);
    i = (i + w * h) % (w * h);
    row = r0 + (i % h);
    col = c0 + Math.floor(i / h);
  }
  return { active: { col, row }, range: s.range };
}

/** The selection after a navigation key. */
export function navigate(s: Selection, key: NavKey, mods: NavMods, ctx: NavContext): Selection {
  if ((key === 'Tab' || key === 'Enter') && !isSingleCell(s.range)) return cycleInRange(s, key, mods.shift);
  if (mods.shift && key !== 'Tab' && key !== 'Enter') {
    const to = clampCell(
      target(movingCorner(s), key, { shift: true, ctrl: mods.ctrl }, ctx),
      ctx.cols,
      ctx.rows,
    );
    return extendTo(s, to);
  }
  const to = clampCell(target(s.active, key, mods, ctx), ctx.cols, ctx.rows);
  const next = cellSelection(to.col, to.row);
  if (key === 'Tab') return { ...next, tabOrigin: s.tabOrigin ?? s.active.col };
  if (key === 'Enter' && !mods.shift && s.tabOrigin !== undefined) {
    const back = clampCell({ col: s.tabOrigin, row: to.row }, ctx.cols, ctx.rows);
    return cellSelection(back.col, back.row);
  }
  return next;
}

/** Ctrl+A: every data row and column; the active cell stays. */
export function selectAll(s: Selection, ctx: NavContext): Selection {
  const lastRow = Math.max(0, ctx.rows - 2);
  return {
    active: clampCell(s.active, ctx.cols, lastRow + 1),
    range: { c0: 0, r0: 0, c1: ctx.cols - 1, r1: lastRow },
  };
}
