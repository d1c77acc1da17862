/**
 * One export page's Worker: prepare once with the locked year, then build any of the files. Requests
 * run one at a time (the page disables its buttons meanwhile); close() ends the Worker.
 */
import type { PackageSource } from '../../../shared/national-export/assemble-package';
import type { LayoutCheck } from '../../../shared/national-export/layout-problems';
import type { LockManifest } from '../../../shared/national-export/locked-year';
import type { ExportRequest, ExportResponse, PackageFileKind } from './workers/export-protocol';

export interface Prepared {
  readonly manifest: LockManifest;
  readonly check: LayoutCheck;
  /** Slices that differ from the recorded 锁定清单; null when none is on record. */
  readonly mismatch: string[] | null;
}

export interface ExportSession {
  prepare(source: PackageSource): Promise<Prepared>;
  build(
    what: PackageFileKind,
    onProgress?: (done: number, total: number) => void,
  ): Promise<{ name: string; bytes: Uint8Array }>;
  close(): void;
}

export function openExportSession(): ExportSession {
  const worker = new Worker(new URL('./workers/national-export.worker.ts', import.meta.url), {
    type: 'module',
    name: 'national-export',
  });
  let onMessage: ((m: ExportResponse) => void) | null = null;
  let onFailure: ((e: Error) => void) | null = null;
  worker.onmessage = (e: MessageEvent<ExportResponse>) => onMessage?.(e.data);
  worker.onerror = (e) => onFailure?.(new Error(e.message));
  const ask = <T>(
    request: ExportRequest,
    take: (m: ExportResponse) => T | undefined,
    progress?: (d: number, t: number) => void,
  ) =>
    new Promise<T>((resolve, reject) => {
      onFailure = reject;
      onMessage = (m) => {
        if (m.kind === 'failed') reject(new Error(m.message));
        else if (m.kind === 'progress') progress?.(m.done, m.total);
        else {
          const v = take(m);
          if (v !== undefined) resolve(v);
        }
      };
      worker.postMessage(request);
    });
  return {
    prepare: (source) =>
      ask({ op: 'prepare', source }, (m) =>
        m.kind === 'prepared' ? { manifest: m.manifest, check: m.check, mismatch: m.mismatch } : undefined,
      ),
    build: (what, onProgress) =>
      ask(
        { op: 'build', what },
        (m) => (m.kind === 'file' ? { name: m.name, bytes: m.bytes } : undefined),
        onProgress,
      ),
    close: () => worker.terminate(),
  };
}
