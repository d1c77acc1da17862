/**
 * Row writes of one slice (workspace × table × department), run inside the data writer's transaction.
 *
 * Row → block lookup: a row edit must know which block holds the row. Persisting that map in the slice
 * record would add ~4 MB to every 100k-row commit and to every read of the slice summaries, so instead
 * each writer keeps an in-memory map per slice, tagged with the slice's `stamp` (a fresh UUID on every
 * write). If the stored stamp differs — another writer (window, worker) changed the slice, or the writer
 * is new — the map is rebuilt from the slice's blocks inside the same transaction, once. Maps are
 * updated only after the transaction commits, so an aborted write cannot leave a wrong map behind.
 */
import type { AuditSummary } from '../../shared/audit/audit-chain';
import type { JsonValue } from '../../shared/canonical-json';
import { newUuid } from '../../shared/ids';
import {
  sliceKeyString,
  type CellValue,
  type SliceKey,
  type StoredRow,
} from '../../shared/records/record-types';
import { sliceBlocksRange, sliceKeyTuple } from './key-ranges';
import { BLOCK_SIZE, type BlockRecord, type SliceRecord, type StatusDb } from './schema';

/** Upsert rows by id (whole rows) and delete rows by id. */
export interface RowEdits {
  readonly upserts?: readonly StoredRow[];
  readonly deletes?: readonly string[];
}

/** Cell-level old/new values are written to the audit event when an edit changes at most this many cells. */
export const AUDIT_CELL_DETAIL_LIMIT = 20;

type BlockMap = Map<string, number>;

export class RowLocatorCache {
  private readonly maps = new Map<string, { stamp: string; blockOf: BlockMap }>();

  get(key: SliceKey, stamp: string): BlockMap | undefined {
    const e = this.maps.get(sliceKeyString(key));
    return e?.stamp === stamp ? e.blockOf : undefined;
  }
  set(key: SliceKey, stamp: string, blockOf: BlockMap): void {
    this.maps.set(sliceKeyString(key), { stamp, blockOf });
  }
  dropWorkspace(workspaceId: string): void {
    for (const k of this.maps.keys()) if (k.startsWith(`${workspaceId}|`)) this.maps.delete(k);
  }
}

export interface SliceWriteOutcome {
  readonly summary: AuditSummary;
  /** Runs after the transaction committed (updates the row locator). */
  readonly afterCommit: () => void;
}

function blocksOf(key: SliceKey, rows: readonly StoredRow[], firstBlockNo: number): BlockRecord[] {
  const blocks: BlockRecord[] = [];
  for (let i = 0, n = firstBlockNo; i < rows.length; i += BLOCK_SIZE, n++) {
    blocks.push({ ...sliceFields(key), blockNo: n, rows: rows.slice(i, i + BLOCK_SIZE) });
  }
  return blocks;
}

function blockKey(key: SliceKey, blockNo: number): [string, string, string, number] {
  return [key.workspaceId, key.tableCode, key.departmentCode, blockNo];
}

function sliceFields(key: SliceKey) {
  return { workspaceId: key.workspaceId, tableCode: key.tableCode, departmentCode: key.departmentCode };
}

/** Replaces all rows of a slice: blocks 0…n-1 are overwritten, older blocks beyond them deleted. */
export async function commitSliceInTx(
  db: StatusDb,
  cache: RowLocatorCache,
  key: SliceKey,
  rows: readonly StoredRow[],
  at: string,
  actor: string,
): Promise<SliceWriteOutcome> {
  const prev = await db.slices.get(sliceKeyTuple(key));
  const blocks = blocksOf(key, rows, 0);
  if (prev) {
    const [, hi] = sliceBlocksRange(key);
    await db.blocks
      .where(':id')
      .between([...sliceKeyTuple(key), blocks.length], hi)
      .delete();
  }
  await db.blocks.bulkPut(blocks);
  const stamp = newUuid();
  const slice: SliceRecord = {
    ...sliceFields(key),
    rowCount: rows.length,
    blockCount: blocks.length,
    nextBlockNo: blocks.length,
    stamp,
    updatedAt: at,
    updatedBy: actor,
  };
  await db.slices.put(slice);
  return {
    summary: {
      table: key.tableCode,
      department: key.departmentCode,
      rows: rows.length,
      previousRows: prev?.rowCount ?? 0,
      blocks: blocks.length,
    },
    afterCommit: () => {
      const blockOf: BlockMap = new Map();
      for (let i = 0; i < rows.length; i++)
        blockOf.set((rows[i] as StoredRow).id, Math.floor(i / BLOCK_SIZE));
      cache.set(key, stamp, blockOf);
    },
  };
}

/** A row id the edit refers to does not exist in the slice (someone replaced the slice meanwhile). */
export class MissingRowError extends Error {
  constructor(readonly rowId: string) {
    super(`row ${rowId} not in slice`);
  }
}

async function locate(db: StatusDb, cache: RowLocatorCache, key: SliceKey, slice: SliceRecord | undefined) {
  if (!slice) return new Map<string, number>();
  const cached = cache.get(key, slice.stamp);
  if (cached) return cached;
  const [lo, hi] = sliceBlocksRange(key);
  const blockOf: BlockMap = new Map();
  await db.blocks
    .where(':id')
    .between(lo, hi)
    .each((b) => {
      for (const r of b.rows) blockOf.set(r.id, b.blockNo);
    });
  cache.set(key, slice.stamp, blockOf);
  return blockOf;
}

