/**
 * The disposable parser Worker (docs/SECURITY.md S1–S4, docs/ARCHITECTURE.md §5). It owns the hostile bytes: checks the
 * file's size, scans the zip counting real inflated bytes and declared sheet sizes, parses with SheetJS
 * (or our CSV reader), refuses the file if parsing changed any built-in prototype, detects the header
 * and converts rows. It never touches the database; the page terminates it after use, on cancel and on
 * timeout, so whatever the file did to this Worker dies with it.
 *
 * Two cores: the page starts two of these Workers per import and joins them by a MessageChannel. The one
 * the page talks to cuts a big sheet in two (workbook-split.ts) and hands the second half to the other,
 * so both read and later convert half the rows at once; it then joins the halves' summaries and rows as
 * one reading would have produced them. If the second half does not fit (rows out of order, a first row
 * without its number), it reads the whole sheet itself.
 */
import type { TableDef } from '../../../../shared/catalog/catalog-types';
import { decodeCsvBytes, guessDelimiter, parseCsv } from '../../../../shared/sheets/csv-text';
import { HEADER_SCAN_ROWS, detectHeader, headerAtRow } from '../../../../shared/sheets/header-detect';
import { findAppendCollisions } from '../../../../shared/sheets/append-collisions';
import {
  convertRows,
  convertSheet,
  joinParts,
  type ConvertOptions,
  type PartSummary,
} from '../../../../shared/sheets/import-convert';
import { arrayGrid, cellDisplay, type SheetGrid } from '../../../../shared/sheets/sheet-cell';
import { declaredCells } from '../../../../shared/sheets/sheet-dimension';
import type { SheetLimits } from '../../../../shared/sheets/sheet-limits';
import { SHEET_MESSAGES as M } from '../../../../shared/sheets/sheet-messages';
import { splitWorkbook } from '../../../../shared/sheets/workbook-split';
import { storedZip } from '../../../../shared/bundle/zip-writer';
import { scanZip, type InflatedEntry } from '../../../../shared/sheets/zip-scan';
import type { RpcPort } from '../../../workers/rpc-protocol';
import { serveRpc } from '../../../workers/rpc-server';
import {
  isPeerPortMessage,
  type ConvertRequest,
  type ConvertedAnswer,
  type OpenRequest,
  type Opened,
  type ParseProgress,
  type ParseProtocol,
  type PartRead,
  type Refused,
  type RefusalCode,
  type SheetFormat,
  type SheetSummary,
} from './parse-protocol';
import { prototypesChanged, snapshotPrototypes } from './prototype-watch';
import { readWorkbook } from './workbook-read';
import { askPeer, connectPeer, hasPeer } from './parse-peer';

const PREVIEW_ROWS = 15;
const PREVIEW_COLS = 40;

let grids: SheetGrid[] = [];
let table: TableDef | null = null;
const clean = snapshotPrototypes();
/** The sheet whose second half the peer holds, and where that half starts. */
let split: { readonly sheet: number; readonly firstRow: number } | null = null;
/** The second half must start below the rows the header is looked for in, and the preview shows. */
const MIN_SPLIT_ROW = 100;

class Refusal {
  constructor(
    readonly code: RefusalCode,
    readonly message: string,
  ) {}
}

type Progress = (p: ParseProgress) => void;

function formatOf(name: string, bytes: Uint8Array): SheetFormat | null {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) return 'xlsx';
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) return 'xls';
  if (/\.(csv|txt)$/i.test(name)) return 'csv';
  // An .xlsx is always a zip: anything else under that name is damaged (docs/SECURITY.md S4).
  if (/\.xlsx$/i.test(name)) throw new Refusal('zip-damaged', M.zipDamaged);
  // Some systems save HTML or XML tables as .xls; SheetJS reads those.
  return /\.xls$/i.test(name) ? 'xls' : null;
}

/**
 * Scans the zip (limits on entries and real inflated bytes, declared sheet sizes) and returns its
 * entries as an uncompressed archive: SheetJS then reads exactly the bytes that were counted, and does
 * not inflate them a second time in JavaScript (the scan's native inflate is ~8× faster).
 */
async function checkZip(
  bytes: Uint8Array,
  limits: SheetLimits,
  progress: Progress,
): Promise<readonly InflatedEntry[]> {
  progress({ phase: 'scan', done: 0, total: bytes.length });
  let oversized: { rows: number; cols: number } | null = null;
  const onHead = (name: string, head: Uint8Array): void => {
    if (oversized !== null || !/^xl\/worksheets\/[^/]+\.xml$/i.test(name)) return;
    const d = declaredCells(new TextDecoder().decode(head));
    if (d !== null && (d.rows * d.cols > limits.maxCells || d.rows > limits.maxRows + HEADER_SCAN_ROWS))
      oversized = d;
  };
  const scan = await scanZip(
    bytes,
    { maxEntries: limits.maxZipEntries, maxInflatedBytes: limits.maxInflatedBytes },
    { onHead, keep: true },
  );
  if (!scan.ok) {
    switch (scan.reason) {
      case 'too-many-entries':
        throw new Refusal('too-many-entries', M.tooManyEntries(limits.maxZipEntries));
      case 'inflated-too-large':
        throw new Refusal('inflated-too-large', M.inflatedTooLarge(limits.maxInflatedBytes));
      case 'ratio-too-high':
        throw new Refusal('inflated-too-large', M.ratioTooHigh);
      case 'encrypted':
        throw new Refusal('zip-encrypted', M.zipEncrypted);
      default:
        throw new Refusal('zip-damaged', M.zipDamaged);
    }
  }
  const big = oversized as { rows: number; cols: number } | null;
  if (big !== null) throw new Refusal('too-many-cells', M.tooManyCells(big.rows, big.cols, limits.maxCells));
  return scan.inflated ?? [];
}

