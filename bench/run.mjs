// Benchmark runner (docs/ARCHITECTURE.md §8): serves the built renderer (dist/) on 127.0.0.1, drives Debian's
// Chromium through Playwright, and prints one JSON line per figure next to its floor. With --gate it
// exits 1 when a ratio exceeds twice its goal (or a figure twice its absolute goalMs), so CI catches
// regressions without flaking on a noisy machine. Usage: node bench/run.mjs [--rows N] [--gate] [--only name] [--dist dir]
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { storageBench } from './storage.bench.mjs';
import { rulesBench } from './rules.bench.mjs';
import { gridBench } from './grid.bench.mjs';
import { sheetBench } from './sheet.bench.mjs';
import { bundleBench } from './bundle.bench.mjs';
import { nationalExportBench } from './national-export.bench.mjs';
import { indicatorsBench } from './indicators.bench.mjs';
import { reportBench } from './report.bench.mjs';
import { rolloverBench } from './rollover.bench.mjs';
import { reportTypingBench } from './report-typing.bench.mjs';
import { annexBench } from './annex.bench.mjs';
import { docxImportBench } from './docx-import.bench.mjs';
import { freshnessBench } from './freshness.bench.mjs';

/** Add new bench modules here. */
const BENCHES = [
  storageBench,
  gridBench,
  rulesBench,
  sheetBench,
  bundleBench,
  indicatorsBench,
  nationalExportBench,
  reportBench,
  rolloverBench,
  reportTypingBench,
  annexBench,
  docxImportBench,
  freshnessBench,
];

/** Debian's Chromium and its flags, shared with playwright.config.ts. */
const CHROMIUM = JSON.parse(await readFile(new URL('../test/chromium.json', import.meta.url), 'utf8'));
const DEFAULT_DIST = resolve(fileURLToPath(new URL('../dist', import.meta.url)));
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

function parseArgs(argv) {
  const opts = { rows: 100_000, gate: false, only: null, dist: DEFAULT_DIST };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--gate') opts.gate = true;
    else if (a === '--rows') opts.rows = Number(argv[++i]);
    else if (a === '--only') opts.only = argv[++i];
    else if (a === '--dist') opts.dist = resolve(argv[++i]);
    else throw new Error(`unknown argument ${a}`);
  }
  if (!Number.isInteger(opts.rows) || opts.rows < 1) throw new Error('--rows must be a positive integer');
  return opts;
}

function serveDist(dist) {
  const server = createServer(async (req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    const file = join(dist, path === '/' ? 'index.html' : path);
    if (!file.startsWith(dist)) {
      res.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file);
      res
        .writeHead(200, {
          'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
          'cache-control': 'no-store',
        })
        .end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok(server)));
}

/**
 * A result fails the gate when it is more than twice its goal. A result marked `gated: false` is printed
 * next to its goal but not gated: its goal is not met yet (its issue stays open and says so), and gating
 * it would only make CI flip with the machine's load.
 */
export function overGate(r) {
  if (r.gated === false) return false;
  if (typeof r.ratio === 'number' && typeof r.goal === 'number' && r.ratio > 2 * r.goal) return true;
  if (typeof r.goalMs === 'number' && r.ms > 2 * r.goalMs) return true;
  if (typeof r.goalMb === 'number' && r.mb > 2 * r.goalMb) return true;
  return false;
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const server = await serveDist(opts.dist);
  const baseUrl = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? CHROMIUM.executablePath,
    args: CHROMIUM.args,
  });
  const failed = [];
  try {
    for (const bench of BENCHES) {
      if (opts.only && bench.name !== opts.only) continue;
      for (const r of await bench.run({ browser, baseUrl, rows: opts.rows })) {
        console.log(JSON.stringify(r));
        if (overGate(r)) failed.push(r.name);
      }
    }
  } finally {
    await browser.close();
    server.close();
  }
  if (opts.gate && failed.length > 0) {
    console.error(`bench gate failed (over twice the goal): ${failed.join(', ')}`);
    process.exitCode = 1;
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((e) => {
    console.error(e);
    process.exitCode = 1;
  });
}
