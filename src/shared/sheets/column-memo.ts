/**
 * The import's per-column memo of conversions (import-convert.ts); a conversion must be deterministic.
 * Distinct keys remembered per column. Columns repeat their values (options, 是/否, dates, years) and
 * the conversions are deterministic, so each distinct text is converted once; a column of unique texts
 * (names, ID numbers) stops being remembered at this size. (The grid's paste does the same.)
 */
export const MEMO_PER_COLUMN = 4096;
/**
 * A column whose first MEMO_PROBE texts found fewer than one in MEMO_MIN_HITS_OF already converted is
 * mostly unique texts: it stops being looked up at all (hashing each fresh text and missing cost more
 * than converting it).
 */
export const MEMO_PROBE = 256;
const MEMO_MIN_HITS_OF = 8;

/** Remembers each distinct key's conversion in one column, while that pays (see MEMO_PROBE). */
export class ColumnMemo<K, V> {
  private readonly map = new Map<K, V>();
  private lookups = 0;
  private hits = 0;
  private off = false;

  constructor(private readonly convert: (key: K) => V) {}

  get(key: K): V {
    if (this.off) return this.convert(key);
    let value = this.map.get(key);
    if (value !== undefined) this.hits++;
    else {
      value = this.convert(key);
      if (this.map.size < MEMO_PER_COLUMN) this.map.set(key, value);
    }
    if (++this.lookups === MEMO_PROBE && this.hits * MEMO_MIN_HITS_OF < this.lookups) {
      this.off = true;
      this.map.clear();
    }
    return value;
  }
}
