/**
 * The parser Worker's code in a Node worker thread, for tests that feed it hostile files (docs/SECURITY.md S4).
 * SheetJS can loop forever on some malformed files; in-process, that would hang the test runner, which
 * no test timeout can interrupt. The thread is driven by the page's own Worker client (rpc-client.ts):
 * a call that outlives its time limit is 'stopped' and the thread is terminated, and the next call
 * starts a fresh one — what the page's ParseClient does with the real Worker.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { build } from 'rolldown';
import type { ParseProtocol } from '../../../src/renderer/features/spreadsheet/workers/parse-protocol';
import { createRpcClient, type RpcClient } from '../../../src/renderer/workers/rpc-client';
import type { RpcWorker } from '../../../src/renderer/workers/rpc-protocol';
import type { Observed } from './thread-shims';

/** What one call produced: the Worker's answer, or 'stopped' at the time limit. */
export type ThreadOutcome<T> =
  | {
      readonly kind: 'settled';
      readonly value: T;
      readonly prototypesChanged: boolean;
      readonly storageTouched: number;
    }
  | { readonly kind: 'stopped' };

/** A thread loads SheetJS before its first call; that is not part of any call's time. */
const START_MS = 60_000;

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

const isObserved = (m: unknown): m is Observed => (m as { kind?: unknown } | null)?.kind === 'observed';

/** A Node worker thread as the client's Worker: its messages as MessageEvents, its observations aside. */
function threadWorker(file: string, observe: (o: Observed) => void): RpcWorker {
  const worker = new Worker(file);
  return {
    postMessage: (m, transfer = []) => worker.postMessage(m, transfer as never),
    addEventListener: (type, listener) => {
      if (type === 'message')
        worker.on('message', (data: unknown) =>
          isObserved(data) ? observe(data) : listener(new MessageEvent('message', { data })),
        );
      else if (type === 'error')
        worker.on('error', (e: Error) => {
          const ev = new Event('error', { cancelable: true });
          Object.defineProperty(ev, 'message', { value: e.message });
          listener(ev);
        });
    },
    terminate: () => void worker.terminate(),
  };
}

export class ParseThread {
  private readonly client: RpcClient<ParseProtocol>;
  private observed: Observed | null = null;
  /** A fresh thread (first call, or after one was stopped) is loaded before the next call is timed. */
  private loaded = false;

  private constructor(
    file: string,
    private readonly dir: string,
  ) {
    this.client = createRpcClient<ParseProtocol>({
      name: 'parse-thread',
      makeWorker: () => threadWorker(file, (o) => (this.observed = o)),
      texts: { timeout: () => 'stopped', crashed: 'crashed', closed: 'closed' },
    });
  }

  static async start(): Promise<ParseThread> {
    const dir = mkdtempSync(join(tmpdir(), 'parse-thread-'));
    return new ParseThread(await bundle(dir), dir);
  }

  /** One call; resolves with its answer, or 'stopped' after `limitMs`. */
  async send<K extends keyof ParseProtocol>(
    op: K,
    req: ParseProtocol[K]['req'],
    limitMs: number,
    transfer: Transferable[] = [],
  ): Promise<ThreadOutcome<ParseProtocol[K]['res']>> {
    await this.load();
    this.observed = null;
    const r = await this.client.call(op, req, { timeoutMs: limitMs, transfer });
    if (!r.ok) {
      if (r.error.code !== 'timeout') throw new Error(`parser thread: ${r.error.message}`);
      this.loaded = false;
      return { kind: 'stopped' };
    }
    const o = this.observed as Observed | null;
    if (o === null) throw new Error('parser thread answered without its observation');
    return {
      kind: 'settled',
      value: r.value,
      prototypesChanged: o.prototypesChanged,
      storageTouched: o.storageTouched,
    };
  }

  /** A one-way message (the port to a peer thread); loads the thread first. */
  async post(message: unknown, transfer: Transferable[] = []): Promise<void> {
    await this.load();
    this.client.post(message, transfer);
  }

  async close(): Promise<void> {
    this.client.terminate();
    rmSync(this.dir, { recursive: true, force: true });
  }

  private async load(): Promise<void> {
    if (this.loaded) return;
    const r = await this.client.call('ping', null, { timeoutMs: START_MS });
    if (!r.ok) throw new Error(`parser thread did not start: ${r.error.message}`);
    this.loaded = true;
  }
}
