/**
 * The disposable parser Worker (THREATS S1–S4, DESIGN.md §6). It owns the hostile bytes: checks the
 * file's size, scans the zip counting real inflated bytes and declared sheet sizes, parses with SheetJS
 * (or our CSV reader), refuses the file if parsing changed any built-in prototype, detects the header
 * and converts rows. It never touches the database; the page terminates it after use, on cancel and on
 * timeout, so whatever the file did to this Worker dies with it.
 */
import type { TableDef } from '../../../../shared/catalog/catalog-types';
import { decodeCsvBytes, guessDelimiter, parseCsv } from '../../../../shared/sheets/csv-text';
import { HEADER_SCAN_ROWS, detectHeader, headerAtRow } from '../../../../shared/sheets/header-detect';
import { findAppendCollisions } from '../../../../shared/sheets/append-collisions';
import { convertSheet } from '../../../../shared/sheets/import-convert';
import { arrayGrid, cellDisplay, type SheetGrid } from '../../../../shared/sheets/sheet-cell';
import { declaredCells } from '../../../../shared/sheets/sheet-dimension';
import type { SheetLimits } from '../../../../shared/sheets/sheet-limits';
import { SHEET_MESSAGES as M } from '../../../../shared/sheets/sheet-messages';
import { storedZip } from '../../../../shared/sheets/zip-builder';
import { scanZip } from '../../../../shared/sheets/zip-scan';
import type { ParseRequest, ParseResponse, RefusalCode, SheetFormat, SheetSummary } from './parse-protocol';
import { prototypesChanged, snapshotPrototypes } from './prototype-watch';
import { readWorkbook } from './workbook-read';

const scope = globalThis as unknown as { postMessage(m: ParseResponse, transfer?: Transferable[]): void; onmessage: ((e: MessageEvent<ParseRequest>) => Promise<void>) | null };
const PREVIEW_ROWS = 15;
const PREVIEW_COLS = 40;

let grids: SheetGrid[] = [];
let table: TableDef | null = null;
const clean = snapshotPrototypes();

class Refusal {
  constructor(
    readonly code: RefusalCode,
    readonly message: string,
  ) {}
}

const post = (m: ParseResponse): void => scope.postMessage(m);

function formatOf(name: string, bytes: Uint8Array): SheetFormat | null {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) return 'xlsx';
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) return 'xls';
  if (/\.(csv|txt)$/i.test(name)) return 'csv';
  // An .xlsx is always a zip: anything else under that name is damaged (THREATS S4).
  if (/\.xlsx$/i.test(name)) throw new Refusal('zip-damaged', M.zipDamaged);
  // Some systems save HTML or XML tables as .xls; SheetJS reads those.
  return /\.xls$/i.test(name) ? 'xls' : null;
}

/**
 * Scans the zip (limits on entries and real inflated bytes, declared sheet sizes) and returns its
 * entries as an uncompressed archive: SheetJS then reads exactly the bytes that were counted, and does
 * not inflate them a second time in JavaScript (the scan's native inflate is ~8× faster).
 */
async function checkZip(bytes: Uint8Array, limits: SheetLimits): Promise<Uint8Array> {
  post({ kind: 'progress', phase: 'scan', done: 0, total: bytes.length });
  let oversized: { rows: number; cols: number } | null = null;
  const onHead = (name: string, head: Uint8Array): void => {
    if (oversized !== null || !/^xl\/worksheets\/[^/]+\.xml$/i.test(name)) return;
    const d = declaredCells(new TextDecoder().decode(head));
    if (d !== null && (d.rows * d.cols > limits.maxCells || d.rows > limits.maxRows + HEADER_SCAN_ROWS)) oversized = d;
  };
  const scan = await scanZip(bytes, { maxEntries: limits.maxZipEntries, maxInflatedBytes: limits.maxInflatedBytes }, { onHead, keep: true });
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
  return storedZip(scan.inflated ?? []);
}

