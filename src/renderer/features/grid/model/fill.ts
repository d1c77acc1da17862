/**
 * Fill down (Ctrl+D) and the fill handle. Both copy stored values — kept error text included, so an
 * error is copied as the same visible error rather than turned into something else.
 */
import type { CellValue } from '../../../../shared/records/record-types';
import type { CellWrite } from './cell-writes';
import type { Range } from './selection';

export type ValueAt = (viewRow: number, col: number) => CellValue;

/** Ctrl+D: the top row of the range into the rows below it; a one-row range takes the row above (Excel). */
export function fillDownWrites(range: Range, valueAt: ValueAt): CellWrite[] {
  const writes: CellWrite[] = [];
  const single = range.r0 === range.r1;
  const source = single ? range.r0 - 1 : range.r0;
  if (source < 0) return writes;
  const first = single ? range.r0 : range.r0 + 1;
  for (let col = range.c0; col <= range.c1; col++) {
    const value = valueAt(source, col);
    for (let row = first; row <= range.r1; row++) writes.push({ viewRow: row, col, value });
  }
  return writes;
}

/** The fill handle: `source` repeated over `dest` (which may include it), in both directions. */
export function fillPatternWrites(source: Range, dest: Range, valueAt: ValueAt): CellWrite[] {
  const sw = source.c1 - source.c0 + 1;
  const sh = source.r1 - source.r0 + 1;
  const mod = (n: number, m: number) => ((n % m) + m) % m;
  const writes: CellWrite[] = [];
  for (let row = dest.r0; row <= dest.r1; row++) {
    for (let col = dest.c0; col <= dest.c1; col++) {
      const inSource = row >= source.r0 && row <= source.r1 && col >= source.c0 && col <= source.c1;
      if (inSource) continue;
      const value = valueAt(source.r0 + mod(row - source.r0, sh), source.c0 + mod(col - source.c0, sw));
      writes.push({ viewRow: row, col, value });
    }
  }
  return writes;
}

/** Delete: every cell of the range becomes empty. */
export function clearWrites(range: Range): CellWrite[] {
  const writes: CellWrite[] = [];
  for (let row = range.r0; row <= range.r1; row++)
    for (let col = range.c0; col <= range.c1; col++) writes.push({ viewRow: row, col, value: null });
  return writes;
}
