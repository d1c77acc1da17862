/**
 * Messages between the import wizard and the disposable parser Worker. Only plain data crosses: the
 * file's bytes go in (transferred), sheet summaries and converted values come out (structured clone
 * copies own data properties only, so nothing the parser's prototypes picked up reaches the page).
 */
import type { TableDef } from '../../../../shared/catalog/catalog-types';
import type { ColumnMapping } from '../../../../shared/sheets/column-mapping';
import type { HeaderDetection } from '../../../../shared/sheets/header-detect';
import type { ConvertedSheet } from '../../../../shared/sheets/import-convert';
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
  | { readonly kind: 'open'; readonly name: string; readonly bytes: Uint8Array; readonly limits: SheetLimits; readonly table: TableDef }
  | { readonly kind: 'header'; readonly sheet: number; readonly row: number }
  | { readonly kind: 'convert'; readonly sheet: number; readonly mapping: ColumnMapping; readonly dataStart: number; readonly labels: readonly string[] };

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
  | { readonly kind: 'progress'; readonly phase: ParsePhase; readonly done: number; readonly total: number }
  | { readonly kind: 'opened'; readonly format: SheetFormat; readonly encoding: string | null; readonly sheets: readonly SheetSummary[] }
  | { readonly kind: 'header'; readonly sheet: number; readonly header: HeaderDetection }
  | { readonly kind: 'converted'; readonly result: ConvertedSheet }
  | { readonly kind: 'refused'; readonly code: RefusalCode; readonly message: string };
