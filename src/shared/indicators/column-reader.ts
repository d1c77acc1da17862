/**
 * Reads the cells a table pass needs into columns, one column per field, in one walk over the rows.
 *
 * Why the reading code is written out several times: a property read by a key held in a variable
 * (`values[key]`) costs what its call site has seen. A site that has only ever seen one key on rows of
 * one shape is as fast as `values.name` written by hand; a site that has seen many keys (one shared
 * reading loop serving every table and field) falls back to a generic lookup, several times slower.
 * The rules forbid generating code at run time (the page's CSP refuses `new Function`), so the
 * distinct sites are written out here: a small pool of identical readers, each with its own eight
 * sites. A field list (a table's fields, in the pass's slot order) takes the next free reader for
 * the life of the page and is always read by it, so each site keeps seeing one key. Lists of more
 * than eight fields, tables of a few rows (form tables) and lists past the pool's end are read by the
 * generic cell reader, which gives the same cells, only slower (column-reader.test.ts checks both
 * paths on random rows).
 */
import type { CellValue, StoredRow } from '../records/record-types';
import { CellReader } from './cell-reader';

type Cell = CellValue | undefined;
type Column = Cell[];
type Keys8 = readonly [string, string, string, string, string, string, string, string];
type Cols8 = readonly [Column, Column, Column, Column, Column, Column, Column, Column];
/** Reads keys k[0..m-1] of each row into c[0..m-1]. */
type RowReader = (rows: readonly StoredRow[], m: number, k: Keys8, c: Cols8) => void;

/** Fields one reader holds. */
export const READER_WIDTH = 8;
/** Tables with fewer rows are read generically: their speed does not matter, the pool's does. */
export const POOLED_MIN_ROWS = 64;

