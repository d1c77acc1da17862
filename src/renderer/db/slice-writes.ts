/**
 * Row writes of one slice (workspace × table × department), run inside the data writer's transaction.
 *
 * A row edit must know which block holds the row, and rewrites that block: the writer's slice cache
 * (slice-cache.ts) keeps the row locator and, for the slice in use, the blocks themselves.
 */
import type { AuditSummary } from '../../shared/audit/audit-chain';
import type { JsonValue } from '../../shared/canonical-json';
import { newUuid } from '../../shared/ids';
import type { CellValue, SliceKey, StoredRow } from '../../shared/records/record-types';
import { adjustTally, tallyRows, type ConfirmationTally } from '../../shared/tasks/confirmation-tally';
import { sliceBlocksRange, sliceKeyTuple } from './key-ranges';
import { BLOCK_SIZE, type BlockRecord, type SliceRecord, type StatusDb } from './schema';
import { RowLocatorCache, sliceEntryOf, type SliceEntry } from './slice-cache';

export { RowLocatorCache };

/** Upsert whole rows by id (new ids are appended to the slice) and delete rows by id. */
export interface RowEdits {
  readonly upserts?: readonly StoredRow[];
  readonly deletes?: readonly string[];
}

/** Cell-level old/new values are written to the audit event when an edit changes at most this many cells. */
export const AUDIT_CELL_DETAIL_LIMIT = 20;

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
  const stamp = newUuid();
  const slice: SliceRecord = {
    ...sliceFields(key),
    rowCount: rows.length,
    blockCount: blocks.length,
    nextBlockNo: blocks.length,
    stamp,
    updatedAt: at,
    updatedBy: actor,
    confirmations: tallyRows(rows),
  };
  const [, hi] = sliceBlocksRange(key);
  // Asked at once: the three touch different keys (the deleted range starts past the new blocks).
  await Promise.all([
    prev
      ? db.blocks
          .where(':id')
          .between([...sliceKeyTuple(key), blocks.length], hi)
          .delete()
      : null,
    db.blocks.bulkPut(blocks),
    db.slices.put(slice),
  ]);
  return {
    summary: {
      table: key.tableCode,
      department: key.departmentCode,
      rows: rows.length,
      previousRows: prev?.rowCount ?? 0,
      blocks: blocks.length,
    },
    afterCommit: () => cache.set(key, stamp, sliceEntryOf(blocks)),
  };
}

/** A row id the edit refers to does not exist in the slice (someone replaced the slice meanwhile). */
export class MissingRowError extends Error {
  constructor(readonly rowId: string) {
    super(`row ${rowId} not in slice`);
  }
}

/**
 * The slice's cache entry, rebuilt from all its blocks when stale (see slice-cache.ts), or when the
 * blocks are wanted and only the locator is kept.
 */
async function locate(
  db: StatusDb,
  cache: RowLocatorCache,
  key: SliceKey,
  slice: SliceRecord | undefined,
  wantBlocks: boolean,
): Promise<SliceEntry> {
  if (!slice) return { blockOf: new Map(), blocks: new Map() };
  const cached = cache.get(key, slice.stamp);
  if (cached && (cached.blocks || !wantBlocks)) return cached;
  const [lo, hi] = sliceBlocksRange(key);
  const entry = sliceEntryOf(await db.blocks.where(':id').between(lo, hi).toArray());
  // What is stored at this stamp: safe to keep even if this transaction aborts later.
  cache.set(key, slice.stamp, entry);
  return entry;
}

/**
 * Builds the slice's cache entry now (in a read transaction), so the first edit after a table is opened
 * neither reads every block inside its write transaction (~0.5 s at 100k rows) nor its own block.
 * A no-op when current.
 */
