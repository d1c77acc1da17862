/**
 * Spreadsheet benches, run in headless Chromium by bench/sheet.bench.mjs:
 *   import-N: a generated N-row × 20-column .xlsx (our template layout) through the whole import —
 *             parser Worker (zip scan + SheetJS + header detection), conversion and validation, then
 *             the rows as JSON text to the storage worker's importSlice (natural-key merge and one
 *             commit in one transaction) — the wizard's path minus the backup — against SheetJS's parse
 *             of the same file alone in a Worker (the floor). Goal ≤ 1.3×. From ~15k rows the wizard's
 *             two parser Workers each read half the sheet (`readers: 2`); the floor is one SheetJS read.
 *   export-N: the same rows written by our streaming writer (the export Worker's code), timed in the
 *             page with yields so the runner can sample the heap over CDP; the floor (ExcelJS's
 *             streaming writer, Node only) is measured by the runner in a child process.
 * Each figure is a median (5 runs, 3 at ≥ 50k rows); ours and the floor alternate.
 */
import Dexie from 'dexie';
import type { TableDef } from '../../shared/catalog/catalog-types';
import { DEFAULT_SHEET_LIMITS } from '../../shared/sheets/sheet-limits';
import { startStorageWorker } from '../db/storage-client';
import { ParseClient } from '../features/spreadsheet/parse-client';
import { sampleWorkspace } from '../../shared/workspace/testing/sample-workspace';
import { makeBenchRows } from './bench-rows';
import { KEYS, benchTable, buildBenchXlsx, yieldNow } from './sheet-bench-core';
import { pairedRatio } from './bench-stats';

const WS = '5a0c6d2e-1b3f-4c5d-8e9f-0a1b2c3d4e5f';

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
}
const round = (x: number) => Math.round(x * 10) / 10;

async function floorParse(bytes: Uint8Array): Promise<number> {
  const worker = new Worker(new URL('./sheet-floor-worker.ts', import.meta.url), { type: 'module' });
  try {
    return await new Promise<number>((resolve) => {
      worker.onmessage = (e: MessageEvent<{ ms: number }>) => resolve(e.data.ms);
      worker.postMessage(bytes.slice());
    });
  } finally {
    worker.terminate();
  }
}

type Phases = Record<string, number>;

async function ourImport(
  bytes: Uint8Array,
  table: TableDef,
  dbName: string,
): Promise<{ ms: number; rows: number; phases: Phases; readers: number }> {
  await Dexie.delete(dbName);
  const storage = startStorageWorker(dbName);
  const created = await storage.createWorkspace(
    sampleWorkspace({
      id: WS,
      name: 'bench',
      school: { name: '基准学院', provinceCode: '44', code: '12954' },
      snapshotDate: '20250901',
    }),
    { actor: 'bench' },
  );
  if (!created.ok) throw new Error(created.error.message);
  const copy = bytes.slice();
  const phases: Phases = {};
  let last = 0;
  const lap = (name: string) => {
    const now = performance.now();
    phases[name] = round(now - last);
    last = now;
  };
  // As in the wizard, the parser Worker is started (and SheetJS loaded) before the file is picked.
  // The Worker reports the start of the parse: the open phase splits into scan and parse there.
  const client = new ParseClient(DEFAULT_SHEET_LIMITS, (phase, done) => {
    if (phase === 'parse' && done === 0) lap('scan');
  });
  if (!(await client.ready()).ok) throw new Error('parser worker did not start');
  const t0 = performance.now();
  last = t0;
  try {
    const opened = await client.open('bench.xlsx', copy, table);
    if (!opened.ok) throw new Error(opened.message);
    lap('parse');
    const header = opened.value.sheets[0]?.header;
    if (!header) throw new Error('no header');
    const mapping = header.columns.reduce<(string | null)[]>((m, c) => ((m[c.index] = c.fieldKey), m), []);
    const labels = header.columns.map((c) => c.label);
    const converted = await client.convert(0, mapping, header.dataStart, labels);
    if (!converted.ok) throw new Error(converted.message);
    lap('convert');
    // The wizard's commit: the rows' bytes go to the storage worker unread, which merges and commits them.
    const r = await storage.importSlice(
      { workspaceId: WS, tableCode: table.code, departmentCode: 'RSC' },
      { table, values: converted.value.values, mappedKeys: KEYS, mode: 'replace' },
      { actor: 'bench' },
    );
    if (!r.ok) throw new Error(r.error.message);
    lap('commit');
    const rows = r.value.events.find((e) => e.kind === 'rows.commit')?.summary.rows;
    return {
      ms: performance.now() - t0,
      rows: typeof rows === 'number' ? rows : -1,
      phases,
      readers: opened.value.readers,
    };
  } finally {
    client.dispose();
    storage.close();
  }
}

export interface SheetBenchResult {
  readonly name: string;
  readonly ms: number;
  readonly floorMs?: number;
  readonly ratio?: number;
  readonly goal?: number;
  readonly rows: number;
  readonly bytes?: number;
  readonly runsMs: { readonly ours: number[]; readonly floor?: number[] };
  /** Import only: time per step of each run (scan = zip-bomb scan; parse = SheetJS + header detection; convert; commit = merge + write). */
  readonly phasesMs?: readonly Phases[];
  /** Import only: parser Workers that read the sheet (2 when it was read in halves, see sheet-limits.ts splitMinBytes). */
  readonly readers?: number;
}

export async function runSheetImportBench(rowCount: number): Promise<SheetBenchResult> {
  const runs = rowCount >= 50_000 ? 3 : 5;
  const bytes = await buildBenchXlsx(makeBenchRows(rowCount));
  const table = benchTable();
  const ours: number[] = [];
  const floor: number[] = [];
  const phases: Phases[] = [];
  let readers = 0;
  for (let i = 0; i < runs; i++) {
    const o = async () => {
      const r = await ourImport(bytes, table, 'bench-sheet-import');
      if (r.rows !== rowCount) throw new Error(`imported ${r.rows} rows, expected ${rowCount}`);
      ours.push(r.ms);
      phases.push(r.phases);
      readers = r.readers;
    };
    const f = async () => void floor.push(await floorParse(bytes));
    if (i % 2 === 0) await f().then(o);
    else await o().then(f);
  }
  const m = median(ours);
  const fl = median(floor);
  const n = rowCount % 1000 === 0 ? `${rowCount / 1000}k` : String(rowCount);
  return {
    name: `import-${n}`,
    ms: round(m),
    floorMs: round(fl),
    ratio: pairedRatio(ours, floor),
    goal: 1.3,
    rows: rowCount,
    bytes: bytes.length,
    runsMs: { ours: ours.map(round), floor: floor.map(round) },
    phasesMs: phases,
    readers,
  };
}

/** Our export's time (page thread, yielding every 5,000 rows so the runner can sample the heap). */
export async function runSheetExportOnce(rowCount: number): Promise<{ ms: number; bytes: number }> {
  const rows = makeBenchRows(rowCount);
  await yieldNow();
  const t0 = performance.now();
  const bytes = await buildBenchXlsx(rows, true);
  return { ms: performance.now() - t0, bytes: bytes.length };
}

declare global {
  interface Window {
    runSheetImportBench?: typeof runSheetImportBench;
    runSheetExportOnce?: typeof runSheetExportOnce;
  }
}

window.runSheetImportBench = runSheetImportBench;
window.runSheetExportOnce = runSheetExportOnce;