async function readGrids(
  name: string,
  bytes: Uint8Array,
  format: SheetFormat,
  limits: SheetLimits,
  progress: Progress,
): Promise<{ grids: SheetGrid[]; encoding: string | null }> {
  if (format === 'csv') {
    const decoded = decodeCsvBytes(bytes);
    const parsed = parseCsv(decoded.text, guessDelimiter(decoded.text), {
      maxRows: limits.maxRows + HEADER_SCAN_ROWS,
      maxCells: limits.maxCells,
    });
    if (!parsed.ok)
      throw parsed.reason === 'too-many-rows'
        ? new Refusal('too-many-rows', M.tooManyRows(limits.maxRows))
        : new Refusal('too-many-cells', M.tooManyCells(0, 0, limits.maxCells));
    return {
      grids: [arrayGrid(name.replace(/\.[^.]+$/, '') || 'CSV', parsed.rows)],
      encoding: decoded.encoding,
    };
  }
  const entries = format === 'xlsx' ? await checkZip(bytes, limits, progress) : null;
  progress({ phase: 'parse', done: 0, total: bytes.length });
  const wbLimits = { maxSheets: limits.maxSheets, sheetRows: limits.maxRows + HEADER_SCAN_ROWS + 1 };
  const halves = entries !== null && hasPeer() ? splitWorkbook(entries, limits.splitMinBytes) : null;
  let read: ReturnType<typeof readWorkbook> | null = null;
  if (halves !== null) {
    const answer = askPeer('part-open', { bytes: halves.second, ...wbLimits }, [
      halves.second.buffer as ArrayBuffer,
    ]);
    const first = readWorkbook(halves.first, wbLimits);
    const reply = await answer;
    if (prototypesChanged(clean) || (reply.kind === 'part-refused' && reply.hostile))
      throw new Refusal('hostile-content', M.hostileContent);
    if (first.ok && reply.kind === 'part-opened' && fits(first.grids, reply.part)) {
      const part = reply.part as PartRead;
      split = { sheet: part.sheet, firstRow: part.firstRow };
      read = { ok: true, grids: first.grids.map((g, i) => (i === part.sheet ? joinedView(g, part) : g)) };
    }
  }
  read ??= readWorkbook(entries === null ? bytes : storedZip(entries), wbLimits);
  if (prototypesChanged(clean)) throw new Refusal('hostile-content', M.hostileContent);
  if (!read.ok)
    throw read.reason === 'too-many-sheets'
      ? new Refusal('too-many-sheets', M.tooManySheets(limits.maxSheets))
      : new Refusal('parse-failed', M.parseFailed);
  for (const g of read.grids) {
    if (g.rowCount * g.columnCount > limits.maxCells)
      throw new Refusal('too-many-cells', M.tooManyCells(g.rowCount, g.columnCount, limits.maxCells));
    if (g.rowCount > limits.maxRows + HEADER_SCAN_ROWS)
      throw new Refusal('too-many-rows', M.tooManyRows(limits.maxRows));
  }
  return { grids: read.grids, encoding: null };
}

/** The peer's half joins this Worker's rows only where it starts below every row here, and below the header rows. */
function fits(first: readonly SheetGrid[], part: PartRead | null): boolean {
  if (part === null || part.sheets !== first.length || part.firstRow < MIN_SPLIT_ROW) return false;
  const own = first[part.sheet];
  return own !== undefined && own.rowCount <= part.firstRow;
}

/** The first half as the whole sheet's size: header detection and preview read only its first rows. */
function joinedView(g: SheetGrid, part: PartRead): SheetGrid {
  return { ...g, rowCount: part.rowCount, columnCount: Math.max(g.columnCount, part.columnCount) };
}

/** Two JSON arrays' texts as one array's. */
function concatJsonArrays(a: string, b: string): string {
  if (a === '[]') return b;
  if (b === '[]') return a;
  return `${a.slice(0, -1)},${b.slice(1)}`;
}

function summary(g: SheetGrid, t: TableDef): SheetSummary {
  const preview: string[][] = [];
  for (let r = 0; r < Math.min(g.rowCount, PREVIEW_ROWS); r++) {
    preview.push(
      Array.from({ length: Math.min(g.rowLength(r), PREVIEW_COLS) }, (_, c) => cellDisplay(g.cell(r, c))),
    );
  }
  return { name: g.name, rows: g.rowCount, columns: g.columnCount, preview, header: detectHeader(g, t) };
}

