/**
 * Bundle benches, run in headless Chromium by bench/run.mjs through
 * `window.runBundleBench(rows)`. The browser build compresses with CompressionStream (no level
 * setting), so the floors here use the same platform primitives, median of 5, alternating with ours:
 *   bundle-export-N: canonical JSON of an N-row slice, CompressionStream, SHA-256, manifest, one
 *     WebCrypto Ed25519 signature, zip — vs JSON.stringify + CompressionStream + subtle.digest + one
 *     signature over the digest. Goal ≤ 1.3×.
 *   bundle-import-20xM: 20 department bundles totalling 2N rows through the app's real path — one
 *     disposable verify Worker for the batch (started as 导入数据包 opens, before the files are picked,
 *     as the app does; its start-up alone is the workerStart phase; structured clone included): each file
 *     verified at once as a data bundle (native inflate + SHA-256 pre-pass, then verifyBundle), the
 *     preview (diff against the stored slice) on the page while the Worker verifies the next file,
 *     then the one-transaction merge per bundle — vs DecompressionStream + subtle.digest + Ed25519
 *     verify + JSON.parse + a raw block put on the page. Goal ≤ 2×.
 */
import { deflateSync } from 'fflate';
import { writeBundleAsync } from '../../shared/bundle/bundle-writer';
import { signBytes } from '../../shared/bundle/ed25519-keys';
import { canonicalTableBytes } from '../../shared/bundle/table-file';
import { canonicalJson } from '../../shared/canonical-json';
import { crc32 } from '../../shared/bundle/crc32';
import { ok } from '../../shared/result';
import { previewBatch } from '../features/bundles/import-batch';
import { prestartVerifyWorker } from '../features/bundles/verify-client';
import { deflateRawStream, precompress } from '../features/bundles/compression';
import { makeBenchRows } from './bench-rows';
import { openRawDb, rawBlockPut } from './raw-idb';
import { benchBundles, benchKeys, benchOffice, DEPARTMENTS } from './bundle-bench-station';
import { median, pairedRatio } from './bench-stats';

interface Result {
  readonly name: string;
  readonly ms: number;
  readonly floorMs: number;
  readonly ratio: number;
  readonly goal: number;
  readonly rows: number;
  readonly runsMs: { readonly ours: number[]; readonly floor: number[] };
  /** Where the time goes (medians of separate runs, each phase alone; ours overlaps deflate and SHA-256). */
  readonly phasesMs?: { readonly ours: Record<string, number>; readonly floor: Record<string, number> };
}

const RUNS = 5;
const enc = new TextEncoder();
async function timed(fn: () => Promise<unknown>): Promise<number> {
  const t0 = performance.now();
  await fn();
  return performance.now() - t0;
}

async function inflateRawStream(bytes: Uint8Array): Promise<Uint8Array> {
  const s = new Blob([bytes as Uint8Array<ArrayBuffer>])
    .stream()
    .pipeThrough(new DecompressionStream('deflate-raw'));
  return new Uint8Array(await new Response(s).arrayBuffer());
}

