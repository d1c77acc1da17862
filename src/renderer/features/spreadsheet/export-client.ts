/** Runs one export in its own export Worker (workers/rpc-client.ts) and resolves with the .xlsx bytes. */
import { err, ok, type Result } from '../../../shared/result';
import type { ExportTable } from '../../../shared/sheets/export-workbook';
import { createRpcClient } from '../../workers/rpc-client';
import { T } from './texts';
import type { ExportProtocol } from './workers/export-protocol';

/** Far above a 100,000-row export (seconds); only a Worker that hangs reaches it. */
const EXPORT_TIMEOUT_MS = 600_000;

export async function exportXlsx(
  tables: readonly ExportTable[],
  onProgress?: (rows: number, total: number) => void,
): Promise<Result<Uint8Array>> {
  const client = createRpcClient<ExportProtocol>({
    name: 'sheet-export',
    makeWorker: () =>
      new Worker(new URL('./workers/sheet-export.worker.ts', import.meta.url), {
        type: 'module',
        name: 'sheet-export',
      }),
    texts: { timeout: T.exportTimeout, crashed: T.exportCrashed, closed: T.exportCancelled },
    timeoutMs: EXPORT_TIMEOUT_MS,
    lifetime: 'per-call',
  });
  const r = await client.call(
    'export',
    { tables },
    onProgress ? { onProgress: (p) => onProgress(p.rows, p.total) } : {},
  );
  client.close();
  return r.ok ? ok(r.value) : err(r.error.code, r.error.message);
}
