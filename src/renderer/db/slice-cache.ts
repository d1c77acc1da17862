/**
 * What a writer remembers about the slices it writes, so a row edit is cheap:
 * - the row locator (row id → block number) of every slice it has seen, and
 * - the blocks themselves of the one slice it wrote or warmed last (the table open in the grid): an edit
 *   then rewrites its block without reading it first — reading a 1,000-row block back costs as much as
 *   writing it (15–40 ms on the 2-core test machine).
 *
 * Persisting the locator in the slice record would add ~4 MB to every 100k-row commit and to every read
 * of the slice summaries, so instead entries are tagged with the slice's `stamp` (a fresh UUID on every
 * write). If the stored stamp differs — another writer (window, worker) changed the slice, or the writer
 * is new — the entry is rebuilt from the slice's blocks, once. Entries change only after a transaction
 * commits, so an aborted write cannot leave a wrong map or block behind. Cached blocks are never mutated:
 * a write copies the blocks it changes and the cache takes the copies after the commit.
 */
import { sliceKeyString, type SliceKey } from '../../shared/records/record-types';
import type { BlockRecord } from './schema';

export type BlockMap = Map<string, number>;

export interface SliceEntry {
  readonly blockOf: BlockMap;
  /** Every block of the slice by block number, or null when only the locator is kept. */
  readonly blocks: Map<number, BlockRecord> | null;
}

export class RowLocatorCache {
  private readonly entries = new Map<string, { stamp: string; entry: SliceEntry }>();

  get(key: SliceKey, stamp: string): SliceEntry | undefined {
    const e = this.entries.get(sliceKeyString(key));
    return e?.stamp === stamp ? e.entry : undefined;
  }

  /** Keeps `entry` for `stamp`; blocks are kept for this slice only (bounded memory: one open table). */
  set(key: SliceKey, stamp: string, entry: SliceEntry): void {
    const k = sliceKeyString(key);
    if (entry.blocks) {
      for (const [other, e] of this.entries) {
        if (other !== k && e.entry.blocks)
          this.entries.set(other, { stamp: e.stamp, entry: { blockOf: e.entry.blockOf, blocks: null } });
      }
    }
    this.entries.set(k, { stamp, entry });
  }

  dropWorkspace(workspaceId: string): void {
    for (const k of this.entries.keys()) if (k.startsWith(`${workspaceId}|`)) this.entries.delete(k);
  }
}

/** The locator and block map of complete block records (all of one slice). */
export function sliceEntryOf(blocks: Iterable<BlockRecord>): SliceEntry {
  const blockOf: BlockMap = new Map();
  const byNo = new Map<number, BlockRecord>();
  for (const b of blocks) {
    byNo.set(b.blockNo, b);
    for (const r of b.rows) blockOf.set(r.id, b.blockNo);
  }
  return { blockOf, blocks: byNo };
}
