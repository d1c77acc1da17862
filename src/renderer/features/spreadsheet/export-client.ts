/** Runs one export in the export Worker and resolves with the .xlsx bytes. */
import type { ExportTable } from '../../../shared/sheets/export-workbook';
import type { ExportRequest, ExportResponse } from './workers/sheet-export.worker';

export function exportXlsx(
  tables: readonly ExportTable[],
  onProgress?: (rows: number, total: number) => void,
): Promise<Uint8Array> {
  const worker = new Worker(new URL('./workers/sheet-export.worker.ts', import.meta.url), {
    type: 'module',
    name: 'sheet-export',
  });
  return new Promise<Uint8Array>((resolve, reject) => {
    worker.onmessage = (e: MessageEvent<ExportResponse>) => {
      const m = e.data;
      if (m.kind === 'progress') onProgress?.(m.rows, m.total);
      else if (m.kind === 'done') resolve(m.bytes);
      else reject(new Error(m.message));
    };
    worker.onerror = (e) => reject(new Error(e.message));
    const request: ExportRequest = { tables };
    worker.postMessage(request);
  }).finally(() => worker.terminate());
}
