/**
 * Electron's printer for report:printPdf: a hidden, sandboxed window with JavaScript off loads the
 * report HTML from a temporary file (a data: URL would hit Chromium's 2 MB URL limit with photos in it),
 * prints it with webContents.printToPDF honouring its CSS page size, and is destroyed. The HTML's own
 * Content-Security-Policy forbids every request, and the window-wide guards (security.ts) refuse
 * navigation and new windows.
 */
import { BrowserWindow } from 'electron';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { HtmlPrinter } from './handlers/report-pdf';
import { printWindowOptions, REPORT_PDF_OPTIONS } from './window-options';

export function electronHtmlPrinter(tempDir: string): HtmlPrinter {
  return async (html) => {
    const dir = await mkdtemp(join(tempDir, 'sdd-report-'));
    const file = join(dir, 'report.html');
    const win = new BrowserWindow(printWindowOptions());
    try {
      await writeFile(file, html, 'utf8');
      await win.loadFile(file);
      const pdf = await win.webContents.printToPDF(REPORT_PDF_OPTIONS);
      return new Uint8Array(pdf);
    } finally {
      win.destroy();
      await rm(dir, { recursive: true, force: true });
    }
  };
}
