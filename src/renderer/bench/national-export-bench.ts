/**
 * 上报数据包 bench, driven by bench/national-export.bench.mjs: the Worker is started and its locked year
 * built first (the runner then attaches to the Worker over CDP to sample its heap), then timed.
 */
import type { BenchRequest, BenchResponse } from './national-export-bench.worker';

let worker: Worker | null = null;

function ask(request: BenchRequest): Promise<BenchResponse> {
  const w = worker;
  if (!w) throw new Error('start first');
  return new Promise((resolve) => {
    w.onmessage = (e: MessageEvent<BenchResponse>) => resolve(e.data);
    w.postMessage(request);
  });
}

export async function startNationalExportBench(rows: number): Promise<BenchResponse> {
  worker?.terminate();
  worker = new Worker(new URL('./national-export-bench.worker.ts', import.meta.url), {
    type: 'module',
    name: 'national-export-bench',
  });
  return ask({ op: 'prepare', rows });
}

export async function runNationalExportBench(runs: number): Promise<BenchResponse> {
  const r = await ask({ op: 'run', runs });
  worker?.terminate();
  worker = null;
  return r;
}

declare global {
  interface Window {
    startNationalExportBench?: typeof startNationalExportBench;
    runNationalExportBench?: typeof runNationalExportBench;
  }
}

window.startNationalExportBench = startNationalExportBench;
window.runNationalExportBench = runNationalExportBench;
