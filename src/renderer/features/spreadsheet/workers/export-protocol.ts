/** The export Worker's protocol (workers/rpc-protocol.ts): current data in, .xlsx bytes (transferred) out. */
import type { ExportTable } from '../../../../shared/sheets/export-workbook';

export type ExportProtocol = {
  readonly export: {
    readonly req: { readonly tables: readonly ExportTable[] };
    readonly res: Uint8Array;
    readonly progress: { readonly rows: number; readonly total: number };
  };
};