async function open(req: OpenRequest, progress: Progress): Promise<Opened> {
  const { limits } = req;
  if (req.bytes.length > limits.maxFileBytes)
    throw new Refusal('file-too-large', M.fileTooLarge(limits.maxFileBytes));
  const format = formatOf(req.name, req.bytes);
  if (format === null) throw new Refusal('unknown-format', M.unknownFormat);
  table = req.table;
  split = null;
  const read = await readGrids(req.name, req.bytes, format, limits, progress);
  if (read.grids.length === 0) throw new Refusal('no-sheets', M.noSheets);
  grids = read.grids;
  const t = req.table;
  return {
    kind: 'opened',
    format,
    encoding: read.encoding,
    sheets: grids.map((g) => summary(g, t)),
    readers: split === null ? 1 : 2,
  };
}

function openedSheet(sheet: number): { grid: SheetGrid; table: TableDef } {
  const grid = grids[sheet];
  if (grid === undefined || table === null) throw new Refusal('parse-failed', M.parseFailed);
  return { grid, table };
}

async function convert(req: ConvertRequest, progress: Progress): Promise<ConvertedAnswer> {
  const { grid, table } = openedSheet(req.sheet);
  const options = {
    onProgress: (done: number, total: number) => progress({ phase: 'convert', done, total }),
    progressEvery: 5000,
    explained: new Map(req.explained ?? []),
  };
  let joined: PartSummary;
  let values: string;
  if (split !== null && split.sheet === req.sheet) {
    ({ joined, values } = await convertInHalves(grid, table, req, split.firstRow, options));
  } else {
    const { values: rows, ...rest } = convertSheet(
      grid,
      table,
      req.mapping,
      req.dataStart,
      req.labels,
      options,
    );
    joined = rest;
    values = JSON.stringify(rows);
  }
  const collisions = findAppendCollisions(
    {
      table,
      sheet: grid.name,
      keys: joined.keys,
      sheetRows: joined.sheetRows,
      mapping: req.mapping,
      labels: req.labels,
    },
    new Set(req.existingKeys),
  );
  const result = {
    issues: joined.issues,
    counts: joined.counts,
    skippedEmptyRows: joined.skippedEmptyRows,
    explainedRequired: joined.explainedRequired,
    dropped: joined.dropped,
    rows: joined.sheetRows.length,
    collisions: collisions.issues,
    collisionCount: collisions.count,
  };
  return { kind: 'converted', result, values };
}

/** Both Workers convert their half at once; the summaries join as one pass would have listed them. */
async function convertInHalves(
  grid: SheetGrid,
  t: TableDef,
  req: ConvertRequest,
  firstRow: number,
  options: ConvertOptions,
): Promise<{ joined: PartSummary; values: string }> {
  const answer = askPeer('part-convert', {
    table: t,
    mapping: req.mapping,
    labels: req.labels,
    start: Math.max(firstRow, req.dataStart),
    explained: req.explained,
  });
  const { values: own, ...first } = convertRows(
    grid,
    t,
    req.mapping,
    { start: req.dataStart, end: firstRow },
    req.labels,
    options,
  );
  // Encoded while the peer is still converting its (equal) half.
  const ownJson = JSON.stringify(own);
  const reply = await answer;
  if (reply.kind !== 'part-converted')
    throw reply.kind === 'part-refused' && reply.hostile
      ? new Refusal('hostile-content', M.hostileContent)
      : new Refusal('parse-failed', M.parseFailed);
  return {
    joined: joinParts([first, reply.summary], {
      table: t,
      mapping: req.mapping,
      labels: req.labels,
      sheet: grid.name,
    }),
    values: concatJsonArrays(ownJson, reply.values),
  };
}

/** A file the parser refuses, or a bug (or a prototype the file changed), is a Chinese answer. */
async function answer<T>(run: () => Promise<T> | T): Promise<T | Refused> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof Refusal) return { kind: 'refused', code: error.code, message: error.message };
    const hostile = prototypesChanged(clean);
    return {
      kind: 'refused',
      code: hostile ? 'hostile-content' : 'parse-failed',
      message: hostile ? M.hostileContent : M.parseFailed,
    };
  }
}

serveRpc<ParseProtocol>(
  globalThis as RpcPort,
  {
    ping: () => 'ready',
    open: (req, ctx) => answer(() => open(req, (p) => ctx.progress(p))),
    header: (req) =>
      answer(() => {
        const { grid, table } = openedSheet(req.sheet);
        return { kind: 'header' as const, sheet: req.sheet, header: headerAtRow(grid, table, req.row) };
      }),
    convert: (req, ctx) => answer(() => convert(req, (p) => ctx.progress(p))),
  },
  (m) => {
    if (isPeerPortMessage(m)) connectPeer(m.port);
  },
);
