/**
 * Messages between the import wizard and the disposable parser Worker. Only plain data crosses: the
 * file's bytes go in (transferred), sheet summaries and converted rows come out (structured clone copies
 * own data properties only, and the rows are JSON bytes, so nothing the parser's prototypes picked up
 * reaches the page).
 */
import type { TableDef } from '../../../../shared/catalog/catalog-types';
import type { ColumnMapping } from '../../../../shared/sheets/column-mapping';
import type { HeaderDetection } from '../../../../shared/sheets/header-detect';
import type { PartSummary } from '../../../../shared/sheets/import-convert';
import type { ImportIssue } from '../../../../shared/sheets/import-issues';
import type { SheetLimits } from '../../../../shared/sheets/sheet-limits';

export type SheetFormat = 'xlsx' | 'xls' | 'csv';

export interface SheetSummary {
  readonly name: string;
  readonly rows: number;
  readonly columns: number;
  /** The first rows as display text, for choosing the header row. */
  readonly preview: readonly (readonly string[])[];
  readonly header: HeaderDetection;
}

export interface OpenRequest {
  readonly name: string;
  readonly bytes: Uint8Array;
  readonly limits: SheetLimits;
  readonly table: TableDef;
}

export interface HeaderRequest {
  readonly sheet: number;
  readonly row: number;
}

export interface ConvertRequest {
  readonly sheet: number;
  readonly mapping: ColumnMapping;
  readonly dataStart: number;
  readonly labels: readonly string[];
  /** Natural keys already stored in the slice (storedKeys), for locating append collisions. */
  readonly existingKeys: readonly string[];
  /** Stored 留空说明 by natural key: [key, explained field keys] (ConvertOptions.explained). */
  readonly explained?: readonly (readonly [string, readonly string[]])[];
}

/** What the page sees of a conversion: problems and counts; the rows themselves travel as bytes. */
export interface ConvertedSummary extends Omit<PartSummary, 'sheetRows' | 'keys'> {
  readonly rows: number;
  /** Rows whose natural key is already stored: errors only when appending (append-collisions.ts). */
  readonly collisions: ImportIssue[];
  readonly collisionCount: number;
}

export type ParsePhase = 'scan' | 'parse' | 'convert';

export type RefusalCode =
  | 'file-too-large'
  | 'too-many-entries'
  | 'inflated-too-large'
  | 'zip-damaged'
  | 'zip-encrypted'
  | 'too-many-sheets'
  | 'too-many-cells'
  | 'too-many-rows'
  | 'unknown-format'
  | 'parse-failed'
  | 'hostile-content'
  | 'no-sheets'
  | 'timeout'
  | 'worker-crashed';

export interface ParseProgress {
  readonly phase: ParsePhase;
  readonly done: number;
  readonly total: number;
}

export type Refused = { readonly kind: 'refused'; readonly code: RefusalCode; readonly message: string };
/** `readers`: 2 when a big sheet was read in halves by both parser Workers (for the bench and tests). */
export interface Opened {
  readonly kind: 'opened';
  readonly format: SheetFormat;
  readonly encoding: string | null;
  readonly sheets: readonly SheetSummary[];
  readonly readers: 1 | 2;
}
export interface HeaderAnswer {
  readonly kind: 'header';
  readonly sheet: number;
  readonly header: HeaderDetection;
}
/** `values`: the rows as JSON text (one string is copied whole); the page hands it to the storage worker unread. */
export interface ConvertedAnswer {
  readonly kind: 'converted';
  readonly result: ConvertedSummary;
  readonly values: string;
}
export type ParseResponse = Opened | HeaderAnswer | ConvertedAnswer | Refused;

/**
 * The parser Worker's protocol (workers/rpc-protocol.ts). A refusal of the file is an answer, not a failure:
 * only a Worker that hangs or dies is one (the page's client turns both into the same Chinese refusals).
 */
export type ParseProtocol = {
  /** Answered once the Worker's code (SheetJS) is loaded: the wizard starts it early. */
  readonly ping: { readonly req: null; readonly res: 'ready' };
  readonly open: {
    readonly req: OpenRequest;
    readonly res: Opened | Refused;
    readonly progress: ParseProgress;
  };
  readonly header: { readonly req: HeaderRequest; readonly res: HeaderAnswer | Refused };
  readonly convert: {
    readonly req: ConvertRequest;
    readonly res: ConvertedAnswer | Refused;
    readonly progress: ParseProgress;
  };
};

/** One-way, outside the protocol: the port to this import's other parser Worker (PeerProtocol). */
export interface PeerPortMessage {
  readonly kind: 'peer';
  readonly port: MessagePort;
}

export function isPeerPortMessage(m: unknown): m is PeerPortMessage {
  return typeof m === 'object' && m !== null && (m as { kind?: unknown }).kind === 'peer' && 'port' in m;
}

/**
 * Between the two parser Workers of one import, over the MessageChannel the page gives them: the first
 * (which the page talks to) sends the second half of a big sheet (workbook-split.ts) and later asks for
 * its rows converted; the second answers. Only plain data crosses, as between a Worker and the page.
 */
export interface PartOpenRequest {
  readonly bytes: Uint8Array;
  readonly maxSheets: number;
  readonly sheetRows: number;
}

export interface PartConvertRequest {
  readonly table: TableDef;
  readonly mapping: ColumnMapping;
  readonly labels: readonly string[];
  readonly start: number;
  readonly explained?: readonly (readonly [string, readonly string[]])[];
}

/** The second half as read: which sheet holds its rows, and from which row (0-based) they start. */
export interface PartRead {
  readonly sheets: number;
  readonly sheet: number;
  readonly firstRow: number;
  readonly rowCount: number;
  readonly columnCount: number;
}

/** `part` null: the half has no rows where expected; the first Worker then reads the whole sheet itself. */
export type PartOpened = { readonly kind: 'part-opened'; readonly part: PartRead | null };
export type PartConverted = {
  readonly kind: 'part-converted';
  readonly summary: PartSummary;
  readonly values: string;
};
export type PartRefused = { readonly kind: 'part-refused'; readonly hostile: boolean };

/** Between the two parser Workers, over their MessageChannel (the Worker protocol on both ends). */
export type PeerProtocol = {
  readonly 'part-open': { readonly req: PartOpenRequest; readonly res: PartOpened | PartRefused };
  readonly 'part-convert': { readonly req: PartConvertRequest; readonly res: PartConverted | PartRefused };
};
