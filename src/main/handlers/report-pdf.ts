/**
 * report:printPdf: the report's HTML export printed to PDF by Chromium (Electron's printToPDF in the
 * app, the same engine's page printer in the Playwright bridge), then saved like any file through the
 * save dialog. The printer sits behind HtmlPrinter so this code is the same in both.
 */
import { err, type Result } from '../../shared/result';
import type { ChannelArgs, ChannelValue } from '../../shared/ipc/contract';
import type { FileHandlers } from './files';

/** HTML in, PDF bytes out: A4, the HTML's own @page rules, backgrounds printed. */
export type HtmlPrinter = (html: string) => Promise<Uint8Array>;

export function createReportPdfHandler(
  printer: HtmlPrinter | undefined,
  files: Pick<FileHandlers, 'saveAs'>,
): (args: ChannelArgs<'report:printPdf'>) => Promise<Result<ChannelValue<'report:printPdf'>>> {
  return async ({ html, suggestedName }) => {
    if (!printer) return err('pdf-unavailable', '此环境不能直接生成 PDF，请用浏览器的打印功能另存为 PDF。');
    let bytes: Uint8Array;
    try {
      bytes = await printer(html);
    } catch (e) {
      return err('pdf-failed', '生成 PDF 失败，请重试或改用导出网页后打印。', { reason: String(e) });
    }
    return files.saveAs({
      suggestedName,
      bytesBase64: Buffer.from(bytes).toString('base64'),
      filters: [{ name: 'PDF 文件', extensions: ['pdf'] }],
    });
  };
}
