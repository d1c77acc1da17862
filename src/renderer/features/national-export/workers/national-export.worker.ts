/**
 * The 上报数据包 Worker: holds the locked year for one export page, hashes the 锁定清单, checks what the
 * layout cannot hold, and writes the workbook, the per-table .zip and the 核对单 off the UI thread
 * (100,000 rows take seconds). Each file goes back as a transferred buffer.
 */
import { strToU8 } from 'fflate';
import { assemblePackage, type AssembledPackage } from '../../../../shared/national-export/assemble-package';
import {
  checklistWorkbook,
  nationalWorkbook,
  nationalZip,
  packageFileNames,
} from '../../../../shared/national-export/national-package';
import { checklistHtml } from '../../../../shared/national-export/report-checklist';
import type { ExportRequest, ExportResponse, PackageFileKind } from './export-protocol';

const scope = globalThis as unknown as {
  postMessage(m: ExportResponse, transfer?: Transferable[]): void;
  onmessage: ((e: MessageEvent<ExportRequest>) => void) | null;
};

let assembled: AssembledPackage | null = null;

const progress = (done: number, total: number) => scope.postMessage({ kind: 'progress', done, total });

async function build(
  a: AssembledPackage,
  what: PackageFileKind,
): Promise<{ name: string; bytes: Uint8Array }> {
  const names = packageFileNames(a.input.context);
  switch (what) {
    case 'workbook':
      return { name: names.workbook, bytes: await nationalWorkbook(a.input, { onProgress: progress }) };
    case 'zip':
      return { name: names.zip, bytes: await nationalZip(a.input, { onProgress: progress }) };
    case 'checklist':
      return { name: names.checklist, bytes: await checklistWorkbook(a.input) };
    case 'checklist-html':
      return { name: names.checklistHtml, bytes: strToU8(checklistHtml(a.input.tables, a.input.context)) };
  }
}

scope.onmessage = (e) => {
  const m = e.data;
  void (async () => {
    try {
      if (m.op === 'prepare') {
        assembled = assemblePackage(m.source);
        const { manifest, check, mismatch } = assembled;
        scope.postMessage({ kind: 'prepared', manifest, check, mismatch });
        return;
      }
      if (!assembled) throw new Error('prepare first');
      const f = await build(assembled, m.what);
      scope.postMessage({ kind: 'file', what: m.what, name: f.name, bytes: f.bytes }, [f.bytes.buffer]);
    } catch (error) {
      scope.postMessage({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  })();
};
