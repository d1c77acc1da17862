/**
 * The storage worker in a real browser: commits go through startStorageWorker (rows are structured-
 * cloned across postMessage, then written by the worker's own writer), and a liveQuery on the UI side
 * must see the worker's commit (Dexie propagates it over BroadcastChannel). Reported, no goal: the
 * point of the worker is a responsive UI, not a faster commit.
 */
import Dexie, { liveQuery } from 'dexie';
import { listSlices } from '../db/reads';
import { openStatusDb } from '../db/schema';
import { startStorageWorker } from '../db/storage-client';
import type { StoredRow } from '../../shared/records/record-types';
import type { Workspace } from '../../shared/workspace/workspace-types';

const DB = 'bench-worker';

export async function measureWorkerCommit(
  ws: Workspace,
  tableCode: string,
  departmentCode: string,
  rows: readonly StoredRow[],
): Promise<{ ms: number; liveQuerySaw: boolean }> {
  await Dexie.delete(DB);
  const client = startStorageWorker(DB);
  const db = await openStatusDb(DB);
  try {
    const created = await client.createWorkspace(ws, { actor: 'bench' });
    if (!created.ok) throw new Error(created.error.message);
    let seen = 0;
    const sub = liveQuery(() => listSlices(db, ws.id)).subscribe((slices) => {
      seen = slices.reduce((n, s) => n + s.rowCount, 0);
    });
    const t0 = performance.now();
    const r = await client.commitSlice({ workspaceId: ws.id, tableCode, departmentCode }, rows, {
      actor: 'bench',
    });
    const ms = performance.now() - t0;
    if (!r.ok) throw new Error(r.error.message);
    // Give the BroadcastChannel notification a moment to arrive.
    for (let i = 0; i < 50 && seen !== rows.length; i++) await new Promise((res) => setTimeout(res, 20));
    sub.unsubscribe();
    return { ms, liveQuerySaw: seen === rows.length };
  } finally {
    client.close();
    db.close();
  }
}
