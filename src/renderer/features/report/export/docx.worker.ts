/// <reference lib="webworker" />
/** Packs the .docx off the UI thread: receives the resolved export model and the chart PNGs. */
import { packDocx } from '../../../../shared/report/export/docx-builder';
import type { ExportDoc } from '../../../../shared/report/export/export-model';

interface DocxJob {
  readonly doc: ExportDoc;
  readonly charts: ReadonlyArray<[string, { png: Uint8Array; width: number; height: number }]>;
}

const scope = self as unknown as DedicatedWorkerGlobalScope;
scope.addEventListener('message', (ev: MessageEvent<DocxJob>) => {
  void packDocx(ev.data.doc, { charts: new Map(ev.data.charts) }).then(
    (bytes) => scope.postMessage({ ok: true, bytes }, [bytes.buffer]),
    (e: unknown) => scope.postMessage({ ok: false, message: e instanceof Error ? e.message : String(e) }),
  );
});
