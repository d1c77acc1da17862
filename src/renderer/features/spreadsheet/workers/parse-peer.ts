/**
 * The link between an import's two parser Workers (sheet-parse.worker.ts), over the MessageChannel the
 * page gives them: each Worker serves the peer protocol on its port (as the second Worker: read the half
 * it was sent, convert its rows) and asks its own requests on the same port (as the first Worker).
 * Both directions use the Worker protocol (workers/rpc-client.ts, rpc-server.ts); a request the peer
 * cannot answer is a refusal, never a hang here (the page's watchdog covers the first Worker's whole call).
 */
import { convertRows } from '../../../../shared/sheets/import-convert';
import type { SheetGrid } from '../../../../shared/sheets/sheet-cell';
import { SHEET_MESSAGES as M } from '../../../../shared/sheets/sheet-messages';
import { createRpcClient, type RpcClient } from '../../../workers/rpc-client';
import type { RpcPort } from '../../../workers/rpc-protocol';
import { serveRpc } from '../../../workers/rpc-server';
import type {
  PartConvertRequest,
  PartConverted,
  PartOpenRequest,
  PartOpened,
  PartRefused,
  PeerProtocol,
} from './parse-protocol';
import { prototypesChanged, snapshotPrototypes } from './prototype-watch';
import { readWorkbook } from './workbook-read';

const clean = snapshotPrototypes();
/** The other parser Worker of this import, if the page gave one. */
let peer: RpcClient<PeerProtocol> | null = null;
/** As the second Worker: the sheet half this Worker read for its peer. */
let half: SheetGrid | null = null;

/** As the second Worker: reads the half it was sent. */
function partOpen(req: PartOpenRequest): PartOpened | PartRefused {
  half = null;
  const read = readWorkbook(req.bytes, { maxSheets: req.maxSheets, sheetRows: req.sheetRows });
  if (prototypesChanged(clean)) return { kind: 'part-refused', hostile: true };
  if (!read.ok) return { kind: 'part-refused', hostile: false };
  const withRows = read.grids.flatMap((g, i) => (g.rowCount > 0 ? [i] : []));
  const sheet = withRows.length === 1 ? (withRows[0] as number) : -1;
  const g = read.grids[sheet];
  if (g === undefined) return { kind: 'part-opened', part: null };
  let firstRow = 0;
  while (firstRow < g.rowCount && g.rowLength(firstRow) === 0) firstRow++;
  half = g;
  return {
    kind: 'part-opened',
    part: { sheets: read.grids.length, sheet, firstRow, rowCount: g.rowCount, columnCount: g.columnCount },
  };
}

/** As the second Worker: converts the rows of the half it read. */
function partConvert(req: PartConvertRequest): PartConverted | PartRefused {
  if (half === null) return { kind: 'part-refused', hostile: false };
  const { values, ...summary } = convertRows(
    half,
    req.table,
    req.mapping,
    { start: req.start, end: half.rowCount },
    req.labels,
    { explained: new Map(req.explained ?? []) },
  );
  return { kind: 'part-converted', summary, values: JSON.stringify(values) };
}

/** A peer request that throws is refused (hostile when it changed a prototype), never left unanswered. */
function asPeer<T>(run: () => T): T | PartRefused {
  try {
    return run();
  } catch {
    return { kind: 'part-refused', hostile: prototypesChanged(clean) };
  }
}

/** The port to the other parser Worker: this Worker serves its requests and asks its own on the same port. */
export function connectPeer(port: MessagePort): void {
  serveRpc<PeerProtocol>(port as RpcPort, {
    'part-open': (req) => asPeer(() => partOpen(req)),
    'part-convert': (req) => asPeer(() => partConvert(req)),
  });
  peer = createRpcClient<PeerProtocol>({
    name: 'sheet-parse peer',
    makeWorker: () => port as RpcPort,
    texts: { timeout: M.timeout, crashed: M.workerCrashed, closed: M.workerCrashed },
  });
}

/** Asks the peer; without one, or when the port fails, the answer is a (not hostile) refusal. */
export async function askPeer<K extends keyof PeerProtocol>(
  op: K,
  req: PeerProtocol[K]['req'],
  transfer: Transferable[] = [],
): Promise<PeerProtocol[K]['res'] | PartRefused> {
  const r = peer === null ? null : await peer.call(op, req, { transfer });
  return r?.ok === true ? r.value : { kind: 'part-refused', hostile: false };
}

/** Whether the page gave this Worker a peer (only then is a big sheet cut in two). */
export function hasPeer(): boolean {
  return peer !== null;
}
