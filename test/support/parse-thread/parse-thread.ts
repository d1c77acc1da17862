/**
 * The parser Worker's code in a Node worker thread, for tests that feed it hostile files (docs/SECURITY.md S4).
 * SheetJS can loop forever on some malformed files; in-process, that would hang the test runner, which
 * no test timeout can interrupt. In a thread, a request that outlives its time limit is answered
 * 'stopped' and the thread is replaced — what the page's ParseClient does with the real Worker.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { build } from 'rolldown';
import type {
  ParseRequest,
  ParseResponse,
} from '../../../src/renderer/features/spreadsheet/workers/parse-protocol';

/** What one request produced: every message the Worker posted, or 'stopped' at the time limit. */
export type ThreadOutcome =
  | {
      readonly kind: 'settled';
      readonly posted: ParseResponse[];
      readonly prototypesChanged: boolean;
      readonly storageTouched: number;
    }
  | { readonly kind: 'stopped'; readonly posted: ParseResponse[] };

type FromThread =
  | { kind: 'started' }
  | { kind: 'posted'; message: ParseResponse }
  | { kind: 'settled'; prototypesChanged: boolean; storageTouched: number };

/** Bundles the entry (the Worker's module and its imports, SheetJS included) into one ES module file. */
async function bundle(dir: string): Promise<string> {
  const out = await build({
    input: new URL('./parse-thread.entry.ts', import.meta.url).pathname,
    platform: 'node',
    external: [/^node:/],
    write: false,
    logLevel: 'silent',
    output: { format: 'esm' },
  });
  const file = join(dir, 'parse-thread.mjs');
  writeFileSync(file, out.output[0].code);
  return file;
}

export class ParseThread {
  private worker: Worker | null = null;

  private constructor(
    private readonly file: string,
    private readonly dir: string,
  ) {}

  static async start(): Promise<ParseThread> {
    const dir = mkdtempSync(join(tmpdir(), 'parse-thread-'));
    return new ParseThread(await bundle(dir), dir);
  }

  /** Sends one request; resolves when the handler settles, or 'stopped' after `limitMs`. */
  async send(
    req: ParseRequest,
    limitMs: number,
    transfer: readonly Transferable[] = [],
  ): Promise<ThreadOutcome> {
    const worker = await this.ready();
    const posted: ParseResponse[] = [];
    return await new Promise<ThreadOutcome>((resolve) => {
      const finish = (outcome: ThreadOutcome): void => {
        clearTimeout(timer);
        worker.off('message', onMessage);
        resolve(outcome);
      };
      const onMessage = (m: FromThread): void => {
        if (m.kind === 'posted') posted.push(m.message);
        else if (m.kind === 'settled')
          finish({
            kind: 'settled',
            posted,
            prototypesChanged: m.prototypesChanged,
            storageTouched: m.storageTouched,
          });
      };
      const timer = setTimeout(() => {
        void worker.terminate();
        this.worker = null;
        finish({ kind: 'stopped', posted });
      }, limitMs);
      worker.on('message', onMessage);
      worker.postMessage(req, transfer as never);
    });
  }

  async close(): Promise<void> {
    await this.worker?.terminate();
    this.worker = null;
    rmSync(this.dir, { recursive: true, force: true });
  }

  private async ready(): Promise<Worker> {
    if (this.worker !== null) return this.worker;
    const worker = new Worker(this.file);
    await new Promise<void>((resolve, reject) => {
      worker.once('message', () => resolve());
      worker.once('error', reject);
    });
    this.worker = worker;
    return worker;
  }
}
