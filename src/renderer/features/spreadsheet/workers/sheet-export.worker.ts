/**
 * Export Worker: current data → .xlsx with the streaming writer, off the UI thread (a 100,000-row
 * export takes seconds). It handles only our own stored data, so unlike the parser it needs no limits;
 * the bytes go back as a transferred buffer.
 */
import { exportWorkbook } from '../../../../shared/sheets/export-workbook';
import { writeXlsx } from '../../../../shared/sheets/xlsx-stream-writer';
import type { RpcPort } from '../../../workers/rpc-protocol';
import { serveRpc } from '../../../workers/rpc-server';
import type { ExportProtocol } from './export-protocol';

serveRpc<ExportProtocol>(globalThis as RpcPort, {
  async export({ tables }, ctx) {
    const total = tables.reduce((n, t) => n + t.rows.length, 0);
    const wb = exportWorkbook(tables);
    const bytes = await writeXlsx(wb.sheets, {
      styles: wb.styles,
      level: 1,
      progressEvery: 10_000,
      onProgress: (rows) => ctx.progress({ rows, total }),
    });
    ctx.transfer(bytes.buffer);
    return bytes;
  },
});