async function readGrids(name: string, bytes: Uint8Array, format: SheetFormat, limits: SheetLimits): Promise<{ grids: SheetGrid[]; encoding: string | null }> {
  if (format === 'csv') {
    const decoded = decodeCsvBytes(bytes);
    const parsed = parseCsv(decoded.text, guessDelimiter(decoded.text), { maxRows: limits.maxRows + HEADER_SCAN_ROWS, maxCells: limits.maxCells });
    if (!parsed.ok) throw parsed.reason === 'too-many-rows' ? new Refusal('too-many-rows', M.tooManyRows(limits.maxRows)) : new Refusal('too-many-cells', M.tooManyCells(0, 0, limits.maxCells));
    return { grids: [arrayGrid(name.replace(/\.[^.]+$/, '') || 'CSV', parsed.rows)], encoding: decoded.encoding };
  }
  const source = format === 'xlsx' ? await checkZip(bytes, limits) : bytes;
  post({ kind: 'progress', phase: 'parse', done: 0, total: bytes.length });
  const read = readWorkbook(source, { maxSheets: limits.maxSheets, sheetRows: limits.maxRows + HEADER_SCAN_ROWS + 1 });
  if (prototypesChanged(clean)) throw new Refusal('hostile-content', M.hostileContent);
  if (!read.ok) throw read.reason === 'too-many-sheets' ? new Refusal('too-many-sheets', M.tooManySheets(limits.maxSheets)) : new Refusal('parse-failed', M.parseFailed);
  for (const g of read.grids) {
    if (g.rowCount * g.columnCount > limits.maxCells) throw new Refusal('too-many-cells', M.tooManyCells(g.rowCount, g.columnCount, limits.maxCells));
    if (g.rowCount > limits.maxRows + HEADER_SCAN_ROWS) throw new Refusal('too-many-rows', M.tooManyRows(limits.maxRows));
  }
  return { grids: read.grids, encoding: null };
}

function summary(g: SheetGrid, t: TableDef): SheetSummary {
  const preview: string[][] = [];
  for (let r = 0; r < Math.min(g.rowCount, PREVIEW_ROWS); r++) {
    preview.push(Array.from({ length: Math.min(g.rowLength(r), PREVIEW_COLS) }, (_, c) => cellDisplay(g.cell(r, c))));
  }
  return { name: g.name, rows: g.rowCount, columns: g.columnCount, preview, header: detectHeader(g, t) };
}

async function open(req: Extract<ParseRequest, { kind: 'open' }>): Promise<void> {
  const { limits } = req;
  if (req.bytes.length > limits.maxFileBytes) throw new Refusal('file-too-large', M.fileTooLarge(limits.maxFileBytes));
  const format = formatOf(req.name, req.bytes);
  if (format === null) throw new Refusal('unknown-format', M.unknownFormat);
  table = req.table;
  const read = await readGrids(req.name, req.bytes, format, limits);
  if (read.grids.length === 0) throw new Refusal('no-sheets', M.noSheets);
  grids = read.grids;
  const t = req.table;
  post({ kind: 'opened', format, encoding: read.encoding, sheets: grids.map((g) => summary(g, t)) });
}

async function handle(req: ParseRequest): Promise<void> {
  if (req.kind === 'ping') return post({ kind: 'ready' });
  if (req.kind === 'open') return await open(req);
  const grid = grids[req.sheet];
  if (grid === undefined || table === null) throw new Refusal('parse-failed', M.parseFailed);
  if (req.kind === 'header') {
    post({ kind: 'header', sheet: req.sheet, header: headerAtRow(grid, table, req.row) });
    return;
  }
  const { values, sheetRows, ...rest } = convertSheet(grid, table, req.mapping, req.dataStart, req.labels, {
    onProgress: (done, total) => post({ kind: 'progress', phase: 'convert', done, total }),
    progressEvery: 5000,
  });
  const collisions = findAppendCollisions({ table, sheet: grid.name, values, sheetRows, mapping: req.mapping, labels: req.labels }, new Set(req.existingKeys));
  const result = { ...rest, rows: values.length, collisions: collisions.issues, collisionCount: collisions.count };
  post({ kind: 'converted', result, values: JSON.stringify(values) });
}

// Returns its promise so a test driving this handler can await the answer; a Worker ignores it.
scope.onmessage = async (e) => {
  try {
    await handle(e.data);
  } catch (error) {
    if (error instanceof Refusal) post({ kind: 'refused', code: error.code, message: error.message });
    else post({ kind: 'refused', code: prototypesChanged(clean) ? 'hostile-content' : 'parse-failed', message: prototypesChanged(clean) ? M.hostileContent : M.parseFailed });
  }
};
