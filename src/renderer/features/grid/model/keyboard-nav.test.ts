import { describe, expect, it } from 'vitest';
import { navigate, selectAll, type NavContext } from './keyboard-nav';
import { cellSelection, extendTo, type Selection } from './selection';

// 4 columns × 10 data rows (+1 blank row); column 0 has data in rows 0–3 and 7.
const filled = new Set(['0,0', '0,1', '0,2', '0,3', '0,7']);
const ctx: NavContext = { cols: 4, rows: 11, pageRows: 5, isBlank: (c, r) => !filled.has(`${c},${r}`) };
const plain = { shift: false, ctrl: false };
const at = (s: Selection) => [s.active.col, s.active.row];

describe('navigate', () => {
  it('moves with arrows and stops at the edges', () => {
    expect(at(navigate(cellSelection(0, 0), 'ArrowUp', plain, ctx))).toEqual([0, 0]);
    expect(at(navigate(cellSelection(0, 0), 'ArrowRight', plain, ctx))).toEqual([1, 0]);
    expect(at(navigate(cellSelection(3, 0), 'ArrowRight', plain, ctx))).toEqual([3, 0]);
    expect(at(navigate(cellSelection(0, 9), 'ArrowDown', plain, ctx))).toEqual([0, 10]);
  });

  it('jumps like Excel with Ctrl+arrows: end of the run, next filled cell, then the edge', () => {
    const ctrl = { shift: false, ctrl: true };
    let s = navigate(cellSelection(0, 0), 'ArrowDown', ctrl, ctx);
    expect(at(s)).toEqual([0, 3]);
    s = navigate(s, 'ArrowDown', ctrl, ctx);
    expect(at(s)).toEqual([0, 7]);
    s = navigate(s, 'ArrowDown', ctrl, ctx);
    expect(at(s)).toEqual([0, 9]);
    expect(at(navigate(cellSelection(0, 0), 'ArrowRight', ctrl, ctx))).toEqual([3, 0]);
  });

  it('Home, End, Ctrl+Home, Ctrl+End, Page Up/Down', () => {
    expect(at(navigate(cellSelection(2, 5), 'Home', plain, ctx))).toEqual([0, 5]);
    expect(at(navigate(cellSelection(2, 5), 'End', plain, ctx))).toEqual([3, 5]);
    expect(at(navigate(cellSelection(2, 5), 'Home', { shift: false, ctrl: true }, ctx))).toEqual([0, 0]);
    expect(at(navigate(cellSelection(2, 5), 'End', { shift: false, ctrl: true }, ctx))).toEqual([3, 9]);
    expect(at(navigate(cellSelection(1, 1), 'PageDown', plain, ctx))).toEqual([1, 6]);
    expect(at(navigate(cellSelection(1, 1), 'PageUp', plain, ctx))).toEqual([1, 0]);
  });

  it('extends from the active cell with Shift, which stays put', () => {
    const shift = { shift: true, ctrl: false };
    let s = navigate(cellSelection(1, 1), 'ArrowDown', shift, ctx);
    s = navigate(s, 'ArrowRight', shift, ctx);
    expect(s.active).toEqual({ col: 1, row: 1 });
    expect(s.range).toEqual({ c0: 1, r0: 1, c1: 2, r1: 2 });
    s = navigate(s, 'ArrowUp', shift, ctx);
    s = navigate(s, 'ArrowUp', shift, ctx);
    expect(s.range).toEqual({ c0: 1, r0: 0, c1: 2, r1: 1 });
  });

  it('Tab then Enter returns to the column where tabbing began, on the next row', () => {
    let s = navigate(cellSelection(1, 2), 'Tab', plain, ctx);
    s = navigate(s, 'Tab', plain, ctx);
    expect(at(s)).toEqual([3, 2]);
    s = navigate(s, 'Enter', plain, ctx);
    expect(at(s)).toEqual([1, 3]);
    expect(at(navigate(cellSelection(1, 2), 'Tab', { shift: true, ctrl: false }, ctx))).toEqual([0, 2]);
    expect(at(navigate(cellSelection(1, 2), 'Enter', { shift: true, ctrl: false }, ctx))).toEqual([1, 1]);
  });

  it('Enter and Tab cycle inside a selected range without losing it', () => {
    const s0 = extendTo(cellSelection(0, 0), { col: 1, row: 1 });
    const s1 = navigate(s0, 'Enter', plain, ctx);
    expect(at(s1)).toEqual([0, 1]);
    expect(s1.range).toEqual(s0.range);
    expect(at(navigate(s1, 'Enter', plain, ctx))).toEqual([1, 0]);
    expect(at(navigate(s0, 'Tab', plain, ctx))).toEqual([1, 0]);
  });

  it('Ctrl+A selects every data row and column and keeps the active cell', () => {
    const s = selectAll(cellSelection(2, 3), ctx);
    expect(s.range).toEqual({ c0: 0, r0: 0, c1: 3, r1: 9 });
    expect(at(s)).toEqual([2, 3]);
  });
});