/* The pool. Each reader is a separate function on purpose (see the module comment): do not merge them. */
const POOL: readonly RowReader[] = [
  (rows, m, [k0, k1, k2, k3, k4, k5, k6, k7], [c0, c1, c2, c3, c4, c5, c6, c7]) => {
    for (let i = 0; i < rows.length; i++) {
      const v = rows[i]!.values;
      c0[i] = v[k0];
      if (m > 1) c1[i] = v[k1];
      if (m > 2) c2[i] = v[k2];
      if (m > 3) c3[i] = v[k3];
      if (m > 4) c4[i] = v[k4];
      if (m > 5) c5[i] = v[k5];
      if (m > 6) c6[i] = v[k6];
      if (m > 7) c7[i] = v[k7];
    }
  },
  (rows, m, [k0, k1, k2, k3, k4, k5, k6, k7], [c0, c1, c2, c3, c4, c5, c6, c7]) => {
    for (let i = 0; i < rows.length; i++) {
      const v = rows[i]!.values;
      c0[i] = v[k0];
      if (m > 1) c1[i] = v[k1];
      if (m > 2) c2[i] = v[k2];
      if (m > 3) c3[i] = v[k3];
      if (m > 4) c4[i] = v[k4];
      if (m > 5) c5[i] = v[k5];
      if (m > 6) c6[i] = v[k6];
      if (m > 7) c7[i] = v[k7];
    }
  },
  (rows, m, [k0, k1, k2, k3, k4, k5, k6, k7], [c0, c1, c2, c3, c4, c5, c6, c7]) => {
    for (let i = 0; i < rows.length; i++) {
      const v = rows[i]!.values;
      c0[i] = v[k0];
      if (m > 1) c1[i] = v[k1];
      if (m > 2) c2[i] = v[k2];
      if (m > 3) c3[i] = v[k3];
      if (m > 4) c4[i] = v[k4];
      if (m > 5) c5[i] = v[k5];
      if (m > 6) c6[i] = v[k6];
      if (m > 7) c7[i] = v[k7];
    }
  },
  (rows, m, [k0, k1, k2, k3, k4, k5, k6, k7], [c0, c1, c2, c3, c4, c5, c6, c7]) => {
    for (let i = 0; i < rows.length; i++) {
      const v = rows[i]!.values;
      c0[i] = v[k0];
      if (m > 1) c1[i] = v[k1];
      if (m > 2) c2[i] = v[k2];
      if (m > 3) c3[i] = v[k3];
      if (m > 4) c4[i] = v[k4];
      if (m > 5) c5[i] = v[k5];
      if (m > 6) c6[i] = v[k6];
      if (m > 7) c7[i] = v[k7];
    }
  },
  (rows, m, [k0, k1, k2, k3, k4, k5, k6, k7], [c0, c1, c2, c3, c4, c5, c6, c7]) => {
    for (let i = 0; i < rows.length; i++) {
      const v = rows[i]!.values;
      c0[i] = v[k0];
      if (m > 1) c1[i] = v[k1];
      if (m > 2) c2[i] = v[k2];
      if (m > 3) c3[i] = v[k3];
      if (m > 4) c4[i] = v[k4];
      if (m > 5) c5[i] = v[k5];
      if (m > 6) c6[i] = v[k6];
      if (m > 7) c7[i] = v[k7];
    }
  },
  (rows, m, [k0, k1, k2, k3, k4, k5, k6, k7], [c0, c1, c2, c3, c4, c5, c6, c7]) => {
    for (let i = 0; i < rows.length; i++) {
      const v = rows[i]!.values;
      c0[i] = v[k0];
      if (m > 1) c1[i] = v[k1];
      if (m > 2) c2[i] = v[k2];
      if (m > 3) c3[i] = v[k3];
      if (m > 4) c4[i] = v[k4];
      if (m > 5) c5[i] = v[k5];
      if (m > 6) c6[i] = v[k6];
      if (m > 7) c7[i] = v[k7];
    }
  },
  (rows, m, [k0, k1, k2, k3, k4, k5, k6, k7], [c0, c1, c2, c3, c4, c5, c6, c7]) => {
    for (let i = 0; i < rows.length; i++) {
      const v = rows[i]!.values;
      c0[i] = v[k0];
      if (m > 1) c1[i] = v[k1];
      if (m > 2) c2[i] = v[k2];
      if (m > 3) c3[i] = v[k3];
      if (m > 4) c4[i] = v[k4];
      if (m > 5) c5[i] = v[k5];
      if (m > 6) c6[i] = v[k6];
      if (m > 7) c7[i] = v[k7];
    }
  },
  (rows, m, [k0, k1, k2, k3, k4, k5, k6, k7], [c0, c1, c2, c3, c4, c5, c6, c7]) => {
    for (let i = 0; i < rows.length; i++) {
      const v = rows[i]!.values;
      c0[i] = v[k0];
      if (m > 1) c1[i] = v[k1];
      if (m > 2) c2[i] = v[k2];
      if (m > 3) c3[i] = v[k3];
      if (m > 4) c4[i] = v[k4];
      if (m > 5) c5[i] = v[k5];
      if (m > 6) c6[i] = v[k6];
      if (m > 7) c7[i] = v[k7];
    }
  },
  (rows, m, [k0, k1, k2, k3, k4, k5, k6, k7], [c0, c1, c2, c3, c4, c5, c6, c7]) => {
    for (let i = 0; i < rows.length; i++) {
      const v = rows[i]!.values;
      c0[i] = v[k0];
      if (m > 1) c1[i] = v[k1];
      if (m > 2) c2[i] = v[k2];
      if (m > 3) c3[i] = v[k3];
      if (m > 4) c4[i] = v[k4];
      if (m > 5) c5[i] = v[k5];
      if (m > 6) c6[i] = v[k6];
      if (m > 7) c7[i] = v[k7];
    }
  },
  (rows, m, [k0, k1, k2, k3, k4, k5, k6, k7], [c0, c1, c2, c3, c4, c5, c6, c7]) => {
    for (let i = 0; i < rows.length; i++) {
      const v = rows[i]!.values;
      c0[i] = v[k0];
      if (m > 1) c1[i] = v[k1];
      if (m > 2) c2[i] = v[k2];
      if (m > 3) c3[i] = v[k3];
      if (m > 4) c4[i] = v[k4];
      if (m > 5) c5[i] = v[k5];
      if (m > 6) c6[i] = v[k6];
      if (m > 7) c7[i] = v[k7];
    }
  },
  (rows, m, [k0, k1, k2, k3, k4, k5, k6, k7], [c0, c1, c2, c3, c4, c5, c6, c7]) => {
    for (let i = 0; i < rows.length; i++) {
      const v = rows[i]!.values;
      c0[i] = v[k0];
      if (m > 1) c1[i] = v[k1];
      if (m > 2) c2[i] = v[k2];
      if (m > 3) c3[i] = v[k3];
      if (m > 4) c4[i] = v[k4];
      if (m > 5) c5[i] = v[k5];
      if (m > 6) c6[i] = v[k6];
      if (m > 7) c7[i] = v[k7];
    }
  },
  (rows, m, [k0, k1, k2, k3, k4, k5, k6, k7], [c0, c1, c2, c3, c4, c5, c6, c7]) => {
    for (let i = 0; i < rows.length; i++) {
      const v = rows[i]!.values;
      c0[i] = v[k0];
      if (m > 1) c1[i] = v[k1];
      if (m > 2) c2[i] = v[k2];
      if (m > 3) c3[i] = v[k3];
      if (m > 4) c4[i] = v[k4];
      if (m > 5) c5[i] = v[k5];
      if (m > 6) c6[i] = v[k6];
      if (m > 7) c7[i] = v[k7];
    }
  },
];