export async function warmLocator(db: StatusDb, cache: RowLocatorCache, key: SliceKey): Promise<void> {
  await db.transaction('r', [db.slices, db.blocks], async () => {
    await locate(db, cache, key, await db.slices.get(sliceKeyTuple(key)), true);
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
  const { blockOf, blocks } = await locate(db, cache, key, slice, false);
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
  // Blocks come from the cache (copied: cached blocks are never mutated), else from the database.
  const unknown = [...want].filter((n) => !blocks?.has(n));
  const got = unknown.length > 0 ? await db.blocks.bulkGet(unknown.map((n) => blockKey(key, n))) : [];
  for (const n of want) {
    const b = blocks?.get(n) ?? got.find((g) => g?.blockNo === n);
    if (b) touched.set(b.blockNo, { ...b, rows: b.rows.slice() });
  }

  const cells: JsonValue[] = [];
  let changedCells = 0;
  // The rows this edit takes out (old versions, deleted rows), for the confirmation tally.
  const removed: StoredRow[] = [];
  for (const row of edits.upserts ?? []) {
    const b = blockOf.get(row.id);
    if (b === undefined) continue;
    const rows = touched.get(b)?.rows;
    const i = rows ? rows.findIndex((r) => r.id === row.id) : -1;
    if (!rows || i < 0) throw new MissingRowError(row.id);
    changedCells += diffCells(rows[i] as StoredRow, row, cells);
    removed.push(rows[i] as StoredRow);
    rows[i] = row;
  }
  const deleted = new Set(edits.deletes ?? []);
  for (const b of touched.values()) {
    if (deleted.size === 0) continue;
    for (const r of b.rows) if (deleted.has(r.id)) removed.push(r);
    (b as { rows: StoredRow[] }).rows = b.rows.filter((r) => !deleted.has(r.id));
  }

  // Appends fill the last block, then open new ones.
  let nextBlockNo = slice?.nextBlockNo ?? 0;
  let newBlocks = 0;
  const placed: Array<[string, number]> = [];
  if (appended.length > 0) {
    let rest = appended;
    const [lo, hi] = sliceBlocksRange(key);
    const lastStored = blocks
      ? lastBlock(blocks)
      : slice
        ? await db.blocks.where(':id').between(lo, hi).last()
        : undefined;
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
  const confirmations = editedTally(slice, blocks, touched, removed, edits.upserts ?? []);
  await db.slices.put({
    ...sliceFields(key),
    rowCount: (slice?.rowCount ?? 0) + appended.length - deleted.size,
    blockCount: (slice?.blockCount ?? 0) + newBlocks - emptied.length,
    nextBlockNo,
    stamp,
    updatedAt: at,
    updatedBy: actor,
    ...(confirmations ? { confirmations } : {}),
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
      // Safe to mutate now: the transaction committed, and the entry is re-tagged with the new stamp.
      for (const id of deleted) blockOf.delete(id);
      for (const [id, n] of placed) blockOf.set(id, n);
      if (blocks) {
        for (const k of emptied) blocks.delete(k[3]);
        for (const b of kept) blocks.set(b.blockNo, b);
      }
      cache.set(key, stamp, { blockOf, blocks });
    },
  };
}

/**
 * The slice's confirmation tally after an edit: the stored one adjusted by what the edit took out and
 * put in; for a slice stored before tallies were kept, counted afresh when all its blocks are at hand
 * (the writer's cache), else left absent (the next whole write counts it).
 */
function editedTally(
  slice: SliceRecord | undefined,
  cached: ReadonlyMap<number, BlockRecord> | null | undefined,
  touched: ReadonlyMap<number, BlockRecord>,
  removed: readonly StoredRow[],
  added: readonly StoredRow[],
): ConfirmationTally | undefined {
  if (!slice) return tallyRows(added);
  if (slice.confirmations) return adjustTally(slice.confirmations, removed, added);
  if (!cached) return undefined;
  const rows: StoredRow[] = [];
  for (const [n, b] of cached) rows.push(...(touched.get(n) ?? b).rows);
  for (const [n, b] of touched) if (!cached.has(n)) rows.push(...b.rows);
  return tallyRows(rows);
}

function lastBlock(blocks: ReadonlyMap<number, BlockRecord>): BlockRecord | undefined {
  let last: BlockRecord | undefined;
  for (const b of blocks.values()) if (!last || b.blockNo > last.blockNo) last = b;
  return last;
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