/** Each phase of one export timed alone, `runs` times, medians: ours and the floor side by side. */
async function exportPhases(
  table: Parameters<typeof canonicalTableBytes>[0],
  sign: (m: Uint8Array) => Promise<Uint8Array>,
  write: (files: Awaited<ReturnType<typeof precompress>>) => Promise<void>,
  runs: number,
): Promise<NonNullable<Result['phasesMs']>> {
  const o: Record<string, number[]> = {};
  const f: Record<string, number[]> = {};
  const note = (to: Record<string, number[]>, k: string, ms: number) => (to[k] ??= []).push(ms);
  for (let i = 0; i < runs; i++) {
    let bytes: Uint8Array = new Uint8Array();
    note(o, 'canonicalJson', await timed(async () => void (bytes = canonicalTableBytes(table))));
    let data: Uint8Array = new Uint8Array();
    note(o, 'deflate', await timed(async () => void (data = await deflateRawStream(bytes))));
    let crc = 0;
    note(o, 'crc32', await timed(async () => void (crc = crc32(bytes))));
    let sha = '';
    note(
      o,
      'sha256',
      await timed(async () => {
        const d = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>));
        sha = Array.from(d, (b) => b.toString(16).padStart(2, '0')).join('');
      }),
    );
    const files = [
      {
        path: 'tables/A10-1.json',
        bytes,
        rows: table.rows.length,
        compressed: { method: 8 as const, data, crc32: crc, size: bytes.length },
        sha256: sha,
      },
    ];
    note(o, 'manifestSignZip', await timed(() => write(files)));
    let plain: Uint8Array = new Uint8Array();
    note(f, 'stringify', await timed(async () => void (plain = enc.encode(JSON.stringify(table)))));
    note(f, 'deflate', await timed(() => deflateRawStream(plain)));
    note(
      f,
      'digestSign',
      await timed(async () =>
        sign(new Uint8Array(await crypto.subtle.digest('SHA-256', plain as Uint8Array<ArrayBuffer>))),
      ),
    );
  }
  const medians = (r: Record<string, number[]>) =>
    Object.fromEntries(Object.entries(r).map(([k, v]) => [k, Math.round(median(v))]));
  return { ours: medians(o), floor: medians(f) };
}

async function exportBench(n: number): Promise<Result> {
  const table = { tableCode: 'A10-1', departmentCode: 'TW', rows: makeBenchRows(n) };
  const pair = (await crypto.subtle.generateKey({ name: 'Ed25519' }, false, [
    'sign',
    'verify',
  ])) as CryptoKeyPair;
  const sign = async (m: Uint8Array) =>
    new Uint8Array(await crypto.subtle.sign('Ed25519', pair.privateKey, m as Uint8Array<ArrayBuffer>));
  const floor = async () => {
    const bytes = enc.encode(JSON.stringify(table));
    await deflateRawStream(bytes);
    await sign(new Uint8Array(await crypto.subtle.digest('SHA-256', bytes)));
  };
  const write = async (files: Awaited<ReturnType<typeof precompress>>) => {
    const w = await writeBundleAsync({
      manifestFields: {
        kind: 'data',
        keyId: '0123456789abcdef',
        sender: { stationRole: 'department', departmentCode: 'TW' },
        addressee: 'OFFICE',
        yearId: crypto.randomUUID(),
        bundleId: crypto.randomUUID(),
        seq: 1,
        prevBundleHash: null,
        createdAt: new Date().toISOString(),
        auditHead: '0'.repeat(64),
        appVersion: '0.1.0',
        schemaVersion: 1,
      },
      files,
      sign: async (m) => ok(await sign(m)),
    });
    if (!w.ok) throw new Error(w.error.message);
  };
  const ours = async () => {
    const bytes = canonicalTableBytes(table);
    await write(await precompress([{ path: 'tables/A10-1.json', bytes, rows: n }]));
  };
  const o: number[] = [];
  const f: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    o.push(await timed(ours));
    f.push(await timed(floor));
  }
  const phasesMs = await exportPhases(table, sign, write, 3);
  return { ...result(`bundle-export-${n}`, o, f, 1.3, n), phasesMs };
}

