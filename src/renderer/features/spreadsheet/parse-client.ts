/**
 * The page's side of the parser Worker: one Worker per import, one request at a time, a watchdog per
 * request (docs/SECURITY.md S2: a file that keeps the parser busy past the limit gets its Worker terminated and
 * a "文件过于复杂" refusal), and terminate() on cancel and when the wizard closes. Results are values:
 * a refusal carries a Chinese message, never an exception.
 *
 * A second Worker (the peer) reads half of a big sheet on the other core; the page only connects the
 * two by a MessageChannel and ends both together — on timeout, cancel, close, or when either fails.
 */
import type { TableDef } from '../../../shared/catalog/catalog-types';
import type { ColumnMapping } from '../../../shared/sheets/column-mapping';
import type { HeaderDetection } from '../../../shared/sheets/header-detect';
import {
  DEFAULT_SHEET_LIMITS,
  parseTimeLimitMs,
  type SheetLimits,
} from '../../../shared/sheets/sheet-limits';
import { SHEET_MESSAGES as M } from '../../../shared/sheets/sheet-messages';
import type {
  ConvertedSummary,
  ParsePhase,
  ParseRequest,
  ParseResponse,
  RefusalCode,
} from './workers/parse-protocol';

export type Opened = Extract<ParseResponse, { kind: 'opened' }>;
export type Refused = Extract<ParseResponse, { kind: 'refused' }>;
/** A converted sheet: its problems for the preview, and its rows as JSON text for importSlice. */
export interface Converted {
  readonly summary: ConvertedSummary;
  readonly values: string;
}
export type ParseOutcome<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly code: RefusalCode; readonly message: string };

export type ProgressListener = (phase: ParsePhase, done: number, total: number) => void;

export function createParseWorker(): Worker {
  return new Worker(new URL('./workers/sheet-parse.worker.ts', import.meta.url), {
    type: 'module',
    name: 'sheet-parse',
  });
}

/** A second parser Worker only helps where a second core can run it. */
function twoCores(): boolean {
  return (globalThis.navigator?.hardwareConcurrency ?? 1) > 1;
}