/**
 * Builds the slice's row locator now (in a read transaction), so the first edit after a table is opened
 * does not read every block inside its write transaction (~0.5 s at 100k rows). A no-op when current.
 */
export async function warmLocator(db: StatusDb, cache: RowLocatorCache, key: SliceKey): Promise<void> {
  await db.transaction('r', [db.slices, db.blocks], async () => {
    await locate(db, cache, key, await db.slices.get(sliceKeyTuple(key)));
  });
}

/** Upserts/deletes rows by id, rewriting only the blocks that hold them (plus the last block for appends). */
export async function applyRowEditsInTx(
  db: StatusDb,
  cache: RowLocatorCache,
  key: SliceKey,
  edits: RowEdits,
  at: string,
  actor: string,
): Promise<SliceWriteOutcome> {
  const slice = await db.slices.get(sliceKeyTuple(key));
  const blockOf = await locate(db, cache, key, slice);
  const touched = new Map<number, BlockRecord>();
  const want = new Set<number>();
  const appended: StoredRow[] = [];
  for (const row of edits.upserts ?? []) {
    const b = blockOf.get(row.id);
    if (b === undefined) appended.push(row);
    else want.add(b);
  }
  for (const id of edits.deletes ?? []) {
    const b = blockOf.get(id);
    if (b === undefined) throw new MissingRowError(id);
    want.add(b);
  }
  const got = await db.blocks.bulkGet([...want].map((n) => blockKey(key, n)));
  for (const b of got) if (b) touched.set(b.blockNo, { ...b, rows: b.rows.slice() });

  const cells: JsonValue[] = [];
  let changedCells = 0;
  for (const row of edits.upserts ?? []) {
    const b = blockOf.get(row.id);
    if (b === undefined) continue;
    const rows = touched.get(b)?.rows;
    const i = rows ? rows.findIndex((r) => r.id === row.id) : -1;
    if (!rows || i < 0) throw new MissingRowError(row.id);
    changedCells += diffCells(rows[i] as StoredRow, row, cells);
    rows[i] = row;
  }
  const deleted = new Set(edits.deletes ?? []);
  for (const b of touched.values()) {
    if (deleted.size > 0) (b as { rows: StoredRow[] }).rows = b.rows.filter((r) => !deleted.has(r.id));
  }

  // Appends fill the last block, then open new ones.
  let nextBlockNo = slice?.nextBlockNo ?? 0;
  let newBlocks = 0;
  const placed: Array<[string, number]> = [];
  if (appended.length > 0) {
    let rest = appended;
    const [lo, hi] = sliceBlocksRange(key);
    const lastStored = slice ? await db.blocks.where(':id').between(lo, hi).last() : undefined;
    const last = lastStored ? (touched.get(lastStored.blockNo) ?? lastStored) : undefined;
    if (last && last.rows.length < BLOCK_SIZE) {
      const take = rest.slice(0, BLOCK_SIZE - last.rows.length);
      rest = rest.slice(take.length);
      touched.set(last.blockNo, { ...last, rows: [...last.rows, ...take] });
      for (const r of take) placed.push([r.id, last.blockNo]);
    }
    for (const nb of blocksOf(key, rest, nextBlockNo)) {
      touched.set(nb.blockNo, nb);
      for (const r of nb.rows) placed.push([r.id, nb.blockNo]);
      nextBlockNo = nb.blockNo + 1;
      newBlocks++;
    }
  }

  const emptied = [...touched.values()]
    .filter((b) => b.rows.length === 0)
    .map((b) => blockKey(key, b.blockNo));
  const kept = [...touched.values()].filter((b) => b.rows.length > 0);
  if (emptied.length > 0) await db.blocks.bulkDelete(emptied);
  if (kept.length > 0) await db.blocks.bulkPut(kept);

  const stamp = newUuid();
  const updated = (edits.upserts?.length ?? 0) - appended.length;
  await db.slices.put({
    ...sliceFields(key),
    rowCount: (slice?.rowCount ?? 0) + appended.length - deleted.size,
    blockCount: (slice?.blockCount ?? 0) + newBlocks - emptied.length,
    nextBlockNo,
    stamp,
    updatedAt: at,
    updatedBy: actor,
  });
  const summary: AuditSummary = {
    table: key.tableCode,
    department: key.departmentCode,
    updated,
    inserted: appended.length,
    deleted: deleted.size,
    changedCells,
    blocks: touched.size,
  };
  if (changedCells > 0 && changedCells <= AUDIT_CELL_DETAIL_LIMIT) summary.cells = cells;
  return {
    summary,
    afterCommit: () => {
      // Safe to mutate now: the transaction committed, and the map is re-tagged with the new stamp.
      for (const id of deleted) blockOf.delete(id);
      for (const [id, n] of placed) blockOf.set(id, n);
      cache.set(key, stamp, blockOf);
    },
  };
}

/** Counts changed cells and records {row, field, old, new} while within the audit detail limit. */
function diffCells(before: StoredRow, after: StoredRow, out: JsonValue[]): number {
  let n = 0;
  const keys = new Set([...Object.keys(before.values), ...Object.keys(after.values)]);
  for (const k of keys) {
    const o: CellValue = before.values[k] ?? null;
    const v: CellValue = after.values[k] ?? null;
    if (o === v) continue;
    n++;
    if (out.length < AUDIT_CELL_DETAIL_LIMIT) out.push({ row: after.id, field: k, old: o, new: v });
  }
  return n;
}