async function importBench(n: number): Promise<Result> {
  const total = 2 * n;
  const keys = benchKeys();
  const bundles = benchBundles(keys, makeBenchRows(total, 7));
  // Floor inputs: each department's table bytes deflated the same way, its raw manifest and signature.
  const floorInputs = await Promise.all(
    bundles.map(async (b) => {
      const pair = keys.depts.get(b.dept)!;
      const table = enc.encode(JSON.stringify({ tableCode: 'A10-1', departmentCode: b.dept, rows: b.rows }));
      const manifest = enc.encode(canonicalJson({ table: b.dept, n: b.rows.length }));
      const pub = await crypto.subtle.importKey(
        'raw',
        pair.publicKey as Uint8Array<ArrayBuffer>,
        'Ed25519',
        false,
        ['verify'],
      );
      return {
        dept: b.dept,
        deflated: deflateSync(table, { level: 1 }),
        manifest,
        sig: signBytes(manifest, pair.secretKey),
        pub,
      };
    }),
  );
  const floor = async () => {
    const db = await openRawDb('bundle-bench-raw');
    for (const x of floorInputs) {
      const bytes = await inflateRawStream(x.deflated);
      await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
      await crypto.subtle.verify(
        'Ed25519',
        x.pub,
        x.sig as Uint8Array<ArrayBuffer>,
        x.manifest as Uint8Array<ArrayBuffer>,
      );
      const table = JSON.parse(new TextDecoder().decode(bytes)) as { rows: never[] };
      await rawBlockPut(db, 'ws', 'A10-1', x.dept, table.rows, 1000);
    }
    db.close();
  };
  const o: number[] = [];
  const f: number[] = [];
  const phases: Record<string, number[]> = {};
  const note = (k: string, ms: number) => (phases[k] ??= []).push(ms);
  for (let i = 0; i < RUNS; i++) {
    // As when 导入数据包 opens: the batch's verify Worker starts before the person picks the files.
    prestartVerifyWorker();
    const station = await benchOffice(keys, 'bundle-bench-office');
    o.push(
      await timed(async () => {
        // As 导入数据包 does with twenty files picked at once: all verified and previewed in order on
        // one verify Worker (used and terminated inside the timing), then merged in order.
        const t0 = performance.now();
        const state = await station.deps.repo.loadExchange(station.ws.id);
        const items = await previewBatch(
          station.deps,
          station.ws,
          state,
          bundles.map((b) => ({ name: b.dept, bytes: b.bytes })),
        );
        const t1 = performance.now();
        for (const item of items) {
          if (item.status !== 'ready' || item.ready.step !== 'data')
            throw new Error(item.status === 'refused' ? item.message : item.status);
          const m = await station.deps.repo.mergeBundle(station.ws.id, item.ready.preview.merge, {
            name: 'bench',
            role: 'head',
          });
          if (!m.ok) throw new Error(m.error.message);
        }
        note('verifyPreview', t1 - t0);
        note('merge', performance.now() - t1);
      }),
    );
    station.db.close();
    f.push(await timed(floor));
    note('workerStart', await timed(() => workerStart(station)));
  }
  // Where the time goes (medians); the floor is one loop and has no phases.
  const phasesMs = {
    ours: Object.fromEntries(Object.entries(phases).map(([k, v]) => [k, Math.round(median(v))])),
    floor: {},
  };
  return {
    ...result(`bundle-import-${DEPARTMENTS.length}x${Math.ceil(total / DEPARTMENTS.length)}`, o, f, 2, total),
    phasesMs,
  };
}

/** A fresh verify Worker's first answer (a tiny file it refuses at once): its start-up, alone. */
async function workerStart(station: Awaited<ReturnType<typeof benchOffice>>): Promise<void> {
  const session = station.deps.openVerifySession();
  await session.run('peek', { bytes: new Uint8Array(4) });
  session.close();
}

function result(name: string, ours: number[], floor: number[], goal: number, rows: number): Result {
  const ms = median(ours);
  const floorMs = median(floor);
  return {
    name,
    ms: Math.round(ms),
    floorMs: Math.round(floorMs),
    ratio: pairedRatio(ours, floor),
    goal,
    rows,
    runsMs: { ours: ours.map(Math.round), floor: floor.map(Math.round) },
  };
}

export async function runBundleBench(rows: number): Promise<Result[]> {
  return [await exportBench(rows), await importBench(rows)];
}

declare global {
  interface Window {
    runBundleBench?: typeof runBundleBench;
  }
}
window.runBundleBench = runBundleBench;
