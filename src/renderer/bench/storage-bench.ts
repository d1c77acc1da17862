/**
 * Storage benches, run in headless Chromium by bench/run.mjs through
 * `window.runStorageBench(rows)`. Each figure is the median of 15 runs (5 above 20k rows), measured in the same page
 * against its floor (raw-idb.ts); raw and ours alternate so drift in the machine hits both alike.
 *   commit-N: DataWriter.commitSlice of N rows (blocks + slice summary + audit event + sentinel
 *             summary, one strict transaction) vs a raw block put of the same rows. Goal ≤ 1.5×.
 *   load-N:   loadSlice (Dexie block range + flatten) vs raw getAll + flatten. Goal ≤ 1.5×.
 *   edit-*:   one-row edit in the N-row slice, first (row map rebuilt) and warm; reported, no goal.
 *   commit-worker-N: the same commit through the storage worker; reported, no goal.
 */
import Dexie from 'dexie';
import { createDataWriter } from '../db/data-writer';
import { loadSlice } from '../db/reads';
import { BLOCK_SIZE, openStatusDb, type StatusDb } from '../db/schema';
import type { StoredRow } from '../../shared/records/record-types';
import type { Workspace } from '../../shared/workspace/workspace-types';
import { sampleWorkspace } from '../../shared/workspace/testing/sample-workspace';
import { makeBenchRows } from './bench-rows';
import { openRawDb, rawBlockLoad, rawBlockPut } from './raw-idb';
import { measureWorkerCommit } from './worker-bench';
import { pairedRatio } from './bench-stats';

export interface BenchResult {
  readonly name: string;
  readonly ms: number;
  readonly floorMs?: number;
  readonly ratio?: number;
  readonly goal?: number;
  readonly rows: number;
  /** Every run, ours then floor, for judging noise. */
  readonly runsMs?: { readonly ours: number[]; readonly floor?: number[] };
}

/**
 * Pairs per figure. At the bench:ci size a run takes 30–80 ms, so one burst of load moves a median of
 * five pairs (ratios from 1.0 to 2.9 on a busy machine); fifteen pairs hold it. Big sizes keep five.
 */
const runsFor = (rows: number): number => (rows <= 20_000 ? 15 : 5);
const WS = '7f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b';
const TABLE = 'A3-1';
const DEPT = 'RSC';
const CTX = { actor: 'bench' };

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
}

async function timed(fn: () => Promise<unknown>): Promise<number> {
  const t0 = performance.now();
  await fn();
  return performance.now() - t0;
}

function workspace(): Workspace {
  return sampleWorkspace({
    id: WS,
    name: 'bench',
    school: { name: '基准学院', provinceCode: '44', code: '12954' },
  });
}

async function freshOurs(): Promise<StatusDb> {
  await Dexie.delete('bench-ours');
  const db = await openStatusDb('bench-ours');
  const r = await createDataWriter(db).createWorkspace(workspace(), CTX);
  if (!r.ok) throw new Error(r.error.message);
  return db;
}

function result(
  name: string,
  ms: number[],
  floor: number[] | null,
  goal: number | null,
  rows: number,
): BenchResult {
  const m = median(ms);
  if (!floor || goal === null) return { name, ms: round(m), rows, runsMs: { ours: ms.map(round) } };
  const f = median(floor);
  const runsMs = { ours: ms.map(round), floor: floor.map(round) };
  return {
    name,
    ms: round(m),
    floorMs: round(f),
    ratio: pairedRatio(ms, floor),
    goal,
    rows,
    runsMs,
  };
}

const round = (x: number) => Math.round(x * 10) / 10;
const label = (n: number) => (n % 1000 === 0 ? `${n / 1000}k` : String(n));

export async function runStorageBench(rowCount: number): Promise<BenchResult[]> {
  const RUNS = runsFor(rowCount);
  const rows = makeBenchRows(rowCount);
  const key = { workspaceId: WS, tableCode: TABLE, departmentCode: DEPT };
  const commitOurs: number[] = [];
  const commitRaw: number[] = [];
  let raw: IDBDatabase | null = null;
  let ours: StatusDb | null = null;
  for (let i = 0; i < RUNS; i++) {
    const doRaw = async () => {
      raw?.close();
      raw = await openRawDb('bench-raw');
      const db = raw;
      commitRaw.push(await timed(() => rawBlockPut(db, WS, TABLE, DEPT, rows, BLOCK_SIZE)));
    };
    const doOurs = async () => {
      ours?.close();
      ours = await freshOurs();
      const writer = createDataWriter(ours);
      commitOurs.push(
        await timed(async () => {
          const r = await writer.commitSlice(key, rows, CTX);
          if (!r.ok) throw new Error(r.error.message);
        }),
      );
    };
    if (i % 2 === 0) await doRaw().then(doOurs);
    else await doOurs().then(doRaw);
  }
  const rawDb = raw as IDBDatabase | null;
  const oursDb = ours as StatusDb | null;
  if (!rawDb || !oursDb) throw new Error('bench setup failed');

  const loadOurs: number[] = [];
  const loadRaw: number[] = [];
  let loaded: StoredRow[] = [];
  for (let i = 0; i < RUNS; i++) {
    const doRaw = async () => void loadRaw.push(await timed(() => rawBlockLoad(rawDb, WS, TABLE, DEPT)));
    const doOurs = async () =>
      void loadOurs.push(await timed(async () => (loaded = await loadSlice(oursDb, key))));
    if (i % 2 === 0) await doRaw().then(doOurs);
    else await doOurs().then(doRaw);
  }
  if (loaded.length !== rowCount) throw new Error(`loaded ${loaded.length} rows, expected ${rowCount}`);

  // A fresh writer has no row map yet: its first edit rebuilds it from the blocks.
  const editor = createDataWriter(oursDb);
  const edit = async (i: number) => {
    const t = loaded[(i * 7919) % rowCount] as StoredRow;
    const r = await editor.applyRowEdits(
      key,
      { upserts: [{ ...t, values: { ...t.values, bz: `改${i}` } }] },
      CTX,
    );
    if (!r.ok) throw new Error(r.error.message);
  };
  const editCold = await timed(() => edit(0));
  const editWarm: number[] = [];
  for (let i = 1; i <= RUNS; i++) editWarm.push(await timed(() => edit(i)));

  rawDb.close();
  oursDb.close();
  const viaWorker = await measureWorkerCommit(workspace(), TABLE, DEPT, rows);
  if (!viaWorker.liveQuerySaw) throw new Error('liveQuery on the UI side did not see the worker commit');
  const n = label(rowCount);
  return [
    result(`commit-${n}`, commitOurs, commitRaw, 1.5, rowCount),
    result(`load-${n}`, loadOurs, loadRaw, 1.5, rowCount),
    result(`edit-first-${n}`, [editCold], null, null, rowCount),
    result(`edit-warm-${n}`, editWarm, null, null, rowCount),
    result(`commit-worker-${n}`, [viaWorker.ms], null, null, rowCount),
  ];
}

declare global {
  interface Window {
    runStorageBench?: typeof runStorageBench;
  }
}

window.runStorageBench = runStorageBench;
