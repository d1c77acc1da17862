/**
 * The grid's selection in view coordinates (rows as shown after sort/filter, columns as shown).
 * Like Excel, the active cell stays put while Shift extends the range: the range's far corner moves.
 */
export interface Cell {
  readonly col: number;
  readonly row: number;
}

/** Inclusive bounds. */
export interface Range {
  readonly c0: number;
  readonly r0: number;
  readonly c1: number;
  readonly r1: number;
}

export interface Selection {
  readonly active: Cell;
  readonly range: Range;
  /** Column where a run of Tab presses began: Enter then returns to it on the next row (Excel). */
  readonly tabOrigin?: number;
}

export function cellSelection(col: number, row: number): Selection {
  return { active: { col, row }, range: { c0: col, r0: row, c1: col, r1: row } };
}

export function rangeOf(a: Cell, b: Cell): Range {
  return {
    c0: Math.min(a.col, b.col),
    r0: Math.min(a.row, b.row),
    c1: Math.max(a.col, b.col),
    r1: Math.max(a.row, b.row),
  };
}

export function isSingleCell(r: Range): boolean {
  return r.c0 === r.c1 && r.r0 === r.r1;
}

export function rangeContains(r: Range, c: Cell): boolean {
  return c.col >= r.c0 && c.col <= r.c1 && c.row >= r.r0 && c.row <= r.r1;
}

/** The corner Shift+arrows move: the one opposite the active cell. */
export function movingCorner(s: Selection): Cell {
  return {
    col: s.range.c0 === s.active.col ? s.range.c1 : s.range.c0,
    row: s.range.r0 === s.active.row ? s.range.r1 : s.range.r0,
  };
}

/** Extends the range from the active cell to `to` (Shift+click, Shift+arrows). */
export function extendTo(s: Selection, to: Cell): Selection {
  return { active: s.active, range: rangeOf(s.active, to) };
}

export function clampCell(c: Cell, cols: number, rows: number): Cell {
  return { col: Math.max(0, Math.min(cols - 1, c.col)), row: Math.max(0, Math.min(rows - 1, c.row)) };
}

/** Keeps a selection inside the grid after rows were removed or the view changed. */
export function clampSelection(s: Selection, cols: number, rows: number): Selection {
  const active = clampCell(s.active, cols, rows);
  const a = clampCell({ col: s.range.c0, row: s.range.r0 }, cols, rows);
  const b = clampCell({ col: s.range.c1, row: s.range.r1 }, cols, rows);
  const range = rangeOf(a, b);
  if (!rangeContains(range, active)) return cellSelection(active.col, active.row);
  const same =
    active.col === s.active.col &&
    active.row === s.active.row &&
    range.c0 === s.range.c0 &&
    range.r0 === s.range.r0 &&
    range.c1 === s.range.c1 &&
    range.r1 === s.range.r1;
  return same ? s : { active, range };
}
