/**
 * 完成情况 freshness bench, run in headless Chromium by bench/run.mjs through `window.runFreshnessBench(rows)`:
 * a year whose 12 tables with update points hold `rows` rows over 48 department slices. Ours is what the
 * page does — list the slice summaries and work out every slice's freshness from the tally the writer
 * keeps on them (planFreshness) — against the floor of listing the same summaries, which the page reads
 * anyway; goal ≤ 1.2×. Beside it, the way the page worked before: every row of those slices read and
 * counted (printed, not gated).
 */
import Dexie from 'dexie';
import { newUuid } from '../../shared/ids';
import { planFreshness, sliceFreshness, updateIntervalDays } from '../../shared/tasks/row-freshness';
import type { TaskAssignment } from '../../shared/tasks/task-types';
import { sampleWorkspace } from '../../shared/workspace/testing/sample-workspace';
import { createDataWriter } from '../db/data-writer';
import { listSlices, loadSlice } from '../db/reads';
import { openStatusDb } from '../db/schema';
import { makeBenchRows } from './bench-rows';
import { median, pairedRatio, sizeLabel, type PageBenchResult } from './bench-stats';

const RUNS = 7;
const CTX = { actor: 'bench' };
const TABLES = [
  'A1-1',
  'A2-1',
  'A3',
  'A4-1',
  'A5-1',
  'A6-1-1',
  'A7-1-1',
  'A8-1',
  'A9-1',
  'A10-1',
  'A11-1',
  'A12',
];
const DEPTS = ['JWC', 'RSC', 'XGC', 'TW'];
const task = (tableCode: string): TaskAssignment => ({
  tableCode,
  responsibleDepartment: 'JWC',
  cooperatingDepartments: DEPTS.slice(1),
  summaryDepartment: null,
  deadline: '20251015',
  updatePoints: ['20250920', '20260301'],
});

async function runFreshnessBench(rows: number): Promise<PageBenchResult[]> {
  await Dexie.delete('bench-freshness');
  const db = await openStatusDb('bench-freshness');
  const writer = createDataWriter(db);
  const ws = sampleWorkspace({ id: newUuid(), name: '2025-2026学年状态数据', academicYearStart: 2025 });
  const tasks = TABLES.map(task);
  const must = (r: { ok: boolean; error?: { message: string } }) => {
    if (!r.ok) throw new Error(r.error?.message);
  };
  must(await writer.createWorkspace(ws, CTX, { tasks }));
  const perSlice = Math.max(1, Math.round(rows / (TABLES.length * DEPTS.length)));
  let seed = 1;
  for (const tableCode of TABLES)
    for (const departmentCode of DEPTS) {
      // Rows confirmed on a spread of days, a tenth of them still 待核实 from last year.
      const made = makeBenchRows(perSlice, seed++).map((r, i) => ({
        ...r,
        at: new Date(Date.UTC(2025, 8, 1 + (i % 200))).toISOString(),
        ...(i % 10 === 0 ? { src: 'carried' as const } : {}),
      }));
      must(await writer.commitSlice({ workspaceId: ws.id, tableCode, departmentCode }, made, CTX));
    }

  const now = new Date(Date.UTC(2026, 5, 1)).toISOString();
  const ours: number[] = [];
  const floor: number[] = [];
  const before: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    let t0 = performance.now();
    const plan = planFreshness(tasks, await listSlices(db, ws.id), now);
    ours.push(performance.now() - t0);
    if (plan.known.size !== TABLES.length * DEPTS.length) throw new Error('slices without a tally');
    const flagged = [...plan.known.values()].reduce((n, f) => n + f.stale + f.unconfirmed, 0);

    t0 = performance.now();
    await listSlices(db, ws.id);
    floor.push(performance.now() - t0);

    t0 = performance.now();
    let counted = 0;
    for (const s of await listSlices(db, ws.id)) {
      const f = sliceFreshness(
        await loadSlice(db, s),
        updateIntervalDays(task(s.tableCode).updatePoints),
        now,
      );
      counted += f.stale + f.unconfirmed;
    }
    before.push(performance.now() - t0);
    if (counted !== flagged) throw new Error(`tally ${flagged} ≠ rows ${counted}`);
  }
  db.close();
  await Dexie.delete('bench-freshness');
  const round = (x: number) => Math.round(x * 100) / 100;
  const total = perSlice * TABLES.length * DEPTS.length;
  return [
    {
      name: `completeness-freshness-${sizeLabel(total)}`,
      ms: round(median(ours)),
      floorMs: round(median(floor)),
      ratio: pairedRatio(ours, floor),
      goal: 1.2,
      rows: total,
      runsMs: { ours: ours.map(round), floor: floor.map(round) },
    },
    {
      name: `completeness-freshness-rows-read-${sizeLabel(total)}`,
      ms: round(median(before)),
      floorMs: round(median(floor)),
      ratio: pairedRatio(before, floor),
      rows: total,
    },
  ];
}

declare global {
  interface Window {
    runFreshnessBench: typeof runFreshnessBench;
  }
}
window.runFreshnessBench = runFreshnessBench;
