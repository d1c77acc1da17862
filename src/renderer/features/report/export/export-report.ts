/**
 * The three exports of the open report: .docx (packed in a Worker), one-file HTML, and PDF (the HTML's
 * print stylesheet, printed from a hidden frame; Chromium's "save as PDF"). Each reads the chapters as
 * stored plus the one being edited, resolved against the current data source.
 */
import type { ReportDataSource } from '../../../../shared/report/data-source';
import { buildExportModel, type ExportDoc } from '../../../../shared/report/export/export-model';
import { buildHtml } from '../../../../shared/report/export/html-builder';
import type { PmNode } from '../../../../shared/report/pm-json';
import type { Report } from '../../../../shared/report/report-types';
import { renderCharts } from './chart-render';

export function exportModel(
  report: Report,
  chapters: ReadonlyMap<string, PmNode>,
  source: ReportDataSource,
): ExportDoc {
  return buildExportModel(report, chapters, source);
}

export async function exportDocx(doc: ExportDoc): Promise<Uint8Array> {
  const { png } = await renderCharts(doc, { png: true, svg: false });
  const worker = new Worker(new URL('./docx.worker.ts', import.meta.url), { type: 'module' });
  try {
    return await new Promise<Uint8Array>((resolve, reject) => {
      worker.addEventListener(
        'message',
        (ev: MessageEvent<{ ok: true; bytes: Uint8Array } | { ok: false; message: string }>) =>
          ev.data.ok ? resolve(ev.data.bytes) : reject(new Error(ev.data.message)),
      );
      worker.addEventListener('error', (e) => reject(new Error(e.message)));
      worker.postMessage({ doc, charts: [...png] });
    });
  } finally {
    worker.terminate();
  }
}

export async function exportHtml(doc: ExportDoc): Promise<string> {
  const { svg } = await renderCharts(doc, { png: false, svg: true });
  return buildHtml(doc, svg);
}

/** Prints the HTML export from a hidden frame (the print dialog offers 另存为 PDF). */
export function printHtml(html: string): void {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'position:fixed;width:0;height:0;border:0';
  frame.setAttribute('sandbox', 'allow-modals allow-same-origin');
  frame.srcdoc = html;
  frame.addEventListener('load', () => {
    frame.contentWindow?.print();
    setTimeout(() => frame.remove(), 60_000);
  });
  document.body.appendChild(frame);
}