export class ParseClient {
  private worker: Worker | null;
  private peer: Worker | null = null;
  private peerLoaded: Promise<void> = Promise.resolve();
  private pending: ((m: ParseResponse) => void) | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly limits: SheetLimits = DEFAULT_SHEET_LIMITS,
    private readonly onProgress: ProgressListener = () => undefined,
    makeWorker: () => Worker = createParseWorker,
    makePeer: (() => Worker) | null = makeWorker === createParseWorker && twoCores()
      ? createParseWorker
      : null,
  ) {
    this.worker = makeWorker();
    this.worker.onmessage = (e: MessageEvent<ParseResponse>) => {
      if (e.data.kind === 'progress') this.onProgress(e.data.phase, e.data.done, e.data.total);
      else this.settle(e.data);
    };
    this.worker.onerror = (e) => {
      e.preventDefault();
      // Kept for diagnosis: the user sees the Chinese refusal, the console keeps the engine's reason.
      console.warn('sheet-parse worker failed:', e.message);
      this.fail('worker-crashed', M.workerCrashed);
    };
    if (makePeer !== null) this.startPeer(makePeer);
  }

  /**
   * Starts the peer; the first Worker is given its port only once the peer has loaded, so a peer that
   * never starts leaves the first Worker reading every file whole instead of waiting for it.
   */
  private startPeer(makePeer: () => Worker): void {
    const peer = makePeer();
    const channel = new MessageChannel();
    this.peerLoaded = new Promise<void>((resolve) => {
      peer.onmessage = (e: MessageEvent<ParseResponse>) => {
        if (e.data.kind !== 'ready') return;
        this.worker?.postMessage({ kind: 'peer', port: channel.port1 } satisfies ParseRequest, [
          channel.port1,
        ]);
        resolve();
      };
    });
    peer.onerror = (e) => {
      e.preventDefault();
      console.warn('sheet-parse peer worker failed:', e.message);
      // The first Worker may be waiting for its peer's half: nothing else would answer it.
      this.fail('worker-crashed', M.workerCrashed);
      this.terminate();
    };
    peer.postMessage({ kind: 'peer', port: channel.port2 } satisfies ParseRequest, [channel.port2]);
    peer.postMessage({ kind: 'ping' } satisfies ParseRequest);
    this.peer = peer;
  }

  private terminate(): void {
    this.worker?.terminate();
    this.worker = null;
    this.peer?.terminate();
    this.peer = null;
  }

  /** Resolves once the Worker has loaded its code; the wizard starts a client before the file is picked. */
  async ready(): Promise<ParseOutcome<true>> {
    const r = await this.request({ kind: 'ping' }, 'ready');
    if (!r.ok) return r;
    // The peer's loading is waited for too (so it is not part of a file's time), but not required.
    await Promise.race([
      this.peerLoaded,
      new Promise((resolve) => setTimeout(resolve, this.limits.timeoutBaseMs)),
    ]);
    return { ok: true, value: true };
  }

  /** Parses the file (bytes are transferred to the Worker) within a time limit set by its size. */
  open(name: string, bytes: Uint8Array, table: TableDef): Promise<ParseOutcome<Opened>> {
    const limitMs = parseTimeLimitMs(bytes.length, this.limits);
    return this.request(
      { kind: 'open', name, bytes, limits: this.limits, table },
      'opened',
      [bytes.buffer as ArrayBuffer],
      limitMs,
    );
  }

  header(sheet: number, row: number): Promise<ParseOutcome<HeaderDetection>> {
    return this.request({ kind: 'header', sheet, row }, 'header').then((r) =>
      r.ok ? { ok: true, value: r.value.header } : r,
    );
  }

  /** Converts the sheet; `existingKeys` are the slice's stored natural keys (for append collisions). */
  convert(
    sheet: number,
    mapping: ColumnMapping,
    dataStart: number,
    labels: readonly string[],
    existingKeys: readonly string[] = [],
  ): Promise<ParseOutcome<Converted>> {
    return this.request(
      { kind: 'convert', sheet, mapping, dataStart, labels, existingKeys },
      'converted',
    ).then((r) => (r.ok ? { ok: true, value: { summary: r.value.result, values: r.value.values } } : r));
  }

  /** Ends the Worker; a pending request resolves as cancelled. Safe to call twice. */
  dispose(): void {
    this.fail('parse-failed', '已取消。');
    this.terminate();
  }

  get alive(): boolean {
    return this.worker !== null;
  }

  private request<K extends ParseResponse['kind']>(
    message: ParseRequest,
    expect: K,
    transfer: Transferable[] = [],
    limitMs: number = this.limits.timeoutMs,
  ): Promise<ParseOutcome<Extract<ParseResponse, { kind: K }>>> {
    const worker = this.worker;
    if (worker === null)
      return Promise.resolve({ ok: false, code: 'worker-crashed', message: M.workerCrashed });
    return new Promise((resolve) => {
      this.pending = (m) => {
        if (m.kind === 'refused') resolve({ ok: false, code: m.code, message: m.message });
        else if (m.kind === expect) resolve({ ok: true, value: m as Extract<ParseResponse, { kind: K }> });
        else resolve({ ok: false, code: 'parse-failed', message: M.parseFailed });
      };
      this.timer = setTimeout(() => {
        // The parser may be stuck in a hostile regular expression: only terminating the Worker stops it.
        this.fail('timeout', M.timeout(Math.round(limitMs / 1000)));
        this.terminate();
      }, limitMs);
      worker.postMessage(message, transfer);
    });
  }

  private settle(m: ParseResponse): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    const p = this.pending;
    this.pending = null;
    p?.(m);
  }

  private fail(code: RefusalCode, message: string): void {
    this.settle({ kind: 'refused', code, message });
  }
}
