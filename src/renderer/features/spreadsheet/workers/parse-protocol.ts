/**
 * Messages between the import wizard and the disposable parser Worker. Only plain data crosses: the
 * file's bytes go in (transferred), sheet summaries and converted rows come out (structured clone copies
 * own data properties only, and the rows are JSON bytes, so nothing the parser's prototypes picked up
 * reaches the page).
 */
import type { TableDef } from '../../../../shared/catalog/catalog-types';
import type { ColumnMapping } from '../../../../shared/sheets/column-mapping';
import type { HeaderDetection } from '../../../../shared/sheets/header-detect';
import type { ImportIssue, PartSummary } from '../../../../shared/sheets/import-convert';
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

export type ParseRequest =
  /** Answered with 'ready' once the Worker's code (SheetJS) is loaded: the wizard starts it early. */
  | { readonly kind: 'ping' }
  /** The port to this import's second parser Worker, which reads half of a big sheet (PeerRequest). Not answered. */
  | { readonly kind: 'peer'; readonly port: MessagePort }
  | {
      readonly kind: 'open';
      readonly name: string;
      readonly bytes: Uint8Array;
      readonly limits: SheetLimits;
      readonly table: TableDef;
    }
  | { readonly kind: 'header'; readonly sheet: number; readonly row: number }
  | {
      readonly kind: 'convert';
      readonly sheet: number;
      readonly mapping: ColumnMapping;
      readonly dataStart: number;
      readonly labels: readonly string[];
      /** Natural keys already stored in the slice (storedKeys), for locating append collisions. */
      readonly existingKeys: readonly string[];
    };

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

export type ParseResponse =
  | { readonly kind: 'ready' }
  | { readonly kind: 'progress'; readonly phase: ParsePhase; readonly done: number; readonly total: number }
  /** `readers`: 2 when a big sheet was read in halves by both parser Workers (for the bench and tests). */
  | {
      readonly kind: 'opened';
      readonly format: SheetFormat;
      readonly encoding: string | null;
      readonly sheets: readonly SheetSummary[];
      readonly readers: 1 | 2;
    }
  | { readonly kind: 'header'; readonly sheet: number; readonly header: HeaderDetection }
  /** `values`: the rows as JSON text (one string is copied whole); the page hands it to the storage worker unread. */
  | { readonly kind: 'converted'; readonly result: ConvertedSummary; readonly values: string }
  | { readonly kind: 'refused'; readonly code: RefusalCode; readonly message: string };

/**
 * Between the two parser Workers of one import, over the MessageChannel the page gives them: the first
 * (which the page talks to) sends the second half of a big sheet (workbook-split.ts) and later asks for
 * its rows converted; the second answers. Only plain data crosses, as between a Worker and the page.
 */
export type PeerRequest =
  | {
      readonly kind: 'part-open';
      readonly bytes: Uint8Array;
      readonly maxSheets: number;
      readonly sheetRows: number;
    }
  | {
      readonly kind: 'part-convert';
      readonly table: TableDef;
      readonly mapping: ColumnMapping;
      readonly labels: readonly string[];
      readonly start: number;
    };

/** The second half as read: which sheet holds its rows, and from which row (0-based) they start. */
export interface PartRead {
  readonly sheets: number;
  readonly sheet: number;
  readonly firstRow: number;
  readonly rowCount: number;
  readonly columnCount: number;
}

export type PeerResponse =
  /** `part` null: the half has no rows where expected; the first Worker then reads the whole sheet itself. */
  | { readonly kind: 'part-opened'; readonly part: PartRead | null }
  | { readonly kind: 'part-converted'; readonly summary: PartSummary; readonly values: string }
  | { readonly kind: 'part-refused'; readonly hostile: boolean };
