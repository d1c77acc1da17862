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
import { createRpcClient, type RpcClient } from '../../workers/rpc-client';
import type { RpcWorker } from '../../workers/rpc-protocol';
import type {
  ConvertedSummary,
  Opened,
  ParsePhase,
  ParseProtocol,
  ParseResponse,
  PeerPortMessage,
  Refused,
  RefusalCode,
} from './workers/parse-protocol';

export type { Opened, Refused };
/** A converted sheet: its problems for the preview, and its rows as JSON text for importSlice. */
export interface Converted {
  readonly summary: ConvertedSummary;
  readonly values: string;
}
export type ParseOutcome<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly code: RefusalCode; readonly message: string };

export type ProgressListener = (phase: ParsePhase, done: number, total: number) => void;

const CANCELLED = '已取消。';

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
  private readonly rpc: RpcClient<ParseProtocol>;
  private peer: RpcClient<ParseProtocol> | null = null;
  private peerLoaded: Promise<void> = Promise.resolve();
  /** Why the Workers were ended: a call asked afterwards, or in flight then, is refused with it. */
  private ended: { readonly code: RefusalCode; readonly message: string } | null = null;

  constructor(
    private readonly limits: SheetLimits = DEFAULT_SHEET_LIMITS,
    private readonly onProgress: ProgressListener = () => undefined,
    makeWorker: () => RpcWorker = createParseWorker,
    makePeer: (() => RpcWorker) | null = makeWorker === createParseWorker && twoCores()
      ? createParseWorker
      : null,
  ) {
    this.rpc = createRpcClient<ParseProtocol>({
      name: 'sheet-parse',
      makeWorker,
      texts: { timeout: M.timeout, crashed: M.workerCrashed, closed: CANCELLED },
      onFailure: () => this.end('worker-crashed', M.workerCrashed),
    });
    this.rpc.warm();
    if (makePeer !== null) this.startPeer(makePeer);
  }

  /**
   * Starts the peer; the first Worker is given its port only once the peer has loaded, so a peer that
   * never starts leaves the first Worker reading every file whole instead of waiting for it.
   */
  private startPeer(makePeer: () => RpcWorker): void {
    const channel = new MessageChannel();
    const peer = createRpcClient<ParseProtocol>({
      name: 'sheet-parse peer',
      makeWorker: makePeer,
      texts: { timeout: M.timeout, crashed: M.workerCrashed, closed: CANCELLED },
      // The first Worker may be waiting for its peer's half: nothing else would answer it.
      onFailure: () => this.end('worker-crashed', M.workerCrashed),
    });
    peer.post({ kind: 'peer', port: channel.port2 } satisfies PeerPortMessage, [channel.port2]);
    this.peerLoaded = peer.call('ping', null).then((r) => {
      if (r.ok && this.ended === null)
        this.rpc.post({ kind: 'peer', port: channel.port1 } satisfies PeerPortMessage, [channel.port1]);
    });
    this.peer = peer;
  }

  /** Ends both Workers; the call in flight resolves with `code` and `message`. */
  private end(code: RefusalCode, message: string): void {
    this.ended ??= { code, message };
    this.rpc.terminate();
    this.peer?.terminate();
  }

  /** Resolves once the Worker has loaded its code; the wizard starts a client before the file is picked. */
  async ready(): Promise<ParseOutcome<true>> {
    const r = await this.request('ping', null);
    if (!r.ok) return r;
    // The peer's loading is waited for too (so it is not part of a file's time), but not required.
    await Promise.race([
      this.peerLoaded,
      new Promise((resolve) => setTimeout(resolve, this.limits.timeoutBaseMs)),
    ]);
    return { ok: true, value: true };
  }

  /** Parses the file (bytes are transferred to the Worker) within a time limit set by its size. */
  async open(name: string, bytes: Uint8Array, table: TableDef): Promise<ParseOutcome<Opened>> {
    const limitMs = parseTimeLimitMs(bytes.length, this.limits);
    const r = await this.request(
      'open',
      { name, bytes, limits: this.limits, table },
      [bytes.buffer as ArrayBuffer],
      limitMs,
    );
    return r.ok ? answered(r.value, 'opened') : r;
  }

  async header(sheet: number, row: number): Promise<ParseOutcome<HeaderDetection>> {
    const r = await this.request('header', { sheet, row });
    if (!r.ok) return r;
    const a = answered(r.value, 'header');
    return a.ok ? { ok: true, value: a.value.header } : a;
  }

  /**
   * Converts the sheet; `existingKeys` are the slice's stored natural keys (for append collisions),
   * `explained` its stored 留空说明 by natural key (explainedByKey).
   */
  async convert(
    sheet: number,
    mapping: ColumnMapping,
    dataStart: number,
    labels: readonly string[],
    existingKeys: readonly string[] = [],
    explained: readonly (readonly [string, readonly string[]])[] = [],
  ): Promise<ParseOutcome<Converted>> {
    const r = await this.request('convert', { sheet, mapping, dataStart, labels, existingKeys, explained });
    if (!r.ok) return r;
    const a = answered(r.value, 'converted');
    return a.ok ? { ok: true, value: { summary: a.value.result, values: a.value.values } } : a;
  }

  /** Ends the Worker; a pending request resolves as cancelled. Safe to call twice. */
  dispose(): void {
    this.end('parse-failed', CANCELLED);
  }

  get alive(): boolean {
    return !this.rpc.closed;
  }

  private async request<K extends keyof ParseProtocol>(
    op: K,
    req: ParseProtocol[K]['req'],
    transfer: Transferable[] = [],
    limitMs: number = this.limits.timeoutMs,
  ): Promise<ParseOutcome<ParseProtocol[K]['res']>> {
    if (this.rpc.closed) return { ok: false, code: 'worker-crashed', message: M.workerCrashed };
    const r = await this.rpc.call(op, req, {
      transfer,
      timeoutMs: limitMs,
      onProgress: (p: { phase: ParsePhase; done: number; total: number }) =>
        this.onProgress(p.phase, p.done, p.total),
    });
    if (r.ok) return { ok: true, value: r.value };
    if (r.error.code === 'closed' && this.ended !== null) return { ok: false, ...this.ended };
    // The parser may be stuck in a hostile regular expression: only terminating the Worker stops it.
    if (r.error.code === 'timeout') this.end('timeout', r.error.message);
    else this.end('worker-crashed', M.workerCrashed);
    return r.error.code === 'timeout'
      ? { ok: false, code: 'timeout', message: r.error.message }
      : {
          ok: false,
          code: r.error.code === 'thrown' ? 'parse-failed' : 'worker-crashed',
          message: r.error.code === 'thrown' ? M.parseFailed : M.workerCrashed,
        };
  }
}

/** The Worker's answer of the expected kind, or its refusal of the file. */
function answered<K extends Exclude<ParseResponse['kind'], 'refused'>>(
  m: ParseResponse,
  kind: K,
): ParseOutcome<Extract<ParseResponse, { kind: K }>> {
  if (m.kind === 'refused') return { ok: false, code: m.code, message: m.message };
  if (m.kind === kind) return { ok: true, value: m as Extract<ParseResponse, { kind: K }> };
  return { ok: false, code: 'parse-failed', message: M.parseFailed };
}
