/**
 * Reads the cells a table pass needs from each row's values object. A read by a key that changes
 * from one read to the next is a generic property lookup, several times a read by a fixed name; but
 * the rows of one table nearly always have the same keys in the same order (the same object shape),
 * and enumerating an object's own keys walks that shape directly. So the reader learns the key order
 * of the table's first row, and for each row enumerates its keys, checking each is the learned key at
 * that position (one identity comparison) and placing the cells it needs by position. A row with other
 * keys or another order is read key by key. When rows carry many more keys than the pass needs,
 * enumerating would cost more than looking the few up, and every row is read key by key.
 */
import type { CellValue } from '../records/record-types';

/** Enumerate while a row has at most this many keys per cell the pass needs (and a few more). */
const KEYS_PER_CELL = 2;
const SPARE_KEYS = 2;

export class CellReader {
  /** Learned key order, and the slot of each (-1: not needed). */
  private keys: string[] = [];
  private slotAt: number[] = [];
  /** Slots whose field the learned rows lack: undefined unless a row read by key set them. */
  private absent: number[] = [];
  private absentStale = false;
  private positional = false;

  /** `fields[slot]`: the key each cell slot holds. */
  constructor(private readonly fields: readonly string[]) {}

  /** Learns the key order of a table's rows from one of them (before a pass over them). */
  learn(sample: Readonly<Record<string, CellValue>> | undefined): void {
    const keys: string[] = [];
    if (sample !== undefined) for (const k in sample) keys.push(k);
    const nf = this.fields.length;
    this.positional = sample !== undefined && nf > 0 && keys.length <= KEYS_PER_CELL * nf + SPARE_KEYS;
    this.keys = keys;
    this.slotAt = keys.map((k) => this.fields.indexOf(k));
    this.absent = [];
    this.fields.forEach((f, s) => {
      if (!keys.includes(f)) this.absent.push(s);
    });
    this.absentStale = true;
  }

  /** Puts `values[fields[s]]` into `cells[s]` for every slot (undefined for an absent key). */
  read(values: Readonly<Record<string, CellValue>>, cells: (CellValue | undefined)[]): void {
    if (this.positional) {
      const { keys, slotAt } = this;
      let i = 0;
      for (const k in values) {
        if (k !== keys[i]) {
          i = -1;
          break;
        }
        const s = slotAt[i]!;
        if (s >= 0) cells[s] = values[k];
        i++;
      }
      if (i === keys.length) {
        if (this.absentStale) {
          for (const s of this.absent) cells[s] = undefined;
          this.absentStale = false;
        }
        return;
      }
    }
    const { fields } = this;
    for (let f = 0; f < fields.length; f++) cells[f] = values[fields[f]!];
    this.absentStale = true;
  }
}
