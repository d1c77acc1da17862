/**
 * Export Worker: current data → .xlsx with the streaming writer, off the UI thread (a 100,000-row
 * export takes seconds). It handles only our own stored data, so unlike the parser it needs no limits;
 * the bytes go back as a transferred buffer.
 */
import { exportWorkbook, type ExportTable } from '../../../../shared/sheets/export-workbook';
import { writeXlsx } from '../../../../shared/sheets/xlsx-stream-writer';

export type ExportRequest = { readonly tables: readonly ExportTable[] };
export type ExportResponse =
  | { readonly kind: 'progress'; readonly rows: number; readonly total: number }
  | { readonly kind: 'done'; readonly bytes: Uint8Array }
  | { readonly kind: 'failed'; readonly message: string };

const scope = globalThis as unknown as {
  postMessage(m: ExportResponse, transfer?: Transferable[]): void;
  onmessage: ((e: MessageEvent<ExportRequest>) => void) | null;
};

scope.onmessage = (e) => {
  const { tables } = e.data;
  const total = tables.reduce((n, t) => n + t.rows.length, 0);
  const wb = exportWorkbook(tables);
  writeXlsx(wb.sheets, {
    styles: wb.styles,
    level: 1,
    progressEvery: 10_000,
    onProgress: (rows) => scope.postMessage({ kind: 'progress', rows, total }),
  }).then(
    (bytes) => scope.postMessage({ kind: 'done', bytes }, [bytes.buffer]),
    (error: unknown) => scope.postMessage({ kind: 'failed', message: String(error) }),
  );
};