/** Pads the unused keys with one no row holds (never read: m stops before them). */
const UNUSED_KEY = '\u0000';

/** Which reader each field list took (by the list, so equal lists share one reader and its sites). */
const taken = new Map<string, number>();

function readerFor(fields: readonly string[]): RowReader | null {
  if (fields.length === 0 || fields.length > READER_WIDTH) return null;
  const sig = fields.join('\u0001');
  let at = taken.get(sig);
  if (at === undefined) {
    if (taken.size >= POOL.length) return null;
    at = taken.size;
    taken.set(sig, at);
  }
  return POOL[at] ?? null;
}

/**
 * The columns of one pass, grown to the longest table read and reused: a pass reads and consumes its
 * columns within one synchronous fill, so every pass shares them (no allocation per evaluation).
 */
const scratch: Column[] = [];

function column(s: number, rows: number): Column {
  let col = scratch[s];
  if (col === undefined || col.length < rows) {
    col = new Array<Cell>(rows).fill(undefined);
    scratch[s] = col;
  }
  return col;
}

export class ColumnReader {
  private readonly keys: Keys8;
  private readonly cells: Cell[];
  /** The columns a generic read fills (the shared scratch columns, looked up again each read). */
  private readonly out: Column[] = [];

  /** `fields[slot]`: the key each column holds. */
  constructor(
    private readonly fields: readonly string[],
    private readonly generic: CellReader = new CellReader(fields),
  ) {
    const k = (i: number) => fields[i] ?? UNUSED_KEY;
    this.keys = [k(0), k(1), k(2), k(3), k(4), k(5), k(6), k(7)];
    this.cells = new Array<Cell>(fields.length).fill(undefined);
  }

  /**
   * Column s holds `rows[r].values[fields[s]]` at r (undefined for an absent key), for r below
   * rows.length; the columns are valid until the next read by any reader.
   */
  read(rows: readonly StoredRow[], pooled = true): readonly (readonly Cell[])[] {
    const { fields } = this;
    const m = fields.length;
    const n = rows.length;
    const reader = pooled && n >= POOLED_MIN_ROWS ? readerFor(fields) : null;
    if (reader !== null) {
      const c = (s: number) => column(s, s < m ? n : 0);
      reader(rows, m, this.keys, [c(0), c(1), c(2), c(3), c(4), c(5), c(6), c(7)]);
      return scratch;
    }
    const cols = this.out;
    for (let s = 0; s < m; s++) cols[s] = column(s, n);
    const { generic, cells } = this;
    generic.learn(rows[0]?.values);
    for (let r = 0; r < rows.length; r++) {
      generic.read(rows[r]!.values, cells);
      for (let s = 0; s < m; s++) cols[s]![r] = cells[s];
    }
    return cols;
  }
}
