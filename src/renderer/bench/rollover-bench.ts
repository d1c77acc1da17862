/**
 * Rollover bench, run in headless Chromium by bench/run.mjs through `window.runRolloverBench(rows)`:
 * 新建下一学年 of a locked year holding 2 × rows rows in two point-in-time tables (every row carried, so
 * every block is copied and re-marked 待核实) against the floor of copying the same blocks as they are
 * under a new workspace id in one transaction. Runs alternate ours / floor; goal ≤ 2×.
 */
import Dexie from 'dexie';
import { builtInCatalog } from '../../shared/catalog/builtin-catalog';
import { newUuid } from '../../shared/ids';
import { newSubmission } from '../../shared/review/review-workflow';
import type { TaskAssignment } from '../../shared/tasks/task-types';
import { sampleWorkspace } from '../../shared/workspace/testing/sample-workspace';
import { nextYearWorkspace } from '../../shared/year-close/rollover';
import { createDataWriter } from '../db/data-writer';
import { workspaceRange } from '../db/key-ranges';
import { openStatusDb } from '../db/schema';
import { makeBenchRows } from './bench-rows';
import { median, pairedRatio, sizeLabel, type PageBenchResult } from './bench-stats';

const RUNS = 5;
const CTX = { actor: 'bench' };
const task = (tableCode: string, dept: string): TaskAssignment => ({
  tableCode,
  responsibleDepartment: dept,
  cooperatingDepartments: [],
  summaryDepartment: null,
  deadline: '20251015',
});
const TASKS = [task('A10-1', 'JWC'), task('A3', 'RSC')];

async function runRolloverBench(rows: number): Promise<PageBenchResult[]> {
  await Dexie.delete('bench-rollover');
  const db = await openStatusDb('bench-rollover');
  const writer = createDataWriter(db);
  const ws = sampleWorkspace({ id: newUuid(), name: '2025-2026学年状态数据', academicYearStart: 2025 });
  const must = (r: { ok: boolean; error?: { message: string } }) => {
    if (!r.ok) throw new Error(r.error?.message);
  };
  must(await writer.createWorkspace(ws, CTX, { tasks: TASKS, catalog: builtInCatalog() }));
  for (const t of TASKS) {
    const key = { workspaceId: ws.id, tableCode: t.tableCode, departmentCode: t.responsibleDepartment };
    must(await writer.commitSlice(key, makeBenchRows(rows), CTX));
    await db.submissions.put({
      workspaceId: ws.id,
      ...newSubmission(t, t.responsibleDepartment),
      state: 'school-approved',
    });
  }
  must(await writer.lockYear(ws.id, { name: '郑校长', role: 'leader' }, CTX));

  const ours: number[] = [];
  const floor: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const next = nextYearWorkspace(ws, newUuid(), new Date().toISOString());
    let t0 = performance.now();
    must(await writer.rolloverYear(ws.id, next, CTX));
    ours.push(performance.now() - t0);
    must(await writer.deleteWorkspace(next.id, CTX));

    const to = newUuid();
    t0 = performance.now();
    await db.transaction('rw', db.blocks, async () => {
      const [lo, hi] = workspaceRange(ws.id);
      const blocks = await db.blocks.where(':id').between(lo, hi).toArray();
      await db.blocks.bulkAdd(blocks.map((b) => ({ ...b, workspaceId: to })));
    });
    floor.push(performance.now() - t0);
    const [lo, hi] = workspaceRange(to);
    await db.blocks.where(':id').between(lo, hi).delete();
  }
  db.close();
  await Dexie.delete('bench-rollover');
  const round = (x: number) => Math.round(x * 10) / 10;
  return [
    {
      name: `rollover-${sizeLabel(2 * rows)}`,
      ms: round(median(ours)),
      floorMs: round(median(floor)),
      ratio: pairedRatio(ours, floor),
      goal: 2,
      rows: 2 * rows,
      runsMs: { ours: ours.map(round), floor: floor.map(round) },
    },
  ];
}

declare global {
  interface Window {
    runRolloverBench: typeof runRolloverBench;
  }
}
window.runRolloverBench = runRolloverBench;
